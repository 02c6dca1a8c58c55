import { describe, expect, it } from 'vitest';
import { readWorkbookInMemory } from '../../../shared/import/read-workbook.js';
import { readWorkbookSax } from '../../../shared/import/xlsx/read-workbook-sax.js';
import { randomWorkbook } from '../../support/random-workbook.js';
import { outcomeOf } from '../../support/import-readers.js';

/** A failure that is no ImportFailure is compared by its kind: exceljs's TypeError words are its own. */
async function outcome(reader: typeof readWorkbookSax, bytes: Uint8Array, sheet?: string) {
  const result = await outcomeOf(reader, bytes, 'luong.xlsx', sheet);
  if (result && typeof result === 'object' && 'failure' in result) {
    const failure = result.failure as { name: string };
    if (failure.name !== 'ImportFailure') return { failure: failure.name };
  }
  return result;
}

describe('the SAX reader and the exceljs in-memory reader on generated workbooks', () => {
  it.each(Array.from({ length: 12 }, (_, batch) => batch))('agree on every cell, batch %i of 25 workbooks', async (batch) => {
    for (let seed = batch * 25 + 1; seed <= batch * 25 + 25; seed += 1) {
      const bytes = randomWorkbook(seed);
      for (const sheet of [undefined, 'Sheet 2']) {
        expect(await outcome(readWorkbookSax, bytes, sheet), `seed ${seed}, sheet ${sheet ?? '(first with data)'}`).toStrictEqual(await outcome(readWorkbookInMemory, bytes, sheet));
      }
    }
  });
});
