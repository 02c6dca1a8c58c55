import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeResultCsv } from '../../../../electron/engine/reports/result-csv.js';
import { statusColours } from '../../../../electron/engine/reports/result-styles.js';
import { writeResultWorkbook } from '../../../../electron/engine/reports/result-workbook.js';
import { translator } from '../../../../shared/i18n/translator.js';
import { headerKey } from '../../../../shared/import/text-normalize.js';
import type { ReportBatch, ReportRow } from '../../../../shared/reports/report-columns.js';
import { goodPayee } from '../../../support/payees.js';
import { cellAt, fillOf, fontOf, headerOf, numFmtOf, readXlsx, rowValues, type ReadSheet } from './xlsx-read-back.js';

// The sheet had its description before its amount: the report keeps the sheet's order.
const mapping = { name: 'ชื่อ-นามสกุล', accountNo: 'เลขที่บัญชี', description: 'รายละเอียด', amount: 'จำนวนเงิน' } as const;

const batch: ReportBatch = {
  batchId: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
  provider: 'haipay',
  operation: 'payout',
  currency: 'THB',
  status: 'finished',
  environment: 'practice',
  fileName: '=เงินเดือน ต.ค.xlsx',
  fileHash: 'ab'.repeat(32),
  contentHash: 'cd'.repeat(32),
  mapping,
  headerOrder: ['ลำดับ', mapping.name, mapping.accountNo, mapping.description, mapping.amount].map(headerKey),
  rowCount: 5,
  total: 0,
  approvedAt: '2026-11-21T02:00:00.000Z',
  sendStartedAt: '2026-11-21T02:05:00.000Z',
  finishedAt: '2026-11-21T02:09:30.000Z',
};

function row(seq: number, over: Omit<Partial<ReportRow>, 'payee'> & { payee?: Partial<ReportRow['payee']> }): ReportRow {
  const payee = goodPayee('haipay', { accountNo: `00000000${seq}`, ...over.payee });
  return {
    seq, sheetRow: seq + 3, orderId: `PB261121ABCDEF0000${seq}`, amount: payee.amount ?? 0, status: 'succeeded', providerRef: null, fee: null, errorCode: null, errorMessage: null,
    reviewReason: null, reasonCode: null, reasonParams: null, sentAt: null, settledAt: null,
    ...over,
    payee,
  };
}

// Every way a cell could start a formula, in names, descriptions, references and errors; and a
// negative amount and fee, which must stay numbers.
const rows: ReportRow[] = [
  row(1, { payee: { name: '=1+1', amount: 123_450, description: 'Salary October' }, providerRef: '+SUM(A1)', fee: 500, sentAt: '2026-11-21T02:05:01.000Z', settledAt: '2026-11-21T02:06:00.000Z' }),
  row(2, { payee: { name: '-2+3', amount: -123_405, description: '@cmd' }, status: 'failed', fee: -250, errorCode: 'E1', errorMessage: '\tTAB and the provider’s words', sentAt: '2026-11-21T02:05:02.000Z', settledAt: '2026-11-21T02:07:00.000Z' }),
  row(3, { payee: { name: '\rCR', amount: 50, description: '=HYPERLINK("http://example.com","x")' }, status: 'rejected', errorMessage: '=cmd|\'/c calc\'!A1', sentAt: '2026-11-21T02:05:03.000Z' }),
  row(4, { payee: { amount: 100_000 }, status: 'needs_review', reviewReason: '@SUM(1)', errorMessage: 'timeout', sentAt: '2026-11-21T02:05:04.000Z' }),
  row(5, { payee: { amount: 7 }, status: 'ready' }),
];

async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** The Excel serial of the local time an instant was, worked out here from the offset, not by the report's code. */
function serialOf(iso: string): number {
  const date = new Date(iso);
  return 25_569 + (date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000;
}

const english = ['ชื่อ-นามสกุล', 'เลขที่บัญชี', 'รายละเอียด', 'จำนวนเงิน', 'Sheet row', 'Order id', 'Status', 'HaiPay reference', 'Fee', 'Amount paid', 'Error', 'Sent', 'Settled'];

function summaryOf(sheet: ReadSheet): Map<string, string | number | null> {
  const facts = new Map<string, string | number | null>();
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const [label, value, third] = rowValues(sheet, r, 3);
    if (typeof label === 'string') facts.set(label, third === null ? (value ?? null) : `${value} | ${third}`);
  }
  return facts;
}

