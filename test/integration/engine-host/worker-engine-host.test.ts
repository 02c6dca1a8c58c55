import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/engine/engine.js';
import type { ChangeConfirmer, ChangeRequest } from '../../../electron/engine/destinations/change-request.js';
import { inProcessEngineHost, type EngineHost } from '../../../electron/engine/host/engine-host.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { defaultRuleLimits } from '../../../shared/providers/rule-limits.js';
import type { Result } from '../../../shared/result.js';
import { useWorkerEngineHosts } from '../../support/engine-hosts.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * The built engine worker (out/main/engine-worker.js, the entry the app and `paybatch serve`
 * start) against the same engine in process: the thread must change nothing a caller sees.
 */
const tempDir = useTempDir('paybatch-worker-');
const startWorker = useWorkerEngineHosts();

const haipay = defaultRuleLimits.haipay;

/** Each host's own data folder is the one thing allowed to differ. */
function comparable(host: EngineHost, result: Result<unknown>): string {
  return JSON.stringify(result).replaceAll(JSON.stringify(host.dataDir).slice(1, -1), '<dataDir>');
}

/** A confirmer that answers from a list and keeps every question it was asked. */
function scriptedConfirmer(...answers: Array<boolean | Error>): ChangeConfirmer & { asked: ChangeRequest[] } {
  const asked: ChangeRequest[] = [];
  return {
    via: 'dialog',
    asked,
    async confirm(request) {
      asked.push(request);
      const answer = answers.shift() ?? false;
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
}

describe('the engine on a worker thread', () => {
  it('answers every call as the engine in process does: app.info, limits.set then limits.get, malformed and unknown calls', async () => {
    const inProcess = inProcessEngineHost({ dataDir: tempDir(), keyStore: createMemoryKeyStore() });
    const worker = await startWorker({ dataDir: tempDir() });
    const calls: Array<[string, unknown, 'ipc' | 'http']> = [
      ['app.info', {}, 'ipc'],
      ['app.info', undefined, 'http'],
      ['limits.set', { provider: 'haipay', limits: { ...haipay, maxAmount: haipay.maxAmount - 100 } }, 'ipc'],
      ['limits.get', { provider: 'haipay' }, 'ipc'],
      ['limits.get', { provider: 'nobody' }, 'http'],
      ['app.info', 'not an object', 'ipc'],
      ['batch.sendEverythingTwice', {}, 'http'],
    ];
    try {
      const answers = [];
      for (const [method, payload, transport] of calls) {
        const fromWorker = await worker.call(method, payload, { transport });
        expect(comparable(worker, fromWorker), method).toBe(comparable(inProcess, await inProcess.call(method, payload, { transport })));
        answers.push(fromWorker);
      }
      expect(answers[0]).toMatchObject({ ok: true, value: { name: 'Paybatch', dataDir: worker.dataDir, transport: 'ipc' } });
      expect(answers[1]).toMatchObject({ ok: true, value: { transport: 'http' } });
      expect(answers[3]).toEqual({ ok: true, value: { ...haipay, maxAmount: haipay.maxAmount - 100 } });
      expect(answers[4]).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { reason: 'request_malformed' } } });
      expect(answers[5]).toMatchObject({ ok: false, error: { code: 'invalid_input', params: { reason: 'request_malformed' } } });
      expect(answers[6]).toMatchObject({ ok: false, error: { code: 'unknown_method', params: { reason: 'request_unknown' } } });
    } finally {
      await inProcess.close();
    }
  });

  it('asks the confirmer on the calling thread and acts on its answer: no, then yes', async () => {
    const confirmer = scriptedConfirmer(false, true);
    const worker = await startWorker({ dataDir: tempDir(), confirmChanges: confirmer });
    const raised = { provider: 'haipay', limits: { ...haipay, maxAmount: haipay.maxAmount * 2 } };

    expect(await worker.call('limits.set', raised, { transport: 'ipc' })).toMatchObject({ ok: false, error: { code: 'refused', params: { reason: 'confirmation_declined' } } });
    expect(await worker.call('limits.get', { provider: 'haipay' }, { transport: 'ipc' })).toEqual({ ok: true, value: haipay });

    expect(await worker.call('limits.set', raised, { transport: 'ipc' })).toEqual({ ok: true, value: raised.limits });
    expect(await worker.call('limits.get', { provider: 'haipay' }, { transport: 'ipc' })).toEqual({ ok: true, value: raised.limits });
    const question = { provider: 'haipay', environment: null, changes: [{ kind: 'limit', field: 'maxAmount', from: haipay.maxAmount, to: haipay.maxAmount * 2, publishedMax: haipay.maxAmount }] };
    expect(confirmer.asked).toEqual([question, question]);
  });

  it('answers a confirmer that throws with an error, never a hang; and refuses such changes when given none, as `paybatch serve` does', async () => {
    const throwing = await startWorker({ dataDir: tempDir(), confirmChanges: scriptedConfirmer(new Error('the dialog could not be drawn')) });
    const raised = { provider: 'haipay', limits: { ...haipay, maxAmount: haipay.maxAmount * 2 } };
    expect(await throwing.call('limits.set', raised, { transport: 'ipc' })).toMatchObject({ ok: false, error: { code: 'internal', params: { reason: 'internal_error' } } });

    const none = await startWorker({ dataDir: tempDir() });
    expect(await none.call('limits.set', raised, { transport: 'http' })).toMatchObject({ ok: false, error: { code: 'refused', params: { reason: 'confirmation_unavailable' } } });
  });

  it('fails to start as createEngine fails, with its message and code', async () => {
    const notAFolder = join(tempDir(), 'a-file');
    writeFileSync(notAFolder, '');
    let inProcess: unknown;
    try {
      createEngine({ dataDir: notAFolder, keyStore: createMemoryKeyStore() });
    } catch (error) {
      inProcess = error;
    }
    expect(inProcess).toBeInstanceOf(Error);
    const { message, code } = inProcess as Error & { code?: string };
    await expect(startWorker({ dataDir: notAFolder })).rejects.toMatchObject({ message, code });
  });

  it('after close, answers every call with a transport failure at once', async () => {
    const worker = await startWorker({ dataDir: tempDir() });
    await worker.close();
    await worker.close();
    expect(await worker.call('app.info', {}, { transport: 'ipc' })).toMatchObject({ ok: false, error: { code: 'internal', detail: 'the engine was closed', params: { reason: 'host_failed' } } });
  });
});
