import { describe, expect, it } from 'vitest';
import { keychainError } from '../../../../electron/engine/keys/os-key-store.js';

describe('keychainError', () => {
  it('tells the accountant to unlock a locked keychain', () => {
    const error = keychainError('read', 'appotapay/production/secretKey', new Error('Platform secure storage failure: the collection is locked'));
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('is locked');
    expect(error.message).toContain('Unlock your keychain');
    expect(error.detail).toContain('collection is locked');
  });

  it('says what to start when the keychain is unreachable, and that there is no fallback', () => {
    const error = keychainError('save', 'haipay/sandbox/privateKey', new Error("Couldn't access platform storage: AccessDenied"));
    expect(error.message).toContain('not reachable');
    expect(error.message).toContain('never stores keys anywhere else');
  });
});
