import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { happens, type Faults } from './sim-faults.js';

export type SimRequest = { readonly method: string; readonly path: string; readonly headers: IncomingMessage['headers']; readonly body: string };

/** What a handler may answer; `recordedPayout` makes the timeout and drop faults apply to it. */
export type SimAnswer = { readonly status: number; readonly json: unknown; readonly recordedPayout?: boolean; readonly headers?: Readonly<Record<string, string>> };

export type Simulator = { readonly baseUrl: string; readonly port: number; readonly faults: Faults; readonly close: () => Promise<void> };

/**
 * An HTTP server on 127.0.0.1 that applies the fault switches around a provider's handler:
 * latency and 5xx before it runs; for a payout it recorded, a hang (timeout) or a dropped
 * connection instead of the answer.
 */
export async function startSimServer(handler: (request: SimRequest) => Promise<SimAnswer>, faults: Faults, port = 0, basePath = ''): Promise<Simulator> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void serve(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    if (happens(faults.busy)) {
      res.writeHead(429, { 'Content-Type': 'text/plain', 'Retry-After': '1' }).end('Too Many Requests');
      return;
    }
    if (happens(faults.error5xx)) {
      res.writeHead(503, { 'Content-Type': 'text/plain' }).end('Service temporarily unavailable');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = basePath && url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
    const answer = await handler({ method: req.method ?? 'GET', path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
    if (answer.recordedPayout && happens(faults.drop)) {
      req.socket.destroy();
      return;
    }
    if (answer.recordedPayout && happens(faults.timeout)) return; // never answered
    const body = JSON.stringify(answer.json);
    res.writeHead(answer.status, { ...answer.headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)) }).end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    baseUrl: `http://127.0.0.1:${actual}${basePath}`,
    port: actual,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
