import type { ServerResponse } from 'node:http';
import type { EngineHost } from '../engine/host/engine-host.js';
import { securityHeaders } from './security-headers.js';

/**
 * Server-sent events carrying engine events to a browser tab. The renderer reads it with
 * fetch (not EventSource) so the token travels in the Authorization header, never in a URL.
 */
export function openEventStream(engine: EngineHost, res: ServerResponse): void {
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = engine.onEvent((event) => {
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  // A comment every 15 s keeps idle proxies and the browser from dropping the stream.
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
  res.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
