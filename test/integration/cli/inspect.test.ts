import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-in-process.js';
import { repoRoot, runPaybatch } from '../../support/paybatch-process.js';
import { payrollWorkbook } from '../../support/payroll-workbook.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();
const smallCsv = join(repoRoot, 'test/fixtures/payroll-small.csv');

async function payrollFile(): Promise<string> {
  const path = join(tempDir(), 'Bảng lương T10.xlsx');
  writeFileSync(path, await payrollWorkbook());
  return path;
}

describe('paybatch inspect', () => {
  it('prints the documented JSON for an Excel payroll', async () => {
    const result = await runCli(['inspect', await payrollFile(), '--json']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({
      file: 'Bảng lương T10.xlsx',
      sheet: 'Lương T10',
      headerRow: 4,
      encoding: null,
      mapping: { name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền', phone: 'SĐT', description: 'Nội dung' },
      excludedRows: [
        { row: 10, reason: expect.stringContaining('Tổng cộng') },
        { row: 12, reason: expect.stringContaining('below the totals row') },
      ],
    });
    expect(out.rows[0]).toEqual({
      row: 5,
      payee: {
        name: 'Nguyễn Văn An',
        accountNo: '0011001234567',
        accountType: null,
        bank: 'Vietcombank',
        amount: 15_000_000,
        currency: 'VND',
        phone: '0912345678',
        email: null,
        description: 'Lương tháng 10',
        reference: null,
        partnerUserId: null,
        transactionId: null,
        refundFee: null,
      },
      sources: { name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền', phone: 'SĐT', description: 'Nội dung' },
      issues: [],
    });
    expect(out.rows[2].issues).toEqual([
      {
        field: 'accountNo',
        column: 'Số tài khoản',
        severity: 'error',
        code: 'account_digits_lost',
        message: expect.stringMatching(/^Row 7, column Số tài khoản: /),
        params: { shown: '1234567890123456768' },
      },
    ]);
  });

  it('reports a CSV line number and its encoding', async () => {
    const out = JSON.parse((await runCli(['inspect', smallCsv, '--json'])).stdout);
    expect(out.encoding).toBe('utf-8');
    expect(out.rows.map((r: { row: number; payee: { amount: number } }) => [r.row, r.payee.amount])).toEqual([
      [2, 1_500_000],
      [3, 2_750_000],
      [5, 3_000_000],
    ]);
  });

  it('prints a readable table without --json', async () => {
    const result = await runCli(['inspect', await payrollFile()]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('sheet "Lương T10"');
    expect(result.stdout).toContain('Other sheets: "Ghi chú" (1 rows)');
    expect(result.stdout).toMatch(/ 5 {2}Nguyễn Văn An +0011001234567 +Vietcombank +₫15,000,000 +0912345678/);
    expect(result.stdout).toContain('ERROR   Row 7, column Số tài khoản');
  });

  it('applies --mapping, --currency, --sheet and --amount-format', async () => {
    const dir = tempDir();
    const csv = join(dir, 'thb.csv');
    writeFileSync(csv, 'Người nhận,Tài khoản,Tiền\nSomchai,0123456789,1.500\n');
    const mapping = join(dir, 'cot.json');
    writeFileSync(mapping, JSON.stringify({ paybatch: 'mapping', version: 1, columns: { name: 'Người nhận', accountNo: 'Tài khoản', amount: 'Tiền' } }));
    const ambiguous = JSON.parse((await runCli(['inspect', csv, '--mapping', mapping, '--currency', 'THB', '--json'])).stdout);
    expect(ambiguous.rows[0].issues[0].code).toBe('amount_ambiguous');
    const settled = JSON.parse((await runCli(['inspect', csv, '--mapping', mapping, '--currency', 'thb', '--amount-format', 'comma-decimal', '--json'])).stdout);
    expect(settled.rows[0].payee).toMatchObject({ name: 'Somchai', amount: 150_000, currency: 'THB' });
  });

  it.each([
    [['inspect'], 'name the payroll file'],
    [['inspect', '/nonexistent/luong.xlsx'], 'does not exist'],
    [['inspect', 'FIXTURE', '--currency', 'USD'], '--currency must be one of VND, THB'],
    [['inspect', 'FIXTURE', '--sheet', 'Nope'], 'has no sheet named "Nope"'],
    [['inspect', 'FIXTURE', '--bogus'], 'Unknown option'],
    [['inspect', 'FIXTURE', '--mapping', '/nonexistent/m.json'], 'could not be read'],
  ])('exits 2 with a message for %j', async (args, message) => {
    const result = await runCli(args.map((a) => (a === 'FIXTURE' ? smallCsv : a)));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('exits 2 for a file that cannot be read, with the reason', async () => {
    const empty = join(tempDir(), 'empty.csv');
    writeFileSync(empty, '');
    const result = await runCli(['inspect', empty, '--json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^paybatch inspect: empty\.csv is empty/);
  });
});

describe('paybatch inspect, as a process', () => {
  it('prints the JSON report and exits 0; exits 2 with one line for a file it cannot use', async () => {
    const result = runPaybatch(['inspect', await payrollFile(), '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ sheet: 'Lương T10', headerRow: 4, rows: { length: 4 } });
    const missing = runPaybatch(['inspect', '/nonexistent/luong.xlsx']);
    expect(missing).toMatchObject({ status: 2, stdout: '' });
    expect(missing.stderr).toMatch(/^paybatch inspect: \/nonexistent\/luong\.xlsx does not exist\. Check the path\.\n$/);
  });

  it('stops quietly when its reader closes the pipe early (| head)', async () => {
    const csv = join(tempDir(), 'big.csv');
    writeFileSync(csv, `Họ và tên,Số tài khoản,Số tiền\n${Array.from({ length: 20_000 }, (_, i) => `Nguyễn Văn ${i},00110012${String(i).padStart(5, '0')},1500000\n`).join('')}`);
    const child = spawn(process.execPath, [join(repoRoot, 'bin/paybatch.js'), 'inspect', csv, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  });
});
