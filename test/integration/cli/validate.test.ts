import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-in-process.js';
import { runPaybatch } from '../../support/paybatch-process.js';
import { payrollWorkbook } from '../../support/payroll-workbook.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();

function csv(text: string): string {
  const path = join(tempDir(), 'luong.csv');
  writeFileSync(path, text);
  return path;
}

describe('paybatch validate', () => {
  it('adds the provider, a summary and each row’s rule issues to the inspect output; exit 1 on errors', async () => {
    const path = join(tempDir(), 'luong.xlsx');
    writeFileSync(path, await payrollWorkbook());
    const result = await runCli(['validate', path, '--provider', 'appotapay', '--json', '--data-dir', tempDir()]);
    expect(result.status).toBe(1);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ file: 'luong.xlsx', sheet: 'Lương T10', headerRow: 4, provider: 'appotapay', summary: { rows: 4, valid: 0, invalid: 4, warnings: 2, currency: 'VND', total: 34_700_000 } });
    expect(out.rows[0].bankCode).toBe('VCB');
    expect(out.rows[0].issues.map((i: { field: string; code: string; severity: string }) => [i.field, i.code, i.severity])).toEqual([
      ['name', 'account_name_chars', 'error'],
      ['description', 'message_chars', 'error'],
    ]);
    expect(out.rows[2].issues.map((i: { code: string }) => i.code)).toEqual(['account_digits_lost', 'account_name_chars']);
  });

  it('exits 0 when every row passes', async () => {
    const path = csv('Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Nội dung\nNGUYEN VAN AN,0011001234567,Vietcombank,"1.500.000",Luong thang 10\nTRAN THI BINH,19033344455566,Techcombank,"2.750.000",Luong thang 10\n');
    const result = await runCli(['validate', path, '--provider', 'appotapay', '--json', '--data-dir', tempDir()]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary).toEqual({ rows: 2, valid: 2, invalid: 0, warnings: 0, currency: 'VND', total: 4_250_000 });
  });

  it('suggests the closest bank names for one it does not know', async () => {
    const path = csv('Họ và tên,Số tài khoản,Ngân hàng,Số tiền\nAN,0011001234567,Vietcombnk,"1.500.000"\n');
    const out = JSON.parse((await runCli(['validate', path, '--provider', 'smilepayz', '--json', '--data-dir', tempDir()])).stdout);
    const bank = out.rows[0].issues.find((i: { field: string }) => i.field === 'bank');
    expect(bank.message).toMatch(/^Row 2, column Ngân hàng: "Vietcombnk" is not a bank or e-wallet SmilePayz knows\. Did you mean "Vietcombank"/);
  });

  it.each([
    [['validate', 'FILE'], 'name the provider with --provider'],
    [['validate', 'FILE', '--provider', 'paypal'], 'not "paypal"'],
    [['validate', '/nonexistent.csv', '--provider', 'haipay'], 'does not exist'],
    [['validate', 'FILE', '--provider', 'haipay', '--currency', 'VND'], 'HaiPay pays in THB'],
  ])('exits 2 with a message for %j', async (args, message) => {
    const path = csv('Họ và tên,Số tiền\nAN,1\n');
    const result = await runCli(args.map((a) => (a === 'FILE' ? path : a)));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('as a process: exits 1 with the report when rows have errors, 2 without a provider', async () => {
    const path = join(tempDir(), 'luong.xlsx');
    writeFileSync(path, await payrollWorkbook());
    const result = runPaybatch(['validate', path, '--provider', 'appotapay', '--json', '--data-dir', tempDir()]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ provider: 'appotapay', summary: { rows: 4, invalid: 4 } });
    expect(runPaybatch(['validate', path])).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('name the provider with --provider') });
  });
});
