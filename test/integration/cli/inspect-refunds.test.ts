import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-in-process.js';
import { repoRoot } from '../../support/paybatch-process.js';
import { useTempDir } from '../../support/temp-dir.js';

/** `paybatch inspect|validate --operation refund`: a refund sheet read and checked as refunds, offline. */
const tempDir = useTempDir();
const fixtures = join(repoRoot, 'test/fixtures/cli-refunds');
const refunds = join(fixtures, 'hoan-tien.csv');
const partial = join(fixtures, 'hoan-tien-mot-phan.csv');
const mapping = { reference: 'Mã đơn hàng', transactionId: 'zp_trans_id', amount: 'Số tiền hoàn', refundFee: 'Phí hoàn tiền', description: 'Lý do hoàn tiền' };

describe('paybatch inspect --operation refund', () => {
  it('maps a refund sheet’s columns and writes each row’s transaction and fee in the JSON', async () => {
    const result = await runCli(['inspect', refunds, '--operation', 'refund', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.mapping).toEqual(mapping);
    expect(out.rows[0]).toEqual({
      row: 2,
      payee: { name: null, accountNo: null, accountType: null, bank: null, amount: 250_000, currency: 'VND', phone: null, email: null, description: 'Khach huy don', reference: 'DH1001', partnerUserId: null, transactionId: '261121000012345', refundFee: 5_000 },
      sources: mapping,
      issues: [],
    });
    expect(out.rows.map((r: { payee: { transactionId: string; refundFee: number | null } }) => [r.payee.transactionId, r.payee.refundFee])).toEqual([
      ['261121000012345', 5_000],
      ['261121000012346', null],
      ['261121000012347', null],
    ]);
  });

  it('reads the same sheet as a payroll without --operation, where its refund columns mean nothing', async () => {
    const out = JSON.parse((await runCli(['inspect', refunds, '--json'])).stdout);
    expect(out.mapping.transactionId).toBeUndefined();
    expect(out.rows[0].payee.transactionId).toBeNull();
  });

  it('takes a provider to hold the operation against', async () => {
    expect((await runCli(['inspect', refunds, '--provider', 'hitechpay', '--operation', 'refund'])).status).toBe(0);
    expect(await runCli(['inspect', refunds, '--provider', 'appotapay', '--operation', 'refund'])).toMatchObject({
      status: 2,
      stderr: 'paybatch inspect: AppotaPay does not offer refunds in Paybatch: --operation refund goes with --provider hitechpay.\n',
    });
  });
});

describe('paybatch validate --operation refund', () => {
  it('checks every row against HiTechPAY’s refund rules: partial refunds named with their sum; exit 0 when none has an error', async () => {
    const result = await runCli(['validate', partial, '--provider', 'hitechpay', '--operation', 'refund', '--json']);
    expect(result.status, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ provider: 'hitechpay', operation: 'refund', summary: { rows: 3, valid: 3, invalid: 0, warnings: 2, currency: 'VND', total: 310_000 } });
    expect(out.rows.map((r: { row: number; issues: Array<{ code: string }> }) => [r.row, r.issues.map((i) => i.code)])).toEqual([
      [2, ['refund_repeated']],
      [3, []],
      [4, ['refund_repeated']],
    ]);
    expect(out.rows[0].issues[0].params).toMatchObject({ transaction: '261121000022222', totalMinor: 250_000 });
  });

  it('says in the summary that these are refunds, and exits 1 on a row that is not one', async () => {
    const bad = join(tempDir(), 'hoan-tien-loi.csv');
    writeFileSync(bad, 'Mã đơn hàng,zp_trans_id,Số tiền hoàn,Phí hoàn tiền,Lý do hoàn tiền\nDH1,ZP-12,"90.000",,Sai ma\nDH2,261121000044444,"60.000","60.000",Phi bang so tien\nDH3,261121000044445,"70.000",,Dung\n');
    const result = await runCli(['validate', bad, '--provider', 'hitechpay', '--operation', 'refund']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('HiTechPAY · Refund a payment: 1 valid, 2 with errors, 0 with warnings.');
    expect(result.stdout).toMatch(/Row 2, column zp_trans_id: "ZP-12" is not a HiTechPAY transaction id/);
    expect(result.stdout).toMatch(/Row 3, column Phí hoàn tiền: the refund fee \(60,000 VND\) must be less than the refund amount/);
  });

  it('refuses --operation refund for a provider without refunds, and an operation it does not know', async () => {
    expect(await runCli(['validate', refunds, '--provider', 'haipay', '--operation', 'refund'])).toMatchObject({ status: 2, stderr: expect.stringContaining('HaiPay does not offer refunds in Paybatch: --operation refund goes with --provider hitechpay.') });
    expect(await runCli(['validate', refunds, '--provider', 'hitechpay', '--operation', 'topup'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--operation takes payout or refund (given: topup).') });
  });
});
