import { createHash } from 'node:crypto';

/**
 * A short, one-way tag for a secret, so the accountant can tell which key is set without it
 * being shown: "sha256:" and the first 8 hex characters of its SHA-256.
 */
export function fingerprint(secret: string): string {
  return `sha256:${createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 8)}`;
}
