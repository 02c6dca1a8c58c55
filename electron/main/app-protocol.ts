import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { findStaticFile } from '../host/static-files.js';
import { securityHeaders } from '../host/security-headers.js';
import { appHost, appScheme } from './trusted-origin.js';

/**
 * The renderer is served from app://paybatch/ instead of file://, which gives it a real origin
 * (workers, fetch and the CSP all behave as on the web) and one we can match exactly.
 * Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const found = url.host === appHost ? await findStaticFile(rendererDir, url.pathname) : null;
    const body = found ? await readFile(found.realFile).catch(() => null) : null;
    if (!found || !body) return new Response('Not found', { status: 404, headers: securityHeaders });
    return new Response(body, {
      headers: { ...securityHeaders, 'Content-Type': found.contentType },
    });
  });
}
