import { describe, expect, it } from 'vitest';
import { hasValidToken, isAllowedHost, isAllowedOrigin } from '../../../../electron/host/request-guards.js';

describe('isAllowedHost (DNS-rebinding guard)', () => {
  it.each([
    ['127.0.0.1:5199', true],
    ['localhost:5199', true],
    ['127.0.0.1:5198', false],
    ['localhost', false],
    ['127.0.0.1', false],
    ['evil.example:5199', false],
    ['localhost.evil.example:5199', false],
    ['[::1]:5199', false],
    ['LOCALHOST:5199', false],
    [undefined, false],
    ['', false],
  ])('%s → %s', (host, expected) => {
    expect(isAllowedHost(host, 5199)).toBe(expected);
  });
});

describe('isAllowedOrigin', () => {
  it.each([
    [undefined, true],
    ['http://127.0.0.1:5199', true],
    ['http://localhost:5199', true],
    ['https://127.0.0.1:5199', false],
    ['http://127.0.0.1:5200', false],
    ['http://evil.example', false],
    ['null', false],
  ])('%s → %s', (origin, expected) => {
    expect(isAllowedOrigin(origin, 5199)).toBe(expected);
  });
});

describe('hasValidToken', () => {
  const token = 'abcDEF123_-xyz';
  it.each([
    [`Bearer ${token}`, true],
    [`bearer ${token}`, false],
    [`Bearer ${token}x`, false],
    [`Bearer ${token.slice(1)}`, false],
    [token, false],
    ['Bearer ', false],
    [`Basic ${token}`, false],
    [`Bearer ${token} `, false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(hasValidToken(header, token)).toBe(expected);
  });
});
