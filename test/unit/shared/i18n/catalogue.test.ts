import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../../shared/i18n/languages.js';
import { allMessages } from '../../../../shared/i18n/messages/index.js';
import { translator } from '../../../../shared/i18n/translator.js';

const root = join(import.meta.dirname, '../../../..');

/** Message ids looked up by a code the program gives, not written out in the code. */
const dynamicPrefixes = ['issue', 'problem', 'error', 'check', 'field', 'fix', 'fixName', 'importFailure', 'rowState', 'batchStatus', 'undo', 'filter', 'filterEmpty', 'app.nav', 'sendReason', 'desktop.filter'];

/** The argument names a message uses, nested plurals and selects included. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

function sources(dir: string, into: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, into);
    else if (/\.(ts|tsx|mjs)$/.test(name) && !path.includes(join('shared', 'i18n', 'messages'))) into.push(readFileSync(path, 'utf8'));
  }
  return into;
}

describe('the message catalogues', () => {
  const entries = Object.entries(allMessages);

  it.each(entries)('%s: written in every language, same arguments in each, valid ICU', (_id, entry) => {
    const english = argumentsOf(parse(entry.en));
    for (const language of languages) {
      expect(entry[language].trim(), language).not.toBe('');
      expect([language, [...argumentsOf(parse(entry[language]))].sort()]).toEqual([language, [...english].sort()]);
    }
  });

  it('has no message nothing uses: each id (or, for issues and errors, its code) appears in the code', () => {
    const code = sources(join(root, 'shared')).concat(sources(join(root, 'electron')), sources(join(root, 'renderer', 'src'))).join('\n');
    const unused = entries
      .map(([id]) => id)
      .filter((id) => {
        // Ids made at run time from a code the program gives (issue.<code>, error.<reason>,
        // field.<name>, …): the code itself must appear.
        const prefix = dynamicPrefixes.find((p) => id.startsWith(`${p}.`));
        const needle = prefix ? id.slice(prefix.length + 1) : id;
        return !code.includes(`'${needle}'`) && !code.includes(`"${needle}"`);
      });
    expect(unused).toEqual([]);
  });

  it('formats money, numbers and dates as each language writes them', () => {
    expect(translator('vi').money(16_000_000, 'VND')).toBe('16.000.000\u00a0₫');
    expect(translator('th').money(123_450, 'THB')).toBe('฿1,234.50');
    expect(translator('en').money(16_000_000, 'VND')).toBe('₫16,000,000');
    expect(translator('vi').moneyNumber(1_234_567, 'VND')).toBe('1.234.567');
    expect(translator('th').date('2026-11-21T10:00:00Z')).toBe('21/11/2026');
    expect(translator('th').date('2026-11-21T10:00:00Z', { buddhist: true })).toBe('21/11/2569');
    expect(translator('vi').date('2026-11-21T10:00:00Z')).toBe('21/11/2026');
    // Exact to the last minor unit, however large: no amount passes through a float.
    expect(translator('en').money(900_719_925_474_099, 'THB')).toBe('฿9,007,199,254,740.99');
  });
});
