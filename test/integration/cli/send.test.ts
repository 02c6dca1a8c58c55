import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-in-process.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const good = 'Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Nội dung\nNGUYEN VAN AN,0011001234567,Vietcombank,"1.500.000",Luong thang 11\nTRAN THI BINH,19033344455566,Techcombank,"2.750.000",Luong thang 11\n';

function csv(text: string, name = 'luong.csv'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

// Practice's own simulator answers in a few hundred milliseconds; the runner asks as often.
beforeAll(() => {
  process.env['PAYBATCH_SEND_POLICY'] = JSON.stringify({ pollBaseMs: 50, pollMaxMs: 200, retryBaseMs: 50, retryMaxMs: 200 });
});
afterAll(() => {
  delete process.env['PAYBATCH_SEND_POLICY'];
});

describe('paybatch send, status, batches, resume', () => {
  it('sends a clean file in Practice with nothing set up, follows every row to succeeded and says so as JSON; exit 0', async () => {
    const dataDir = tempDir();
    const sent = await runCli(['send', csv(good), '--provider', 'appotapay', '--env', 'practice', '--yes', '--name-mismatch', 'keep', '--json', '--data-dir', dataDir]);
    expect(sent.status, sent.stderr).toBe(0);
    const out = JSON.parse(sent.stdout);
    expect(out).toMatchObject({ provider: 'appotapay', environment: 'practice', status: 'finished', counts: { succeeded: 2 } });
    expect(out.rows).toEqual([
      { row: 2, orderId: expect.stringMatching(/^PB\d{6}[0-9A-Z]{6}00001$/), status: 'succeeded', providerRef: expect.any(String), fee: null, errorCode: null, errorMessage: null },
      { row: 3, orderId: expect.stringMatching(/00002$/), status: 'succeeded', providerRef: expect.any(String), fee: null, errorCode: null, errorMessage: null },
    ]);

    const batches = await runCli(['batches', '--json', '--data-dir', dataDir]);
    expect(JSON.parse(batches.stdout)).toEqual([{ batchId: out.batchId, provider: 'appotapay', operation: 'payout', environment: 'practice', status: 'finished', rows: 2, total: 4_250_000, approvedAt: expect.any(String) }]);
    const status = await runCli(['status', String(out.batchId).slice(0, 6), '--json', '--data-dir', dataDir]);
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual(out);
    expect(await runCli(['resume', '--data-dir', dataDir])).toMatchObject({ status: 0, stdout: expect.stringContaining('Nothing to resume') });
  });

  it('refuses the same payments again, naming the batch and pointing to resume; --yes never implies --allow-duplicate-file; with it, a second batch pays again', async () => {
    const dataDir = tempDir();
    const file = csv(good);
    const args = ['send', file, '--provider', 'appotapay', '--env', 'practice', '--yes', '--name-mismatch', 'keep', '--data-dir', dataDir];
    expect((await runCli(args)).status).toBe(0);
    const again = await runCli(args);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/the same payees and amounts were approved before, as batch [0-9a-f]{8} \(luong\.csv, 2 payments, [^)]+\)\. If that batch did not finish, run "paybatch resume"\. To pay these people again, add --allow-duplicate-file\./);
    const repeat = await runCli([...args, '--allow-duplicate-file', '--json']);
    expect(repeat.status, repeat.stderr).toBe(0);
    const list = JSON.parse((await runCli(['batches', '--json', '--data-dir', dataDir])).stdout) as Array<{ batchId: string; status: string }>;
    expect(list.map((b) => b.status)).toEqual(['finished', 'finished']);
    expect(list[0]?.batchId).toBe(JSON.parse(repeat.stdout).batchId);
  });

  it('will not pay someone the same amount again within 30 days on --yes alone: that needs --allow-duplicate-file', async () => {
    const dataDir = tempDir();
    const args = (file: string) => ['send', file, '--provider', 'appotapay', '--env', 'practice', '--yes', '--name-mismatch', 'keep', '--data-dir', dataDir];
    expect((await runCli(args(csv(good)))).status).toBe(0);
    const next = csv('Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Nội dung\nNGUYEN VAN AN,0011001234567,Vietcombank,"1.500.000",Luong thang 12\nLE VAN CUONG,19036712345018,Techcombank,"3.000.000",Luong thang 12\n', 'luong-12.csv');
    const refused = await runCli(args(next));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('some payees were paid the same amount in the last 30 days (listed above). To pay them again, add --allow-duplicate-file.');
    expect(refused.stderr).toMatch(/Row 2/);
    expect((await runCli([...args(next), '--allow-duplicate-file'])).status).toBe(0);
  });

  it('will not pay the same payee the same amount twice in one sheet on --yes alone', async () => {
    const dataDir = tempDir();
    const twice = csv(`${good}NGUYEN VAN AN,0011001234567,Vietcombank,"1.500.000",Luong thang 11\n`);
    const refused = await runCli(['send', twice, '--provider', 'appotapay', '--env', 'practice', '--yes', '--data-dir', dataDir]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('some payees appear more than once with the same amount in this sheet (listed above)');
    const paid = await runCli(['send', twice, '--provider', 'appotapay', '--env', 'practice', '--yes', '--allow-duplicate-file', '--json', '--data-dir', dataDir]);
    expect(paid.status, paid.stderr).toBe(0);
    expect(JSON.parse(paid.stdout).counts).toEqual({ succeeded: 3 });
  });

  it('sends nothing when a row has an error, listing it by row and column; exit 2', async () => {
    const result = await runCli(['send', csv(`${good}LE VAN CUONG,19036712345018,Techcombank,"abc",Luong thang 11\n`), '--provider', 'appotapay', '--env', 'practice', '--yes', '--data-dir', tempDir()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('1 row has an error, so nothing was sent:');
    expect(result.stderr).toMatch(/Row 4, column Số tiền: /);
  });

  it('without --yes and nobody at a terminal to ask, sends nothing and says to add --yes', async () => {
    const result = await runCli(['send', csv(good), '--provider', 'appotapay', '--env', 'practice', '--data-dir', tempDir()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Ready to send 2 payments, ₫4,250,000 in all, with AppotaPay (Practice), from luong.csv.');
    expect(result.stderr).toContain('Add --yes to send without asking.');
  });

  it('lists the payees the provider names differently and, with nobody to ask, sends nothing until --name-mismatch says what to do', async () => {
    const dataDir = tempDir();
    // Practice's simulator knows each payee by the sheet's name, but for its reserved other-name account.
    const args = ['send', csv(good.replace('19033344455566', '409409409')), '--provider', 'appotapay', '--env', 'practice', '--yes', '--data-dir', dataDir];
    const undecided = await runCli(args);
    expect(undecided.status).toBe(2);
    expect(undecided.stderr).toContain('Row 3: TRAN THI BINH — the provider has "TEN KHAC HAN"');
    expect(undecided.stderr).toContain('decide with --name-mismatch keep or --name-mismatch exclude');
    // Sent again, the approved batch is taken up (same order ids), the mismatch excluded.
    const excluded = await runCli([...args, '--name-mismatch', 'exclude', '--json']);
    expect(excluded.stderr).toContain('stopped before sending: sending that batch');
    expect(excluded.status).toBe(1);
    expect(JSON.parse(excluded.stdout).counts).toEqual({ succeeded: 1, cancelled: 1 });
  });

  it('names what is wrong with the command line', async () => {
    expect(await runCli(['send', 'x.csv', '--provider', 'appotapay', '--env', 'live'])).toMatchObject({ status: 2, stderr: expect.stringContaining('practice, sandbox or production (given: live)') });
    expect(await runCli(['send', 'x.csv', '--provider', 'appotapay', '--env', 'practice', '--concurrency', '0'])).toMatchObject({ status: 2, stderr: expect.stringContaining('--concurrency takes a whole number from 1 to 64 (given: 0)') });
    expect(await runCli(['status', 'ffff', '--data-dir', tempDir()])).toMatchObject({ status: 2, stderr: expect.stringContaining('There is no batch "ffff"') });
  });
});
