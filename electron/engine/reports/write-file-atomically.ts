import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes `bytes` to `path` so that the file is either what it was or all of the new bytes,
 * never a part: a temporary file in the same folder (same disk, so the rename is atomic) is
 * written, flushed to the disk, then renamed over the target; the folder is flushed too, so
 * the rename survives a power cut. A file already there keeps its permissions. On any failure
 * the temporary file is removed and the error (with its Node code) is thrown; a file already
 * at `path` is untouched.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await existingMode(target);
  // 'wx': never follows or reuses something already at the temporary name.
  const handle = await open(temp, 'wx', mode ?? 0o666);
  try {
    try {
      await handle.writeFile(bytes);
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** The permissions of a file already at the path; undefined when there is none (or it is not a file). */
async function existingMode(path: string): Promise<number | undefined> {
  try {
    const found = await stat(path);
    return found.isFile() ? found.mode & 0o777 : undefined;
  } catch {
    return undefined;
  }
}

/** Flushes the folder's entry for the renamed file; Windows cannot open a folder for this, and needs not. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The file is in place; a filesystem that cannot flush a folder has nothing more to do.
  }
}