describe('the result workbook, read back without exceljs', async () => {
  const made = await writeResultWorkbook({ batch, rows: each(rows), tr: translator('en'), now: new Date('2026-11-21T03:00:00.000Z') });
  const book = readXlsx(made.bytes);
  const [results, summary] = book.sheets;
  if (!results || !summary) throw new Error('two sheets expected');

  it('has a Results sheet and a Summary sheet, texts as plain strings, no formula anywhere', () => {
    expect(made.rows).toBe(5);
    expect(book.sheets.map((s) => s.name)).toEqual(['Results', 'Summary']);
    expect(results.path).toBe('xl/worksheets/sheet1.xml');
    for (const sheet of book.sheets) {
      for (const cell of sheet.cells.values()) {
        expect(cell.formula, cell.ref).toBeNull();
        if (typeof cell.value === 'string') expect(['s', 'str', 'inlineStr'], cell.ref).toContain(cell.type);
      }
    }
    expect(book.xml('xl/worksheets/sheet1.xml')).not.toContain('<f>');
  });

  it('heads the sheet’s own columns as the sheet did, in its order, then what happened', () => {
    expect(headerOf(results)).toEqual(english);
    expect(fontOf(book, cellAt(results, 'A1')!).bold).toBe(true);
  });

  it('neutralizes every text that could start a formula, in names, descriptions, references and errors', () => {
    expect(rowValues(results, 2, 13).slice(0, 8)).toEqual(["'=1+1", '000000001', 'Salary October', 1234.5, 4, 'PB261121ABCDEF00001', 'Succeeded', "'+SUM(A1)"]);
    expect(cellAt(results, 'A3')?.value).toBe("'-2+3");
    expect(cellAt(results, 'C3')?.value).toBe("'@cmd");
    expect(cellAt(results, 'K3')?.value).toBe("'\tTAB and the provider’s words (code E1)");
    // A carriage return inside XML text is read back as a line feed (XML's end-of-line rule): the apostrophe is still first.
    expect(cellAt(results, 'A4')?.value).toMatch(/^'[\r\n]CR$/);
    expect(cellAt(results, 'C4')?.value).toBe('\'=HYPERLINK("http://example.com","x")');
    expect(cellAt(results, 'K4')?.value).toBe("'=cmd|'/c calc'!A1");
    expect(cellAt(results, 'K5')?.value).toBe("'@SUM(1)");
    for (const cell of results.cells.values()) if (typeof cell.value === 'string') expect(cell.value, cell.ref).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes amounts and fees as numbers in baht, negative ones too, with a number format', () => {
    for (const [ref, value] of [['D2', 1234.5], ['D3', -1234.05], ['I2', 5], ['I3', -2.5], ['J2', 1234.5], ['J3', 0]] as const) {
      const cell = cellAt(results, ref);
      expect(cell?.type, ref).toBeNull();
      expect(cell?.value, ref).toBe(value);
      expect(numFmtOf(book, cell!), ref).toBe('#,##0.00');
    }
    // Not known yet: nothing paid so far, and no figure either.
    expect(cellAt(results, 'J5')?.value ?? null).toBeNull();
    expect(cellAt(results, 'E2')).toMatchObject({ type: null, value: 4 });
  });

  it('writes times as date-time numbers of the local clock', () => {
    const sent = cellAt(results, 'L2')!;
    expect(sent.type).toBeNull();
    expect(sent.value).toBeCloseTo(serialOf('2026-11-21T02:05:01.000Z'), 8);
    expect(numFmtOf(book, sent)).toBe('dd/mm/yyyy hh:mm:ss');
    expect(cellAt(results, 'M3')?.value).toBeCloseTo(serialOf('2026-11-21T02:07:00.000Z'), 8);
    expect(cellAt(results, 'M6')?.value ?? null).toBeNull();
  });

  it('colours each status cell', () => {
    const statuses = ['succeeded', 'failed', 'rejected', 'needs_review', 'ready'] as const;
    statuses.forEach((status, i) => {
      const cell = cellAt(results, `G${i + 2}`)!;
      expect(fillOf(book, cell), status).toBe(statusColours[status].fill);
      expect(fontOf(book, cell).color, status).toBe(statusColours[status].font);
    });
    expect(new Set(statuses.map((s) => statusColours[s].fill)).size).toBe(4);
  });

  it('freezes the header row, filters every column and sizes them', () => {
    expect(results.pane).toMatchObject({ state: 'frozen', ySplit: '1', topLeftCell: 'A2' });
    expect(results.autoFilter).toBe('A1:M6');
    for (const column of results.columns) expect(column.width).toBeGreaterThanOrEqual(8);
    expect(results.columns.find((c) => c.min <= 11 && c.max >= 11)?.width).toBeGreaterThan(30);
  });

  it('sums the rows up on the Summary sheet, the file name guarded', () => {
    const facts = summaryOf(summary);
    expect(cellAt(summary, 'A1')?.value).toBe('Payout results');
    expect(Object.fromEntries([...facts].filter(([label]) => label !== 'Payout results'))).toMatchObject({
      'Batch id': batch.batchId,
      Provider: 'HaiPay',
      Operation: 'Payouts',
      Environment: 'Practice',
      'Batch status': 'Finished',
      Currency: 'THB',
      'Source file': "'=เงินเดือน ต.ค.xlsx",
      'Source file SHA-256': 'ab'.repeat(32),
      'Approved content SHA-256': 'cd'.repeat(32),
      Rows: 5,
      'Total amount': 1001.02,
      'Amount paid': 1234.5,
      Fees: 2.5,
      Succeeded: '1 | 1234.5',
      Failed: '1 | -1234.05',
      Refused: '1 | 0.5',
      'Needs review': '1 | 1000',
      'Not sent': '1 | 0.07',
      Total: '5 | 1001.02',
    });
    expect(facts.get('Approved')).toBeCloseTo(serialOf(batch.approvedAt ?? ''), 8);
    expect(facts.get('Finished')).toBeCloseTo(serialOf(batch.finishedAt ?? ''), 8);
    expect(facts.get('Times are in')).toMatch(/UTC[+-]\d\d:\d\d/);
  });
});

describe('the result workbook in Vietnamese and Thai', () => {
  it.each([
    ['vi', ['Dòng trong bảng', 'Mã lệnh', 'Trạng thái', 'Mã tham chiếu HaiPay', 'Phí', 'Số tiền đã trả', 'Lỗi', 'Thời điểm gửi', 'Thời điểm có kết quả'], 'Thành công', ['Kết quả', 'Tổng hợp']],
    ['th', ['แถวในชีต', 'หมายเลขคำสั่ง', 'สถานะ', 'เลขอ้างอิง HaiPay', 'ค่าธรรมเนียม', 'จำนวนเงินที่จ่ายแล้ว', 'ข้อผิดพลาด', 'เวลาที่ส่ง', 'เวลาที่ได้ผล'], 'สำเร็จ', ['ผลลัพธ์', 'สรุป']],
  ] as const)('%s: every word of the report in the language asked', async (language, headers, succeeded, sheets) => {
    const book = readXlsx((await writeResultWorkbook({ batch, rows: each(rows), tr: translator(language), now: new Date('2026-11-21T03:00:00.000Z') })).bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(sheets);
    const results = book.sheets[0]!;
    expect(headerOf(results)).toEqual([...english.slice(0, 4), ...headers]);
    expect(cellAt(results, 'G2')?.value).toBe(succeeded);
  });
});

describe('the result CSV', async () => {
  const made = await writeResultCsv({ batch, rows: each(rows), tr: translator('en') });
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(made.bytes);

  it('is UTF-8 with a BOM, CRLF lines, the same columns as the workbook', () => {
    expect([...made.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.charAt(0)).toBe('\uFEFF');
    expect(text.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(english);
    expect(parsed.data).toHaveLength(6);
  });

  it('guards texts, and writes amounts as plain numbers, negative ones too', () => {
    const [, first, second, third, fourth, fifth] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(first).toEqual(["'=1+1", '000000001', 'Salary October', '1234.50', '4', 'PB261121ABCDEF00001', 'Succeeded', "'+SUM(A1)", '5.00', '1234.50', '', expect.stringMatching(/^2026-11-2\d \d\d:\d\d:01$/), expect.any(String)]);
    expect(second?.slice(0, 4)).toEqual(["'-2+3", '000000002', "'@cmd", '-1234.05']);
    expect(second?.slice(8, 11)).toEqual(['-2.50', '0.00', "'\tTAB and the provider’s words (code E1)"]);
    expect(third?.[0]).toBe("'\rCR");
    expect(third?.[2]).toBe('\'=HYPERLINK("http://example.com","x")');
    expect(fourth?.[10]).toBe("'@SUM(1)");
    expect(fifth?.slice(6, 13)).toEqual(['Not sent', '', '', '', '', '', '']);
    // The CR stays inside its quoted field: the raw line shows it quoted.
    expect(text).toContain('"\'\rCR"');
  });
});
