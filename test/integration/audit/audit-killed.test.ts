import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchesIn, paybatchKilled } from '../../support/killed-runs.js';
import { useTempDir } from '../../support/temp-dir.js';
import { openLog, paybatch } from './audit-fixtures.js';

/**
 * A sender killed (SIGKILL) while the log is being appended to, again and again: whatever the
 * moment, what reached the file is a whole chain. Practice with nothing set up (Paybatch's own
 * simulator), so no keychain is needed. Needs the build.
 */
const tempDir = useTempDir('paybatch-audit-');
const rows = 300;
const kills = 6;

function payroll(file: string): void {
  const lines = ['Họ và tên,Số tài khoản,Ngân hàng,Số tiền,Nội dung'];
  for (let i = 0; i < rows; i += 1) lines.push(`NGUYEN VAN A${i},${10_000_000_000 + i},Vietcombank,${1_000_000 + i * 1000},Luong thang 11`);
  writeFileSync(file, `${lines.join('\n')}\n`);
}

async function untilSending(dataDir: string, alive: () => boolean): Promise<void> {
  while (alive()) {
    if (existsSync(join(dataDir, 'paybatch.sqlite')) && batchesIn(dataDir).some((b) => b.status === 'sending')) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the audit log through crashes', () => {
  it(`stays one valid chain over ${kills} SIGKILLs of the sender`, { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const file = join(tempDir(), 'luong.csv');
    payroll(file);
    const env = { ...process.env, LANG: 'C', PAYBATCH_SEND_POLICY: JSON.stringify({ pollBaseMs: 30, pollMaxMs: 300, retryBaseMs: 30, retryMaxMs: 300 }) };
    const send = ['send', file, '--provider', 'appotapay', '--env', 'practice', '--yes', '--name-mismatch', 'keep', '--concurrency', '2', '--data-dir', dataDir];
    const resume = ['resume', '--data-dir', dataDir];
    let killed = 0;
    for (let round = 0; killed < kills && round < kills * 4; round += 1) {
      const started = batchesIn(dataDir).some((b) => b.status === 'sending' || b.status === 'paused');
      const run = started ? await paybatchKilled(resume, env, 200 + Math.floor(Math.random() * 300)) : await paybatchKilled(send, env, Math.floor(Math.random() * 150), (alive) => untilSending(dataDir, alive));
      if (run.killed) killed += 1;
      else if (run.code === 2) throw new Error(run.stderr);
      else break;
    }
    expect(killed).toBeGreaterThan(0);
    expect(paybatch(['resume', '--data-dir', dataDir]).status).toBe(0);

    const verified = paybatch(['audit', 'verify', '--data-dir', dataDir]);
    expect([verified.status, verified.stdout]).toEqual([0, expect.stringMatching(/^OK: the audit log is intact, \d+ entries/)]);
    const db = openLog(dataDir);
    try {
      const moves = (db.prepare(`SELECT count(*) AS n FROM audit_entry WHERE action = 'row.status' AND details_json LIKE '%"to":"succeeded"%'`).get() as { n: number }).n;
      // Moves gathered in the last few milliseconds before a kill may be lost; the rest are there.
      expect(moves).toBeGreaterThan(rows / 2);
    } finally {
      db.close();
    }
  });
});
