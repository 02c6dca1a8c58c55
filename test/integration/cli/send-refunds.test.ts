import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../support/cli-in-process.js';
import { repoRoot } from '../../support/paybatch-process.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * `paybatch send --operation refund` from the command line, in Practice (the engine's own
 * HiTechPAY simulator, nothing set up): a refund sheet exported with Vietnamese headers and a
 * zp_trans_id column, refunded end to end; partial refunds of one payment only on
 * --partial-refunds, which --yes never implies.
 */
const tempDir = useTempDir();
const fixtures = join(repoRoot, 'test/fixtures/cli-refunds');
const refunds = join(fixtures, 'hoan-tien.csv');
const partial = join(fixtures, 'hoan-tien-mot-phan.csv');
const header = 'Mã đơn hàng,zp_trans_id,Số tiền hoàn,Phí hoàn tiền,Lý do hoàn tiền\n';

const refundArgs = (file: string, dataDir: string, ...more: string[]) => ['send', file, '--provider', 'hitechpay', '--operation', 'refund', '--env', 'practice', '--data-dir', dataDir, ...more];

type RefundRow = { row: number; transactionId: string; orderId: string; providerRef: string; amount: number; refundFee: number | null; status: string; settledAt: string | null };

// Practice's simulator settles in a few hundred milliseconds: the runner asks as often.
beforeEach(() => {
  vi.stubEnv('PAYBATCH_SEND_POLICY', JSON.stringify({ pollBaseMs: 50, pollMaxMs: 200, retryBaseMs: 50, retryMaxMs: 200 }));
});
afterEach(() => {
  vi.unstubAllEnvs();
});

function sheet(lines: string, name: string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, `${header}${lines}`);
  return path;
}

