import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSimServer, type Simulator } from '../../electron/simulator/sim-server.js';
import { defaultFaults } from '../../electron/simulator/sim-faults.js';
import { repoRoot } from './paybatch-process.js';

/**
 * A loopback server that answers each path with whatever JSON the test set for it last, so a
 * provider's documented answers reach a client over real HTTP, exactly as written.
 */
export async function startCannedProvider(): Promise<Simulator & { answer(path: string, json: unknown): void; requests: Array<{ path: string; body: string }> }> {
  const answers = new Map<string, unknown>();
  const requests: Array<{ path: string; body: string }> = [];
  const server = await startSimServer(async (request) => {
    requests.push({ path: request.path, body: request.body });
    return answers.has(request.path) ? { status: 200, json: answers.get(request.path) } : { status: 404, json: { message: `no answer set for ${request.path}` } };
  }, defaultFaults());
  return { ...server, answer: (path, json) => answers.set(path, json), requests };
}

/** A provider's published example, kept verbatim under test/fixtures/providers/. */
export function providerExample(provider: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/providers', provider, name), 'utf8')) as Record<string, unknown>;
}

/** The example with its placeholders filled, keeping every key and each value's JSON type. */
export function filledExample(example: Readonly<Record<string, unknown>>, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const filled: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(example)) {
    const replacement = key in values ? values[key] : value;
    if (typeOf(replacement) !== typeOf(value)) throw new Error(`${key}: the example has a ${typeOf(value)}, the test gave a ${typeOf(replacement)}`);
    filled[key] = replacement;
  }
  for (const key of Object.keys(values)) if (!(key in example)) throw new Error(`${key} is not in the example`);
  return filled;
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
