import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { securityHeaders } from './security-headers.js';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file)] ?? 'application/octet-stream';
}

/**
 * Maps a request path to a file under `root`, or null when it tries to leave `root` (a `..`
 * segment, plain or encoded, a backslash, NUL) or cannot be decoded. `/` is the app's page.
 * This only reads the name; `findStaticFile` also follows links on disk.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null;
  const relative = decoded === '/' ? '/index.html' : decoded;
  const base = resolve(root);
  const full = resolve(base, `.${relative}`);
  return full.startsWith(base + sep) ? full : null;
}

export type StaticFile = {
  /** Where the bytes are read from: the link's target, already checked to be inside the root. */
  readonly realFile: string;
  readonly contentType: string;
  readonly size: number;
};

/**
 * The file a request path names, or null when there is none or it lies outside `root` once
 * symbolic links are followed: a name inside the folder is not enough, since a link (or a
 * linked folder) placed there can point anywhere on the disk. The root itself may be a link.
 * Electron's fs follows paths into app.asar, so the packaged app goes through the same check.
 */
export async function findStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const file = resolveStaticPath(root, urlPath);
  if (!file) return null;
  const [realRoot, realFile] = await Promise.all([realpath(root).catch(() => null), realpath(file).catch(() => null)]);
  if (!realRoot || !realFile || !realFile.startsWith(realRoot + sep)) return null;
  const info = await stat(realFile).catch(() => null);
  if (!info?.isFile()) return null;
  return { realFile, contentType: contentTypeOf(file), size: info.size };
}

export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const found = await findStaticFile(root, urlPath);
  if (!found) {
    res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': found.contentType,
    'Content-Length': String(found.size),
  });
  createReadStream(found.realFile).pipe(res);
}
