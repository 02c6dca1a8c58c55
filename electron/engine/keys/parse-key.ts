import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * Keys as providers hand them out: PEM (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY"), or
 * the bare base64 of the DER with no header at all. Returns null rather than throwing, so the
 * caller can say which field is wrong without echoing the key.
 */
export function parsePrivateKey(text: string): KeyObject | null {
  const trimmed = text.trim();
  if (trimmed.includes('-----BEGIN')) return attempt(() => createPrivateKey(trimmed));
  const der = bareBase64(trimmed);
  if (!der) return null;
  return attempt(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })) ?? attempt(() => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }));
}

export function parsePublicKey(text: string): KeyObject | null {
  const trimmed = text.trim();
  if (trimmed.includes('-----BEGIN')) return attempt(() => createPublicKey(trimmed)) ?? attempt(() => createPublicKey(pemWithLineBreaks(trimmed)));
  const der = bareBase64(trimmed);
  if (!der) return null;
  return attempt(() => createPublicKey({ key: der, format: 'der', type: 'spki' })) ?? attempt(() => createPublicKey({ key: der, format: 'der', type: 'pkcs1' }));
}

/** The PKCS#8 PEM form we keep in the keychain, whatever form the key arrived in. */
export function privateKeyPem(key: KeyObject): string {
  return key.export({ format: 'pem', type: 'pkcs8' }).toString();
}

/**
 * A one-line text field drops a PEM's line breaks, and the PEM reader needs them after the
 * header and before the footer; put them back.
 */
function pemWithLineBreaks(text: string): string {
  const match = /^(-----BEGIN [A-Z0-9 ]+-----)\s*([A-Za-z0-9+/=\s]+?)\s*(-----END [A-Z0-9 ]+-----)$/.exec(text);
  if (!match) return text;
  const body = (match[2] ?? '').replace(/\s+/g, '').replace(/.{1,64}/g, '$&\n');
  return `${match[1]}\n${body}${match[3]}\n`;
}

function bareBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]+={0,2}$/.test(compact) && compact.length >= 64 ? Buffer.from(compact, 'base64') : null;
}

function attempt<T>(make: () => T): T | null {
  try {
    return make();
  } catch {
    return null;
  }
}
