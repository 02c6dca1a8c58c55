import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../support/cli-in-process.js';
import { repoRoot } from '../../support/paybatch-process.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * The command's human output follows the locale a terminal program reads (LC_ALL, then
 * LC_MESSAGES, then LANG); --json stays English for the programs that read it.
 */
const tempDir = useTempDir();
afterEach(() => {
  vi.unstubAllEnvs();
});

function locale(value: string, lcAll = '', lcMessages = ''): void {
  vi.stubEnv('LANG', value);
  vi.stubEnv('LC_ALL', lcAll);
  vi.stubEnv('LC_MESSAGES', lcMessages);
}

describe('paybatch in the language of LANG', () => {
  it('--help is Vietnamese under vi_VN.UTF-8, Thai under th_TH.UTF-8, English under C.UTF-8', async () => {
    locale('vi_VN.UTF-8');
    const vi = (await runCli(['--help'])).stdout;
    expect(vi).toContain('Cách dùng:');
    expect(vi).toContain('paybatch keys import <provider> --env <environment>');
    locale('th_TH.UTF-8');
    expect((await runCli(['--help'])).stdout).toContain('วิธีใช้:');
    locale('C.UTF-8');
    const en = (await runCli(['--help'])).stdout;
    expect(en).toContain('Usage:');
    expect(en).toContain('Exit codes: 0 done, 1 the work found problems, 2 the input could not be used.');
  });

  it('LC_ALL wins over LANG, and LC_MESSAGES over LANG', async () => {
    locale('en_GB.UTF-8', 'th_TH.UTF-8');
    expect((await runCli(['--help'])).stdout).toContain('วิธีใช้:');
    locale('en_GB.UTF-8', '', 'vi_VN.UTF-8');
    expect((await runCli(['--help'])).stdout).toContain('Cách dùng:');
  });

  it('says a usage error, an unknown command and an engine refusal in Vietnamese', async () => {
    locale('vi_VN.UTF-8');
    expect((await runCli(['validate', 'x.csv'])).stderr).toBe('paybatch validate: hãy nêu nhà cung cấp bằng --provider (hitechpay, smilepayz, haipay, appotapay).\n');
    expect((await runCli(['pay-everyone'])).stderr).toContain('không có lệnh "pay-everyone"');
    const creds = join(tempDir(), 'creds.json');
    writeFileSync(creds, JSON.stringify({ appId: 'A1' }));
    const refused = await runCli(['keys', 'import', 'haipay', '--env', 'sandbox', '--file', creds, '--data-dir', tempDir()]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Thông tin xác thực haipay này thiếu hoặc sai định dạng');
  });

  it('inspect: the table and its money in Thai; --json the same bytes whatever the language', async () => {
    const csv = join(tempDir(), 'thb.csv');
    writeFileSync(csv, 'Họ và tên,Số tài khoản,Số tiền\nSomchai,0123456789,"1,234.50"\n');
    locale('th_TH.UTF-8');
    const table = await runCli(['inspect', csv, '--currency', 'THB']);
    expect(table.stdout).toMatch(/^แถว +ชื่อ/m);
    expect(table.stdout).toContain('฿1,234.50');
    const thJson = await runCli(['inspect', csv, '--currency', 'THB', '--json']);
    locale('C.UTF-8');
    expect((await runCli(['inspect', csv, '--currency', 'THB', '--json'])).stdout).toBe(thJson.stdout);
  });

  it('the real process: `paybatch --help` under LANG=vi_VN.UTF-8 is Vietnamese, --version the same in any language', () => {
    const env = { ...process.env, LANG: 'vi_VN.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    const help = spawnSync(process.execPath, [join(repoRoot, 'bin/paybatch.js'), '--help'], { encoding: 'utf8', env, cwd: repoRoot, timeout: 30_000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Cách dùng:');
    const version = spawnSync(process.execPath, [join(repoRoot, 'bin/paybatch.js'), '--version'], { encoding: 'utf8', env, cwd: repoRoot, timeout: 30_000 });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
