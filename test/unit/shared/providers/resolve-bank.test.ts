import { describe, expect, it } from 'vitest';
import { bankResolverFor } from '../../../../shared/providers/provider-rules.js';

const smilepayz = bankResolverFor('smilepayz');
const haipay = bankResolverFor('haipay');

describe('bank names as accountants write them', () => {
  it.each([
    ['Vietcombank', 'VCB'],
    ['VCB', 'VCB'],
    ['Ngoại thương', 'VCB'],
    ['NH TMCP Ngoại Thương Việt Nam', 'VCB'],
    ['Ngân hàng Ngoại thương', 'VCB'],
    ['ngoai thuong', 'VCB'],
    ['Techcombank', 'TCB'],
    ['TCB', 'TCB'],
    ['MB', 'MB'],
    ['MB Bank', 'MB'],
    ['Quân đội', 'MB'],
    ['BIDV', 'BIDV'],
    ['VietinBank', 'ICB'],
    ['CTG', 'ICB'],
    ['Agribank', 'VBA'],
    ['ACB', 'ACB'],
    ['TPBank', 'TPB'],
    ['VPBank', 'VPB'],
    ['Sacombank', 'STB'],
    ['SHB', 'SHB'],
    ['HDBank', 'HDB'],
    ['VIB', 'VIB'],
    ['LienVietPostBank', 'LPB'],
    ['Ví MoMo', 'W_MOMO'],
  ])('%s → %s (SmilePayz)', (written, code) => {
    expect(smilepayz(written)).toMatchObject({ ok: true, code });
  });

  it.each([
    ['KBANK', 'KBANK'],
    ['Kasikorn', 'KBANK'],
    ['กสิกรไทย', 'KBANK'],
    ['SCB', 'SCB'],
    ['ไทยพาณิชย์', 'SCB'],
    ['BBL', 'BBL'],
    ['Bangkok Bank', 'BBL'],
    ['KTB', 'KTB'],
    ['Krungthai', 'KTB'],
    ['BAY', 'BAY'],
    ['Krungsri', 'BAY'],
    ['TTB', 'TTB'],
    ['GSB', 'GSB'],
    ['ออมสิน', 'GSB'],
    ['TrueMoney', 'TRUEMONEY'],
  ])('%s → %s (HaiPay)', (written, code) => {
    expect(haipay(written)).toMatchObject({ ok: true, code });
  });

  it('suggests the closest names for an unknown bank', () => {
    expect(smilepayz('Vietcombnk')).toEqual({ ok: false, reason: 'unknown', suggestions: ['Vietcombank'], closest: 'Vietcombank' });
    expect(smilepayz('Techcombnk')).toMatchObject({ ok: false, closest: 'Techcombank' });
    expect(haipay('Kasikon')).toMatchObject({ ok: false, suggestions: expect.arrayContaining(['Kasikornbank']) });
  });
});
