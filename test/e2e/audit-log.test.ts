import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../electron/engine/keys/memory-key-store.js';
import { quickPolicy } from '../support/sending.js';
import { useTempDir } from '../support/temp-dir.js';
import { writeSomeHistory } from '../integration/audit/audit-fixtures.js';
import { seriousViolations } from './accessibility.js';
import { useAppPage } from './app-page.js';

/** Settings' audit log in Chromium, over `paybatch serve` on a data folder with some history. */
const openApp = useAppPage();
const tempDir = useTempDir('paybatch-audit-e2e-');

describe('the audit log in Settings', () => {
  it('pages the entries newest first, filters by action and batch, verifies the chain, exports CSV, and names an entry edited behind its back', async () => {
    const dataDir = tempDir();
    const engine = createEngine({ dataDir, keyStore: createMemoryKeyStore(), sendPolicy: quickPolicy });
    const { batchId, entries } = await writeSomeHistory(engine).finally(() => engine.close());
    const { page, errors } = await openApp(dataDir);

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const log = page.getByTestId('audit-log');
    await expect.poll(() => log.getByRole('heading', { name: 'Audit log' }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('audit-range').textContent()).toBe(`1–${entries} of ${entries}`);
    const rows = page.locator('[data-testid=audit-entries] tbody tr');
    expect(await rows.first().getAttribute('data-seq')).toBe(String(entries));
    expect(await rows.first().locator('td').nth(2).textContent()).toBe('Audit log exported');
    const move = page.locator('[data-testid=audit-entries] tr[data-action="row.status"]').first();
    expect(await move.locator('td').nth(4).textContent()).toMatch(/^payment no\.: \d+ · order id: PB\w+ · sheet row: \d+ · from: [a-z, ]+ · to: [a-z, ]+$/);

    await page.getByTestId('audit-action').selectOption('batch.approve');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('td').nth(4).textContent()).toMatch(/^currency: VND · rows: 4 · content hash: [0-9a-f]{64} · total: ₫6,006,000 · first order id: PB\w+$/);

    await page.getByTestId('audit-action').selectOption('');
    await page.getByTestId('audit-batch').selectOption(batchId);
    await expect.poll(() => page.locator('[data-testid=audit-entries] tbody tr[data-action="batch.discard"]').count()).toBe(0);
    expect(await page.locator('[data-testid=audit-entries] tbody tr[data-action="batch.approve"]').count()).toBe(1);
    await page.getByTestId('audit-batch').selectOption('');

    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verdict').textContent()).toBe(`The log is intact: ${entries} entries, each chained to the one before.`);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^Paybatch audit log \d{4}-\d\d-\d\d\.csv$/);
    const csv = readFileSync(await download.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8').split('\r\n')).toHaveLength(entries + 2);
    // The export is an entry too, shown at the top once made.
    await expect.poll(() => page.getByTestId('audit-range').textContent()).toBe(`1–${entries + 1} of ${entries + 1}`);

    const db = new Database(join(dataDir, 'paybatch.sqlite'));
    db.prepare(`UPDATE audit_entry SET details_json = replace(details_json, '"rows":4', '"rows":3') WHERE action = 'batch.approve'`).run();
    const approval = (db.prepare("SELECT seq FROM audit_entry WHERE action = 'batch.approve'").get() as { seq: number }).seq;
    db.close();
    await page.getByTestId('audit-verify').click();
    await expect.poll(() => page.getByTestId('audit-verdict').textContent()).toBe(`The log has been tampered with: entry ${approval} was changed after it was written. Entries before it are intact.`);
    expect(await page.getByTestId('audit-verdict').getAttribute('role')).toBe('alert');

    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('language-select').selectOption('vi');
    await expect.poll(() => log.getByRole('heading', { name: 'Nhật ký kiểm toán' }).count()).toBe(1);
    expect(await page.getByTestId('audit-verify').textContent()).toBe('Kiểm tra nhật ký');
    expect(errors).toEqual([]);
  });
});
