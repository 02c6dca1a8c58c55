import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reserved } from '../../../electron/simulator/reserved-values.js';
import { translator } from '../../../shared/i18n/translator.js';
import { runCli } from '../../support/cli-in-process.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * A row's reason on the command line: Paybatch's own words in the language of LANG (here a
 * HiTechPAY top-up held for manual handling, status 4, in Practice), while --json keeps the
 * English for the programs that read it, in the same shape as before.
 */
const tempDir = useTempDir();
const held = 'HiTechPAY holds this top-up for manual handling (status 4): do not resend; ask HiTechPAY.';

beforeAll(() => {
  process.env['PAYBATCH_SEND_POLICY'] = JSON.stringify({ pollBaseMs: 50, pollMaxMs: 200, retryBaseMs: 50, retryMaxMs: 200 });
});
afterAll(() => {
  delete process.env['PAYBATCH_SEND_POLICY'];
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('paybatch send and status: a row’s reason', () => {
  it('says why a row needs review in Vietnamese under vi_VN.UTF-8, and in English in --json', async () => {
    vi.stubEnv('LANG', 'vi_VN.UTF-8');
    vi.stubEnv('LC_ALL', '');
    vi.stubEnv('LC_MESSAGES', '');
    const dataDir = tempDir();
    const path = join(tempDir(), 'luong-vi.csv');
    writeFileSync(path, `STT,Họ và tên,Số điện thoại (ví),Số tiền (VNĐ),Nội dung\n1,Nguyễn Văn An,0912100001,"1.000.000",Lương tháng 11\n2,Trần Thị Bình,${reserved.phoneHeldForReview},"1.001.000",Lương tháng 11\n`);
    const sent = await runCli(['send', path, '--provider', 'hitechpay', '--env', 'practice', '--yes', '--name-mismatch', 'keep', '--data-dir', dataDir]);
    expect(sent.status, sent.stderr).toBe(1);
    const vi_ = translator('vi');
    const line = sent.stdout.split('\n').find((l) => l.startsWith('Dòng 3 '));
    expect(line).toMatch(new RegExp(`^Dòng 3 \\(PB\\d{6}[0-9A-Z]{6}00002\\): ${vi_.t('sendStatus.row', { status: 'needs_review' })} \\(`));
    expect(line).toContain(vi_.t('sendReason.hitechpay_held'));
    expect(sent.stdout).not.toContain('manual handling');

    const status = await runCli(['status', '--json', '--data-dir', dataDir, ...(await lastBatch(dataDir))]);
    const rows = (JSON.parse(status.stdout) as { rows: Array<Record<string, unknown>> }).rows;
    expect(rows[1]).toEqual({ row: 3, orderId: expect.stringMatching(/00002$/), status: 'needs_review', providerRef: null, fee: null, errorCode: null, errorMessage: held });
    expect(Object.keys(rows[0] ?? {})).toEqual(['row', 'orderId', 'status', 'providerRef', 'fee', 'errorCode', 'errorMessage']);
  });
});

async function lastBatch(dataDir: string): Promise<string[]> {
  const list = JSON.parse((await runCli(['batches', '--json', '--data-dir', dataDir])).stdout) as Array<{ batchId: string }>;
  return [list[0]?.batchId ?? ''];
}
