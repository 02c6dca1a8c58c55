import { timingSafeEqual } from 'node:crypto';

/**
 * The browser host listens on loopback only, but any web page the user visits can still try
 * to reach it. These checks keep such pages out: a DNS-rebinding page carries a foreign Host,
 * a cross-site form or fetch carries a foreign Origin, and neither can know the launch token.
 */

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** No Origin (curl, same-origin GET) is fine; a present Origin must be our own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

export function hasValidToken(authorization: string | undefined, token: string): boolean {
  if (authorization === undefined) return false;
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(authorization);
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
