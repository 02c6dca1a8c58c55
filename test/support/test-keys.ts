import { generateKeyPairSync } from 'node:crypto';

/** A fresh RSA key pair in every form providers hand keys out in. */
export function rsaKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey,
    publicKey,
    pkcs8Pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    pkcs1Pem: privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(),
    bareBase64: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}
