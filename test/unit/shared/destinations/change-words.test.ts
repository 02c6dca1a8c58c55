import { describe, expect, it } from 'vitest';
import { changeAskedIn, changeWords, inReaderWords } from '../../../../shared/destinations/change-words.js';
import { errorText } from '../../../../shared/i18n/issue-text.js';
import { translator } from '../../../../shared/i18n/translator.js';

const address = { provider: 'appotapay', environment: 'production', changes: [{ kind: 'address', from: 'https://gateway.appotapay.com', to: 'https://payout.example.vn', published: false }] } as const;
const limit = { provider: 'smilepayz', environment: null, changes: [{ kind: 'limit', field: 'maxAmount', from: 2_000_000, to: 9_000_000, publishedMax: 5_000_000 }] } as const;

describe('a change as the accountant reads it', () => {
  it('says old → new in their language, amounts as they write money', () => {
    const vi = translator('vi');
    expect(changeWords(vi, address)).toEqual({
      subject: `AppotaPay · ${vi.t('app.send.env.production')}`,
      lines: ['Địa chỉ https://gateway.appotapay.com → https://payout.example.vn (không phải địa chỉ AppotaPay công bố)'],
      warning: vi.t('confirm.warning.destination', { name: 'AppotaPay' }),
    });
    const en = translator('en');
    expect(changeWords(en, limit).lines).toEqual([`Largest amount per transfer ${en.money(2_000_000, 'VND')} → ${en.money(9_000_000, 'VND')} (SmilePayz publishes ${en.money(5_000_000, 'VND')})`]);
    expect(changeWords(en, limit).subject).toBe('SmilePayz');
  });

  it("puts a refused change in the window's language, not the engine's English", () => {
    const refusal = { code: 'refused' as const, message: 'You did not confirm this change, so nothing was changed. AppotaPay · Production: Address …', params: { reason: 'confirmation_declined', ...address, subject: 'AppotaPay · Production', described: 'Address https://gateway.appotapay.com → https://payout.example.vn (not an address AppotaPay publishes)' } };
    const th = translator('th');
    const text = errorText(th, inReaderWords(th, refusal));
    expect(text).toContain('ที่อยู่ https://gateway.appotapay.com → https://payout.example.vn (ไม่ใช่ที่อยู่ที่ AppotaPay ประกาศไว้)');
    expect(text).not.toContain('not an address');
  });

  it('reads a change only from well-formed parameters', () => {
    expect(changeAskedIn(address)).toEqual(address);
    expect(changeAskedIn(limit)).toEqual(limit);
    expect(changeAskedIn(undefined)).toBeNull();
    expect(changeAskedIn({ ...address, provider: 'paypal' })).toBeNull();
    expect(changeAskedIn({ ...address, environment: 'staging' })).toBeNull();
    expect(changeAskedIn({ ...address, changes: [] })).toBeNull();
    expect(changeAskedIn({ ...address, changes: [{ kind: 'address', to: 5 }] })).toBeNull();
  });
});
