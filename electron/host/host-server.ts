import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { transportFail } from '../../shared/result.js';
import type { EngineHost } from '../engine/host/engine-host.js';
import { internalDetail, logInternalError } from '../engine/debug-log.js';
import { handleApiCall, sendResult } from './api-route.js';
import { openEventStream } from './event-stream.js';
import { hasValidToken, isAllowedHost, isAllowedOrigin } from './request-guards.js';
import { securityHeaders } from './security-headers.js';
import { serveStatic } from './static-files.js';

export type HostOptions = {
  /** The engine's door: a worker in `paybatch serve`, in process in tests of the host itself. */
  readonly engine: EngineHost;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** 0 (the default) lets the OS choose a free port. */
  readonly port?: number;
  readonly maxBodyBytes?: number;
  /** How long a client may take to send a request's headers, from connecting or from its previous request. */
  readonly headersTimeoutMs?: number;
  /** How long a client may take to send a whole request, body included (the event stream's answer is not bound by it). */
  readonly requestTimeoutMs?: number;
  /** Connections beyond this are closed as they arrive. */
  readonly maxConnections?: number;
};

export type Host = {
  readonly port: number;
  readonly token: string;
  readonly origin: string;
  /** The address to open: the token rides in the fragment, which browsers never send. */
  readonly appUrl: string;
  readonly close: () => Promise<void>;
};

const defaultMaxBodyBytes = 64 * 1024 * 1024;
// Node's own defaults (60 s for headers, checked every 30 s; 5 min per request; no cap) let any
// page or process hold connections open for a minute or more. A browser on loopback sends its
// headers at once and uploads even the largest payroll in seconds, and one tab's connections to
// a host are capped at six, so these leave the app ample room.
const defaultHeadersTimeoutMs = 5_000;
const defaultRequestTimeoutMs = 60_000;
const defaultMaxConnections = 64;

export async function startHost(options: HostOptions): Promise<Host> {
  const token = randomBytes(32).toString('base64url');
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;
  let port = options.port ?? 0;

  const requestTimeout = options.requestTimeoutMs ?? defaultRequestTimeoutMs;
  // Node refuses a headers timeout longer than the request timeout.
  const headersTimeout = Math.min(options.headersTimeoutMs ?? defaultHeadersTimeoutMs, requestTimeout);
  const serverOptions = {
    headersTimeout,
    requestTimeout,
    // How often Node looks for connections past their time: at its default of 30 s a timeout
    // of a few seconds would be honoured only every half minute.
    connectionsCheckingInterval: Math.max(25, Math.min(1_000, Math.floor(headersTimeout / 4))),
  };

  const server = createServer(serverOptions, (req, res) => {
    route(req, res).catch((error: unknown) => {
      const ref = logInternalError(options.engine.dataDir, `host ${req.method ?? ''}`, error);
      if (!res.headersSent) sendResult(res, transportFail('host_failed', internalDetail('host', error, ref)));
      else res.destroy();
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return plain(res, 403, 'Forbidden host');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      if (!isAllowedOrigin(req.headers.origin, port)) return plain(res, 403, 'Forbidden origin');
      if (!hasValidToken(req.headers.authorization, token)) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        return sendResult(res, transportFail('open_from_printed_address'));
      }
      const name = path.slice('/api/'.length);
      if (name === 'events' && req.method === 'GET') return openEventStream(options.engine, res);
      if (req.method !== 'POST') return plain(res, 405, 'Use POST');
      return handleApiCall(options.engine, name, req, res, maxBodyBytes);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed');
    return serveStatic(options.rendererDir, path, res);
  }

  server.maxConnections = options.maxConnections ?? defaultMaxConnections;

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the host is not listening on a TCP port');
  port = address.port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    port,
    token,
    origin,
    appUrl: `${origin}/#token=${token}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}
