import type { IncomingMessage, ServerResponse } from 'node:http';
import { transportFail, type ErrorCode, type Result } from '../../shared/result.js';
import type { EngineHost } from '../engine/host/engine-host.js';
import { securityHeaders } from './security-headers.js';

// HTTP errors only for requests that were malformed or not allowed; the engine's answers
// (refused, not found, keychain unavailable) are data in a 200 like any other answer.
const statusFor: Readonly<Record<ErrorCode, number>> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  unknown_method: 404,
  internal: 500,
  refused: 200,
  not_found: 200,
  unavailable: 200,
};

/** `tookMs`: the host's own time on the call, said in Server-Timing (see handleApiCall). */
export function sendResult(res: ServerResponse, result: Result<unknown>, status?: number, tookMs?: number): void {
  const body = JSON.stringify(result);
  res.writeHead(status ?? (result.ok ? 200 : statusFor[result.error.code]), {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...(tookMs === undefined ? {} : { 'Server-Timing': `host;dur=${tookMs.toFixed(1)}` }),
  });
  res.end(body);
}

/** Reads the body up to `limit` bytes; null when it is larger (the caller answers 413). */
async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > limit) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** POST /api/<method>: the HTTP twin of one `ipcMain.handle` registration. */
export async function handleApiCall(
  engine: EngineHost,
  method: string,
  req: IncomingMessage,
  res: ServerResponse,
  maxBodyBytes: number,
): Promise<void> {
  let text: string | null;
  try {
    text = await readBody(req, maxBodyBytes);
  } catch (error) {
    // The client left, or was cut off by the request timeout, before its body arrived: there
    // is no one to answer, and nothing went wrong inside Paybatch worth logging.
    if (req.destroyed) return;
    throw error;
  }
  if (text === null) {
    sendResult(res, transportFail('request_too_large', `limit ${maxBodyBytes} bytes`), 413);
    req.resume();
    return;
  }
  let payload: unknown = undefined;
  if (text.trim() !== '') {
    try {
      payload = JSON.parse(text);
    } catch {
      // The parser's message quotes the body around the fault, so only the size is kept.
      sendResult(res, transportFail('request_unreadable', `invalid JSON body of ${Buffer.byteLength(text)} bytes`));
      return;
    }
  }
  // From the body in hand: receiving it is part of the hop.
  const started = performance.now();
  const answer = await engine.call(method, payload, { transport: 'http' });
  // How long the host itself took: what a call spent beyond it is the HTTP hop between the tab
  // and the host, which the desktop app (an IPC call) does not make. `npm run bench:ui` tells
  // the two apart; the page reads it from its own resource timings (same origin).
  sendResult(res, answer, undefined, performance.now() - started);
}
