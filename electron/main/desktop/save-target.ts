import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { SavedKind } from '../../../shared/desktop/desktop-api.js';

/**
 * The chosen path with the form's extension: a report saved as "ket-qua" (or as "ket-qua.bat"
 * typed over the suggestion) is still written as the workbook it is, "ket-qua.xlsx".
 */
export function withExtension(path: string, kind: SavedKind): string {
  return path.toLowerCase().endsWith(`.${kind}`) ? path : `${path}.${kind}`;
}

/**
 * Whether `path` lies in `folder`, as the file system sees it: links resolved (a data folder
 * reached through a symbolic link is the same folder) and, where the disk ignores case (macOS,
 * Windows), compared without it.
 */
export function isInsideFolder(folder: string, path: string, platform: NodeJS.Platform = process.platform): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const fold = (p: string) => (platform === 'darwin' || platform === 'win32' ? p.toLowerCase() : p);
  // The file may not exist yet: its folder does (the dialog chose it), so that is what is resolved.
  const within = relative(fold(real(folder)), fold(join(real(dirname(path)), basename(path))));
  return within === '' || (!within.startsWith('..') && !isAbsolute(within));
}
