import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../../../electron/host/static-files.js';

const root = resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it.each([
    ['/', `${root}/index.html`],
    ['/index.html', `${root}/index.html`],
    ['/review', `${root}/review`],
    ['/assets/app-1.js', `${root}/assets/app-1.js`],
    ['/assets/app.js?v=2', `${root}/assets/app.js`],
    ['/assets/a%20b.css', `${root}/assets/a b.css`],
  ])('%s → %s', (path, expected) => {
    expect(resolveStaticPath(root, path)).toBe(expected);
  });

  it.each([
    '/../secret.txt',
    '/../../etc/passwd',
    '/assets/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/..%5c..%5cwindows%5cwin.ini',
    '/a%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull();
  });
});