describe('paybatch send --operation refund', () => {
  it('refunds every row of a refund sheet in Practice and says, row by row, what was refunded, when, and under which refund ids', async () => {
    const dataDir = tempDir();
    const sent = await runCli(refundArgs(refunds, dataDir, '--yes', '--json'));
    expect(sent.status, sent.stderr).toBe(0);
    expect(sent.stderr).toContain('Ready to refund 3 payments, ₫390,000 in all, with HiTechPAY (Practice), from hoan-tien.csv.');
    expect(sent.stderr).toMatch(/Batch [0-9a-f]{8}: refunding 3 payments with HiTechPAY \(Practice\)\./);
    const out = JSON.parse(sent.stdout);
    expect(out).toMatchObject({ provider: 'hitechpay', operation: 'refund', environment: 'practice', status: 'finished', counts: { succeeded: 3 } });
    const refundId = /^\d{6}_\d+_[A-Z0-9]+00\d{3}$/;
    const row = (n: number, transactionId: string, amount: number, refundFee: number | null) => ({
      row: n,
      transactionId,
      orderId: expect.stringMatching(refundId),
      providerRef: expect.stringMatching(/^\d+$/),
      amount,
      refundFee,
      status: 'succeeded',
      sentAt: expect.any(String),
      settledAt: expect.any(String),
      errorCode: null,
      errorMessage: null,
    });
    expect(out.rows).toEqual([row(2, '261121000012345', 250_000, 5_000), row(3, '261121000012346', 100_000, null), row(4, '261121000012347', 40_000, null)]);
    const rows = out.rows as RefundRow[];
    expect(new Set(rows.map((r) => r.orderId)).size).toBe(3);

    const status = await runCli(['status', String(out.batchId).slice(0, 8), '--json', '--data-dir', dataDir]);
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual(out);
    const text = await runCli(['status', String(out.batchId).slice(0, 8), '--data-dir', dataDir]);
    expect(text.status).toBe(0);
    const [first] = rows;
    expect(text.stdout).toContain(`Row 2: transaction 261121000012345, refund ${first?.orderId} (HiTechPAY refund_id ${first?.providerRef}), ₫250,000, fee ₫5,000: succeeded, settled `);
    expect(text.stdout).toMatch(/Row 4: transaction 261121000012347, refund \S+ \(HiTechPAY refund_id \d+\), ₫40,000: succeeded, settled \d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}\n/);
    expect(text.stdout).toMatch(/Batch [0-9a-f]{8} \(finished\): 3 of 3 refunds succeeded, ₫390,000 refunded\.\n$/);

    const batches = await runCli(['batches', '--data-dir', dataDir]);
    expect(batches.stdout).toMatch(/^[0-9a-f]{8} {2}hitechpay Practice {2}finished {2}3 refunds {2}₫390,000 {2}hoan-tien\.csv$/m);
    expect(JSON.parse((await runCli(['batches', '--json', '--data-dir', dataDir])).stdout)).toEqual([{ batchId: out.batchId, provider: 'hitechpay', operation: 'refund', environment: 'practice', status: 'finished', rows: 3, total: 390_000, approvedAt: expect.any(String) }]);
  });

  it('asks in refund words, in the reader’s language, and without anyone to answer sends nothing', async () => {
    const english = await runCli(refundArgs(refunds, tempDir()));
    expect(english.status).toBe(2);
    expect(english.stderr).toContain('Ready to refund 3 payments, ₫390,000 in all, with HiTechPAY (Practice), from hoan-tien.csv.');
    expect(english.stderr).toContain('Add --yes to send without asking.');
    vi.stubEnv('LC_ALL', 'vi_VN.UTF-8');
    const vietnamese = await runCli(refundArgs(refunds, tempDir()));
    expect(vietnamese.stderr).toContain('Sẵn sàng hoàn tiền 3 giao dịch, tổng 390.000\u00a0₫, qua HiTechPAY (Luyện tập), từ hoan-tien.csv.');
  });

  it('will not refund one payment twice on --yes: the rows and the transaction are named with --partial-refunds; with it, both partial refunds go through', async () => {
    const dataDir = tempDir();
    const refused = await runCli(refundArgs(partial, dataDir, '--yes'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Row 2: transaction 261121000022222 is also refunded in row 4: 250,000 VND in all.');
    expect(refused.stderr).toContain('paybatch send: Nothing was sent: transaction 261121000022222 is refunded by more than one row (rows 2, 4). If these are partial refunds of one payment, add --partial-refunds; otherwise remove the extra rows.');
    expect(refused.stderr).not.toContain('Ready to refund');
    expect(JSON.parse((await runCli(['batches', '--json', '--data-dir', dataDir])).stdout)).toEqual([]);

    const sent = await runCli(refundArgs(partial, dataDir, '--yes', '--partial-refunds', '--json'));
    expect(sent.status, sent.stderr).toBe(0);
    const rows = JSON.parse(sent.stdout).rows as RefundRow[];
    expect(rows.map((r) => [r.row, r.transactionId, r.amount, r.status])).toEqual([
      [2, '261121000022222', 100_000, 'succeeded'],
      [3, '261121000022223', 60_000, 'succeeded'],
      [4, '261121000022222', 150_000, 'succeeded'],
    ]);
    // Two refunds of one payment: two refund ids, two refund_ids.
    const [a, , b] = rows;
    expect(a?.orderId).not.toBe(b?.orderId);
    expect(a?.providerRef).not.toBe(b?.providerRef);
  });

  it('names a transaction an earlier batch refunded, and refunds it again only with --partial-refunds', async () => {
    const dataDir = tempDir();
    expect((await runCli(refundArgs(refunds, dataDir, '--yes'))).status).toBe(0);
    const again = sheet('DH1002,261121000012346,"30.000",,Hoan them\nDH3001,261121000033333,"20.000",,Khach huy don\n', 'hoan-tien-2.csv');
    const refused = await runCli(refundArgs(again, dataDir, '--yes'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Nothing was sent: transaction 261121000012346 was already refunded by an earlier batch (row 2). If these are further partial refunds, add --partial-refunds; otherwise remove those rows.');
    const sent = await runCli(refundArgs(again, dataDir, '--yes', '--partial-refunds', '--json'));
    expect(sent.status, sent.stderr).toBe(0);
    expect(JSON.parse(sent.stdout).counts).toEqual({ succeeded: 2 });
  });

  it('refuses what cannot be a refund from the command line, naming the providers that refund', async () => {
    const dataDir = tempDir();
    expect(await runCli(['send', refunds, '--provider', 'smilepayz', '--operation', 'refund', '--env', 'practice', '--yes', '--data-dir', dataDir])).toMatchObject({
      status: 2,
      stderr: 'paybatch send: SmilePayz does not offer refunds in Paybatch: --operation refund goes with --provider hitechpay.\n',
    });
    expect(await runCli(['send', refunds, '--provider', 'hitechpay', '--operation', 'refunds', '--env', 'practice', '--data-dir', dataDir])).toMatchObject({ status: 2, stderr: expect.stringContaining('--operation takes payout or refund (given: refunds).') });
    expect(await runCli(['send', refunds, '--provider', 'hitechpay', '--env', 'practice', '--partial-refunds', '--data-dir', dataDir])).toMatchObject({ status: 2, stderr: expect.stringContaining('--partial-refunds goes with --operation refund') });
    // A payroll sent as refunds: no transaction to refund, said before anything is drafted.
    const payroll = join(repoRoot, 'test/fixtures/payroll-small.csv');
    expect(await runCli(refundArgs(payroll, dataDir, '--yes'))).toMatchObject({ status: 2, stderr: 'paybatch send: HiTechPAY needs Transaction ID (zp_trans_id) for every payee, and no column is chosen for it. Choose its column, or choose another provider.\n' });
    expect(JSON.parse((await runCli(['batches', '--json', '--data-dir', dataDir])).stdout)).toEqual([]);
    vi.stubEnv('LC_ALL', 'th_TH.UTF-8');
    expect((await runCli(['send', refunds, '--provider', 'haipay', '--operation', 'refund', '--env', 'practice', '--data-dir', dataDir])).stderr).toContain('HaiPay ไม่มีการคืนเงินใน Paybatch');
  });
});
