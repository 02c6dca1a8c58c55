import { describe, expect, it } from 'vitest';
import { api, methodNames } from '../../../shared/api.js';
import { useHost } from '../../support/host-fixture.js';
import { rawRequest } from '../../support/http.js';
import { sampleInputs, withoutSetup } from '../../support/sample-inputs.js';

const startHost = useHost();

function auth(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
}

describe('browser host: who may call', () => {
  it('binds to 127.0.0.1 only and prints a URL with the token in the fragment', async () => {
    const { host } = await startHost();
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.appUrl).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers 401 without a token, with a wrong one, and with a token in the query string', async () => {
    const { host } = await startHost();
    for (const [path, headers] of [
      ['/api/app.info', {}],
      ['/api/app.info', { Authorization: 'Bearer wrong' }],
      [`/api/app.info?token=${host.token}`, {}],
    ] as const) {
      const res = await rawRequest(host.port, { method: 'POST', path, headers });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('gives each launch its own token', async () => {
    const [a, b] = await Promise.all([startHost(), startHost()]);
    expect(a.host.token).not.toBe(b.host.token);
    const res = await rawRequest(a.host.port, { method: 'POST', path: '/api/app.info', headers: auth(b.host.token) });
    expect(res.status).toBe(401);
  });

  it('answers 403 to a foreign Host even with the right token (DNS rebinding)', async () => {
    const { host } = await startHost();
    for (const hostHeader of [`evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      const res = await rawRequest(host.port, { method: 'POST', path: '/api/app.info', headers: { ...auth(host.token), Host: hostHeader } });
      expect(res.status, hostHeader).toBe(403);
    }
    const page = await rawRequest(host.port, { path: '/', headers: { Host: `evil.example:${host.port}` } });
    expect(page.status).toBe(403);
  });

  it('accepts both loopback spellings of Host', async () => {
    const { host } = await startHost();
    for (const hostHeader of [`127.0.0.1:${host.port}`, `localhost:${host.port}`]) {
      const res = await rawRequest(host.port, { method: 'POST', path: '/api/app.info', headers: { ...auth(host.token), Host: hostHeader } });
      expect(res.status, hostHeader).toBe(200);
    }
  });

  it('answers 403 to a foreign Origin even with the right token', async () => {
    const { host } = await startHost();
    const res = await rawRequest(host.port, { method: 'POST', path: '/api/app.info', headers: { ...auth(host.token), Origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    const ours = await rawRequest(host.port, { method: 'POST', path: '/api/app.info', headers: { ...auth(host.token), Origin: host.origin } });
    expect(ours.status).toBe(200);
  });

  it('sends no CORS headers, not even to a preflight', async () => {
    const { host } = await startHost();
    const preflight = await rawRequest(host.port, {
      method: 'OPTIONS',
      path: '/api/app.info',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    const call = await rawRequest(host.port, { method: 'POST', path: '/api/app.info', headers: auth(host.token) });
    for (const res of [preflight, call]) {
      expect(Object.keys(res.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
    expect(preflight.status).toBe(403);
  });
});

describe('browser host: the contract over HTTP', () => {
  it.each(methodNames)('answers %s with output matching the contract', async (method) => {
    const { host } = await startHost();
    const res = await rawRequest(host.port, { method: 'POST', path: `/api/${method}`, headers: auth(host.token), body: JSON.stringify(sampleInputs[method]) });
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    if (body.ok) expect(api[method].output.safeParse(body.value).success).toBe(true);
    else expect(body.error.code).toBe(withoutSetup[method]);
  });

  it('reports app.info for this launch', async () => {
    const { host, engine } = await startHost();
    const res = await rawRequest(host.port, { method: 'POST', path: '/api/app.info', headers: auth(host.token) });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { name: 'Paybatch', dataDir: engine.dataDir, transport: 'http' } });
    // Its own time on the call, and nothing else: bench:ui tells it apart from the HTTP hop.
    expect(res.headers['server-timing']).toMatch(/^host;dur=\d+\.\d$/);
  });

  it.each([
    ['broken JSON', '{"a":', 400, 'invalid_input'],
    ['a field the schema does not allow', '{"surprise":true}', 400, 'invalid_input'],
    ['a JSON string', '"hello"', 400, 'invalid_input'],
  ])('answers %s with a typed error', async (_label, body, status, code) => {
    const { host } = await startHost();
    const res = await rawRequest(host.port, { method: 'POST', path: '/api/app.info', headers: auth(host.token), body });
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code, message: expect.any(String) } });
  });

  it('answers an unknown method with a typed 404', async () => {
    const { host } = await startHost();
    const res = await rawRequest(host.port, { method: 'POST', path: '/api/batch.sendEverythingTwice', headers: auth(host.token), body: '{}' });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const { host } = await startHost({ maxBodyBytes: 1024 });
    const res = await rawRequest(host.port, { method: 'POST', path: '/api/app.info', headers: auth(host.token), body: JSON.stringify({ pad: 'x'.repeat(5000) }) });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const after = await rawRequest(host.port, { method: 'POST', path: '/api/app.info', headers: auth(host.token) });
    expect(after.status).toBe(200);
  });

  it('refuses GET on a method', async () => {
    const { host } = await startHost();
    const res = await rawRequest(host.port, { path: '/api/app.info', headers: auth(host.token) });
    expect(res.status).toBe(405);
  });
});

describe('browser host: event stream', () => {
  it('needs the token', async () => {
    const { host } = await startHost();
    expect((await rawRequest(host.port, { path: '/api/events' })).status).toBe(401);
  });

  it('delivers engine events to a subscribed tab', async () => {
    const { host, engine } = await startHost();
    const controller = new AbortController();
    const response = await fetch(`${host.origin}/api/events`, { headers: { Authorization: `Bearer ${host.token}` }, signal: controller.signal });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const event = { type: 'row.status', batchId: 'b1', rowId: 'r7', status: 'succeeded' } as const;
    let text = '';
    engine.emit(event);
    while (!text.includes('data: ')) text += (await reader.read()).value ?? '';
    while (!text.includes('\n\n', text.indexOf('data: '))) text += (await reader.read()).value ?? '';
    const data = text.slice(text.indexOf('data: ') + 6, text.indexOf('\n\n', text.indexOf('data: ')));
    expect(JSON.parse(data)).toEqual(event);
    controller.abort();
  });
});

describe('browser host: the app itself', () => {
  it('serves index.html at / with a strict CSP, no token needed', async () => {
    const { host } = await startHost();
    const res = await rawRequest(host.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Paybatch</title>');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves assets with their type', async () => {
    const { host } = await startHost();
    const res = await rawRequest(host.port, { path: '/assets/app.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt'])('never serves a file outside the renderer: %s', async (path) => {
    const { host } = await startHost();
    const res = await rawRequest(host.port, { path });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside the renderer folder');
  });
});
