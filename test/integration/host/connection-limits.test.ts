import { existsSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { debugLogName } from '../../../electron/engine/debug-log.js';
import { inProcessEngineHost } from '../../../electron/engine/host/engine-host.js';
import { createMemoryKeyStore } from '../../../electron/engine/keys/memory-key-store.js';
import { startHost, type Host, type HostOptions } from '../../../electron/host/host-server.js';
import { rawRequest } from '../../support/http.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * Raw TCP against a real host on loopback: connections that never finish their request must
 * not be held, and there is a ceiling on how many are held at once. The limits are shortened
 * through the host's options; every wait allows many times the configured time, so a busy
 * machine does not fail these, while Node's defaults (a minute and more) still would.
 * The key store is not the subject, so the in-memory one stands in (STYLE.md §4).
 */
const tempDir = useTempDir('paybatch-limits-');
const hosts: Host[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  for (const host of hosts.splice(0)) await host.close();
});

async function serve(limits: Pick<HostOptions, 'headersTimeoutMs' | 'requestTimeoutMs' | 'maxConnections'> = {}): Promise<Host & { dataDir: string }> {
  const root = tempDir();
  const engine = inProcessEngineHost({ dataDir: join(root, 'data'), keyStore: createMemoryKeyStore() });
  const host = await startHost({ engine, rendererDir: join(root, 'renderer'), ...limits });
  hosts.push(host);
  return { ...host, dataDir: engine.dataDir };
}

type Peer = { readonly socket: Socket; readonly connected: Promise<void>; /** What the host sent before closing. */ readonly closed: Promise<string> };

function open(port: number, send?: string): Peer {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  const received: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  socket.on('error', () => undefined);
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const closed = new Promise<string>((resolve) => socket.once('close', () => resolve(Buffer.concat(received).toString('latin1'))));
  if (send !== undefined) void connected.then(() => socket.write(send));
  return { socket, connected, closed };
}

const call = (host: Host) => rawRequest(host.port, { path: '/api/app.info', method: 'POST', headers: { Authorization: `Bearer ${host.token}` } });

const stillOpen = Symbol('still open');
function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof stillOpen> {
  return Promise.race([promise, new Promise<typeof stillOpen>((resolve) => setTimeout(() => resolve(stillOpen), ms))]);
}

const generous = 15_000;

describe('browser host: connection limits', () => {
  it('closes connections that send no request, or only part of its headers, once the headers timeout passes', { timeout: 30_000 }, async () => {
    const host = await serve({ headersTimeoutMs: 300 });
    const peers = [
      ...Array.from({ length: 10 }, () => open(host.port)),
      ...Array.from({ length: 10 }, () => open(host.port, `POST /api/app.info HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n`)),
    ];
    const outcomes = await within(Promise.all(peers.map((peer) => peer.closed)), generous);
    expect(outcomes).not.toBe(stillOpen);
    expect((await call(host)).status).toBe(200);
  });

  it('closes a request whose body stalls once the request timeout passes, and keeps serving', { timeout: 30_000 }, async () => {
    const host = await serve({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const head = [`POST /api/app.info HTTP/1.1`, `Host: 127.0.0.1:${host.port}`, `Authorization: Bearer ${host.token}`, 'Content-Type: application/json', 'Content-Length: 1000', '', '{"a":'].join('\r\n');
    const outcome = await within(open(host.port, head).closed, generous);
    expect(outcome).not.toBe(stillOpen);
    expect(outcome).toMatch(/^(HTTP\/1\.1 408|$)/);
    expect((await call(host)).status).toBe(200);
    // A client that never finished its request is not an internal error.
    expect(existsSync(join(host.dataDir, debugLogName))).toBe(false);
  });

  it('drops connections beyond the cap, unanswered, and accepts again once some close', { timeout: 30_000 }, async () => {
    const host = await serve({ maxConnections: 4 });
    const held = Array.from({ length: 4 }, () => open(host.port));
    for (const peer of held) await peer.connected;
    const extra = open(host.port);
    expect(await within(extra.closed, generous)).toBe('');
    for (const peer of held) peer.socket.destroy();
    await Promise.all(held.map((peer) => peer.closed));
    // The host counts a connection gone when it sees it close, a moment after the client does.
    let status = 0;
    for (const deadline = Date.now() + generous; status !== 200 && Date.now() < deadline; ) {
      status = await call(host).then((res) => res.status, () => 0);
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe(200);
  });

  it('caps connections by default', { timeout: 30_000 }, async () => {
    const host = await serve();
    const held = Array.from({ length: 64 }, () => open(host.port));
    for (const peer of held) await peer.connected;
    // Dropped: closed with no answer at all (a headers timeout would have sent a 408).
    expect(await within(open(host.port).closed, generous)).toBe('');
  });
});
