import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { debugLogName } from '../../../electron/engine/debug-log.js';
import type { PaybatchEvent } from '../../../shared/events.js';
import { faultyEngineWorker, useWorkerEngineHosts } from '../../support/engine-hosts.js';
import { probeEvent } from '../../support/probe-event.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * What no contract method makes the real engine do yet (emit an event, lose its thread), through
 * the real engine on a real thread with fault switches (test/support/engine-worker-with-faults.ts).
 */
const tempDir = useTempDir('paybatch-worker-faults-');
const startWorker = useWorkerEngineHosts();

const ctx = { transport: 'ipc' } as const;
const fault = (signature: 'emit' | 'throw' | 'exit' | 'hang' | 'spin') => ['mapping.find', { signature }] as const;

async function start() {
  const stops: string[] = [];
  const host = await startWorker({ dataDir: tempDir(), workerUrl: faultyEngineWorker, onStopped: (reason) => stops.push(reason) });
  return { host, stops };
}

describe('the engine worker: events and failures', () => {
  it('delivers engine events to every listener still subscribed', async () => {
    const { host } = await start();
    const first: PaybatchEvent[] = [];
    const second: PaybatchEvent[] = [];
    host.onEvent((event) => first.push(event));
    const unsubscribe = host.onEvent((event) => second.push(event));
    expect(await host.call(...fault('emit'), ctx)).toEqual({ ok: true, value: null });
    await expect.poll(() => first).toEqual([probeEvent]);
    expect(second).toEqual([probeEvent]);

    unsubscribe();
    await host.call(...fault('emit'), ctx);
    await expect.poll(() => first).toEqual([probeEvent, probeEvent]);
    expect(second).toEqual([probeEvent]);
  });

  it('keeps delivering to the other listeners when one throws', async () => {
    const { host } = await start();
    const received: PaybatchEvent[] = [];
    host.onEvent(() => {
      throw new Error('a window that is already gone');
    });
    host.onEvent((event) => received.push(event));
    await host.call(...fault('emit'), ctx);
    await expect.poll(() => received).toEqual([probeEvent]);
    expect(readFileSync(join(host.dataDir, debugLogName), 'utf8')).toContain('a window that is already gone');
  });

  it('answers every waiting call, and every later one, with host_failed when the thread dies of an uncaught error, and says so once', async () => {
    const { host, stops } = await start();
    const waiting = host.call(...fault('hang'), ctx);
    const dying = await host.call(...fault('throw'), ctx);
    expect(dying).toMatchObject({ ok: false, error: { code: 'internal', message: 'The Paybatch host failed to answer.', params: { reason: 'host_failed' } } });
    const detail = dying.ok ? '' : (dying.error.detail ?? '');
    expect(detail).toMatch(/^engine worker: Error, logged as [0-9a-f]{8} in debug\.log in the data folder$/);
    expect(await waiting).toEqual(dying);
    expect(await host.call('app.info', {}, ctx)).toEqual(dying);
    expect(stops).toEqual([detail]);
    expect(readFileSync(join(host.dataDir, debugLogName), 'utf8')).toContain('a fault injected outside any promise');
  });

  it('says which exit code the thread ended with', async () => {
    const { host, stops } = await start();
    expect(await host.call(...fault('exit'), ctx)).toMatchObject({ ok: false, error: { detail: 'engine worker exited with code 3', params: { reason: 'host_failed' } } });
    expect(stops).toEqual(['engine worker exited with code 3']);
  });

  it('on close, answers the calls still waiting', async () => {
    const { host, stops } = await start();
    const waiting = host.call(...fault('hang'), ctx);
    await host.close();
    expect(await waiting).toMatchObject({ ok: false, error: { detail: 'the engine was closed', params: { reason: 'host_failed' } } });
    expect(stops).toEqual([]);
  });

  it('ends a thread too busy to close within the time given', async () => {
    const stops: string[] = [];
    const host = await startWorker({ dataDir: tempDir(), workerUrl: faultyEngineWorker, closeTimeoutMs: 300, onStopped: (reason) => stops.push(reason) });
    const waiting = host.call(...fault('spin'), ctx);
    await host.close();
    expect(await waiting).toMatchObject({ ok: false, error: { detail: 'the engine was closed', params: { reason: 'host_failed' } } });
    expect(stops).toEqual([]);
  });
});
