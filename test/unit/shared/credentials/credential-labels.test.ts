import { describe, expect, it } from 'vitest';
import { credentialFields, credentialLabel } from '../../../../shared/credentials/credential-fields.js';
import { languages } from '../../../../shared/i18n/languages.js';
import { translator } from '../../../../shared/i18n/translator.js';
import { providerIds } from '../../../../shared/providers/provider-ids.js';

describe('credential labels', () => {
  it.each(languages)('gives every stored field of every provider a label in words (%s)', (language) => {
    const tr = translator(language);
    for (const provider of providerIds) {
      const { secrets, settings } = credentialFields[provider];
      for (const field of [...secrets, ...settings, 'baseUrl']) expect(credentialLabel(tr, field), `${provider} ${field}`).not.toMatch(/^[a-z]+[A-Z0-9]/);
    }
  });

  it('says them in the reader’s language', () => {
    expect(credentialLabel(translator('en'), 'apiKey')).toBe('API key');
    expect(credentialLabel(translator('en'), 'baseUrl')).toBe('Server address');
    expect(credentialLabel(translator('vi'), 'baseUrl')).toBe('Địa chỉ máy chủ');
    expect(credentialLabel(translator('th'), 'secretKey')).toBe('คีย์ลับ');
  });

  it('shows a name it does not know as it is', () => {
    expect(credentialLabel(translator('en'), 'newField')).toBe('newField');
    expect(credentialLabel(translator('en'), 'toString')).toBe('toString');
  });
});
