import { createHash, type KeyObject } from 'node:crypto';

/**
 * A short, one-way tag for a secret, so the accountant can tell which key is set without it
 * being shown: "sha256:" and the first 8 hex characters of its SHA-256.
 */
export function fingerprint(secret: string): string {
  return `sha256:${createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 8)}`;
}

/**
 * A public key's tag, over its DER so PEM and bare base64 of one key agree. Longer than a
 * secret's: the accountant compares it with the provider's to accept a new verification key,
 * and whoever offers the key can try many keys for a matching short tag.
 */
export function publicKeyFingerprint(key: KeyObject): string {
  return `sha256:${createHash('sha256').update(key.export({ format: 'der', type: 'spki' })).digest('hex').slice(0, 16)}`;
}
