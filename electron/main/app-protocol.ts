import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeOf, resolveStaticPath } from '../host/static-files.js';
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
    const file = url.host === appHost ? resolveStaticPath(rendererDir, url.pathname) : null;
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404, headers: securityHeaders });
    return new Response(body, {
      headers: { ...securityHeaders, 'Content-Type': contentTypeOf(file) },
    });
  });
}
