import { describe, expect, it } from 'vitest';
import { credentialFields, credentialLabel } from '../../../../shared/credentials/credential-fields.js';
import { providerIds } from '../../../../shared/providers/provider-ids.js';

describe('credential labels', () => {
  it('gives every stored field of every provider a label in words', () => {
    for (const provider of providerIds) {
      const { secrets, settings } = credentialFields[provider];
      for (const field of [...secrets, ...settings, 'baseUrl']) expect(credentialLabel(field), `${provider} ${field}`).not.toMatch(/^[a-z]+[A-Z0-9]/);
    }
    expect(credentialLabel('apiKey')).toBe('API key');
    expect(credentialLabel('baseUrl')).toBe('Server address');
  });

  it('shows a name it does not know as it is', () => {
    expect(credentialLabel('newField')).toBe('newField');
    expect(credentialLabel('toString')).toBe('toString');
  });
});
