import { z } from 'zod';
import { api, eventSchema, methodNames, type MethodName } from '../../../shared/api';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { PaybatchEvent } from '../../../shared/events';
import { errorCodes, fail, transportFail, type Result } from '../../../shared/result';

const errorSchema = z.object({ code: z.enum(errorCodes), message: z.string(), detail: z.string().optional(), params: z.record(z.string(), z.unknown()).optional() });

/** The browser-host twin of the preload: same functions, same Results, over POST /api/<method>. */
export function createHttpBridge(token: string): PaybatchBridge {
  const call = (method: MethodName, output: z.ZodType) => {
    // Made once per method: zod compiles a schema's parser on its first use, so a schema made
    // for every call was compiled again for every answer (12 ms for a page of rows).
    const answer = z.union([z.object({ ok: z.literal(true), value: output }), z.object({ ok: z.literal(false), error: errorSchema })]);
    return async (input: unknown): Promise<Result<unknown>> => {
      let body: unknown;
      try {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        body = await response.json();
      } catch (error) {
        return transportFail('not_answering', String(error));
      }
      const result = answer.safeParse(body);
      if (!result.success) return transportFail('answer_not_understood', result.error.message);
      if (result.data.ok) return { ok: true, value: result.data.value };
      return fail(result.data.error.code, result.data.error.message, result.data.error.detail, result.data.error.params);
    };
  };

  // Derived from the contract's list, so this bridge offers exactly the preload's methods; each
  // answer is parsed with its method's own output schema, which is what the cast stands for.
  const calls = Object.fromEntries(methodNames.map((method) => [method, call(method, api[method].output)])) as unknown as { [M in MethodName]: PaybatchBridge[M] };
  return {
    ...calls,
    onEvent: (listener) => subscribeToEvents(token, listener),
  } satisfies PaybatchBridge;
}

/** Reads the host's event stream with fetch (so the token stays in a header) and reconnects. */
function subscribeToEvents(token: string, listener: (event: PaybatchEvent) => void): () => void {
  const controller = new AbortController();
  const run = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch('/api/events', { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal });
        if (!response.body) throw new Error('no event stream');
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          const frames = buffer.split('\n\n');
          buffer = frames.pop() ?? '';
          for (const frame of frames) deliver(frame, listener);
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  };
  void run();
  return () => controller.abort();
}

function deliver(frame: string, listener: (event: PaybatchEvent) => void): void {
  const data = frame
    .split('\n')
    .filter((line) => line.startsWith('data: '))
    .map((line) => line.slice('data: '.length))
    .join('\n');
  if (data === '') return;
  try {
    const parsed = eventSchema.safeParse(JSON.parse(data));
    if (parsed.success) listener(parsed.data);
  } catch {
    // A frame we cannot read is skipped; the next status poll will bring the truth.
  }
}
