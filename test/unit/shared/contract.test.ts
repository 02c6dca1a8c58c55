import { describe, expect, it } from 'vitest';
import { api, methodNames } from '../../../shared/api.js';
import { eventSchema } from '../../../shared/events.js';
import { createEngine } from '../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { useTempDir } from '../../support/temp-dir.js';

const tempDir = useTempDir();

describe('the contract', () => {
  it('defines exactly the methods the preload list names', () => {
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
  });

  it('has an engine handler for every method and nothing else', () => {
    const engine = createEngine({ dataDir: tempDir(), keyStore: createMemoryKeyStore() });
    expect(Object.keys(engine.handlers).sort()).toEqual([...methodNames].sort());
  });

  it('names methods as area.action', () => {
    for (const name of methodNames) expect(name).toMatch(/^[a-z]+(\.[a-z][A-Za-z]*)+$/);
  });

  it('parses the events it declares and refuses unknown ones', () => {
    expect(eventSchema.safeParse({ type: 'row.status', batchId: 'b1', rowId: 'r1', status: 'sending' }).success).toBe(true);
    expect(eventSchema.safeParse({ type: 'batch.progress', batchId: 'b1', total: 3, done: 1, byStatus: { succeeded: 1 } }).success).toBe(true);
    expect(eventSchema.safeParse({ type: 'row.status', batchId: 'b1', rowId: 'r1', status: 'paid-twice' }).success).toBe(false);
    expect(eventSchema.safeParse({ type: 'something.else' }).success).toBe(false);
  });
});
