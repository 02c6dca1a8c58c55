import { describe, expect, it } from 'vitest';
import { issueText } from '../../../../shared/i18n/issue-text.js';
import { languages } from '../../../../shared/i18n/languages.js';
import { translator } from '../../../../shared/i18n/translator.js';
import { fieldForHeader } from '../../../../shared/import/header-synonyms.js';
import { bankResolverFor, rulesFor } from '../../../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../../../shared/providers/rule-limits.js';
import { checkRows } from '../../../../shared/review/review-state.js';
import { handBuiltXlsx } from '../../../support/hand-built-xlsx.js';
import { importWith, workbookReaders } from '../../../support/import-readers.js';

const [, reader] = workbookReaders.find(([label]) => label.startsWith('SAX')) ?? workbookReaders[0]!;
const importFile = importWith(reader);
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A refund export as an order system writes it: numbered, Vietnamese headers, the fee sometimes blank. */
const refundCsv = [
  'STT,Mã giao dịch,Mã đơn hàng,Số tiền hoàn,Phí hoàn tiền,Lý do hoàn tiền',
  '1,261121000012345,DH1001,"250.000",,Khách hủy đơn',
  '2,261121000012346,DH1002,"100.000","5.000",Hoàn một phần',
  '3,261121000012346,DH1002,"40.000",0,Hoàn phần còn lại',
  '4,ZP-12,DH1004,"90.000",,Sai mã',
  '5,261121000012348,DH1005,"60.000","60.000",Phí bằng số tiền',
  '6,261121000012349,DH1006,"70.000",-1,Phí âm',
].join('\n');

describe('a refund sheet', () => {
  it('maps its columns by the refund names, where a payroll reads "Mã giao dịch" as a reference', async () => {
    expect(fieldForHeader('Mã giao dịch', 'refund')).toBe('transactionId');
    expect(fieldForHeader('Mã giao dịch')).toBe('reference');
    expect(fieldForHeader('zp_trans_id', 'refund')).toBe('transactionId');
    expect(fieldForHeader('Phí hoàn tiền', 'refund')).toBe('refundFee');
    expect(fieldForHeader('Phí hoàn tiền')).toBeNull();
    const result = await importFile(csv(refundCsv), 'hoan-tien.csv', { currency: 'VND', operation: 'refund' });
    expect(result.mapping).toEqual({ transactionId: 'Mã giao dịch', reference: 'Mã đơn hàng', amount: 'Số tiền hoàn', refundFee: 'Phí hoàn tiền', description: 'Lý do hoàn tiền' });
    expect(result.rows.map((r) => [r.payee.transactionId, r.payee.amount, r.payee.refundFee])).toEqual([
      ['261121000012345', 250_000, null],
      ['261121000012346', 100_000, 5_000],
      ['261121000012346', 40_000, 0],
      ['ZP-12', 90_000, null],
      ['261121000012348', 60_000, 60_000],
      ['261121000012349', 70_000, null],
    ]);
    expect(result.rows[5]?.issues.map((i) => [i.code, i.column])).toEqual([['refund_fee_negative', 'Phí hoàn tiền']]);
  });

  it('takes the refund’s own amount and fee columns over an order export’s payment amount and fee', async () => {
    const sheet = ['Mã giao dịch,Số tiền,Phí,Số tiền hoàn,Phí hoàn tiền', '261121000012345,"1.000.000","10.000","300.000","3.000"'].join('\n');
    const result = await importFile(csv(sheet), 'don-hang.csv', { currency: 'VND', operation: 'refund' });
    expect(result.mapping).toEqual({ transactionId: 'Mã giao dịch', amount: 'Số tiền hoàn', refundFee: 'Phí hoàn tiền' });
    expect(result.rows[0]?.payee).toMatchObject({ amount: 300_000, refundFee: 3_000 });
    const english = await importFile(csv('Transaction ID,Amount,Refund amount\n261121000012345,1000000,300000'), 'orders.csv', { currency: 'VND', operation: 'refund' });
    expect(english.mapping).toMatchObject({ amount: 'Refund amount' });
  });

  it('reads a transaction id Excel kept as a number, and says when Excel already lost its digits', async () => {
    const bytes = handBuiltXlsx([
      { row: 1, cells: ['zp_trans_id', 'Refund amount'] },
      { row: 2, cells: [261121000012345, 250000] },
      { row: 3, cells: [2.61121000012345e18, 250000] },
    ]);
    const result = await importFile(bytes, 'refunds.xlsx', { currency: 'VND', operation: 'refund' });
    expect(result.rows[0]?.payee.transactionId).toBe('261121000012345');
    expect(result.rows[1]?.payee.transactionId).toBeNull();
    expect(result.rows[1]?.issues.map((i) => i.code)).toEqual(['transaction_digits_lost']);
  });

  it('checks each refund by HiTechPAY’s refund rules, and names a transaction refunded twice with the sum', async () => {
    const { rows } = await importFile(csv(refundCsv), 'hoan-tien.csv', { currency: 'VND', operation: 'refund' });
    const checked = checkRows(
      rows.map((r) => ({ row: r.row, payee: r.payee, sources: r.sources, entryIssues: r.issues, excluded: false, acknowledged: [] })),
      rulesFor('hitechpay', 'refund'),
      { limits: defaultRuleLimits.hitechpay, resolveBank: bankResolverFor('hitechpay') },
    );
    expect(checked.map((r) => [r.row, r.state, r.issues.map((i) => i.code)])).toEqual([
      [2, 'ok', []],
      [3, 'warning', ['refund_repeated']],
      [4, 'warning', ['refund_repeated']],
      [5, 'error', ['transaction_format']],
      [6, 'error', ['refund_fee_not_below_amount']],
      [7, 'error', ['refund_fee_negative']],
    ]);
    expect(checked[1]?.issues[0]?.message).toBe('Row 3: transaction 261121000012346 is also refunded in row 4: 140,000 VND in all. If these are partial refunds of one payment, acknowledge this warning; otherwise exclude the extra rows.');
    // Every sentence from the catalogue: the English word for word, Vietnamese and Thai in full.
    for (const row of checked) {
      for (const issue of row.issues) {
        expect(issueText(translator('en'), issue, row.row)).toBe(issue.message);
        for (const language of languages) expect(issueText(translator(language), issue, row.row), `${language} ${issue.code}`).not.toMatch(/[{}]|issue\./);
      }
    }
  });

  it('needs a transaction id and a whole amount on every refund, and only those', () => {
    const rules = rulesFor('hitechpay', 'refund');
    const context = { limits: defaultRuleLimits.hitechpay, resolveBank: bankResolverFor('hitechpay') };
    const empty = { name: null, accountNo: null, accountType: null, bank: null, amount: null, currency: 'VND' as const, phone: null, email: null, description: null, reference: null, partnerUserId: null, transactionId: null, refundFee: null };
    const findings = rules.check(empty, context).findings;
    expect(findings.map((f) => [f.field, f.code])).toEqual([['transactionId', 'transaction_missing'], ['amount', 'refund_amount_missing']]);
    const tr = translator('vi');
    for (const f of findings) expect(issueText(tr, { code: f.code, column: null, message: f.text, params: { ...f.params, at: 'row' } }, 9)).toMatch(/^Dòng 9: /);
    expect(rules.check({ ...empty, transactionId: '1'.repeat(20), amount: 5 }, context).findings.map((f) => f.code)).toEqual(['transaction_format']);
  });
});
