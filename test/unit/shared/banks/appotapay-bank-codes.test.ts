import { describe, expect, it } from 'vitest';
import { appotapayBankCodes, appotapayPublishedCodes } from '../../../../shared/banks/codes/appotapay-bank-codes.js';
import { bankResolverFor } from '../../../../shared/providers/provider-rules.js';

const appotapay = bankResolverFor('appotapay');

describe('AppotaPay’s bank codes (docs.appotapay.com firm-banking/bank-code)', () => {
  it('every code we send is one AppotaPay publishes', () => {
    expect(Object.values(appotapayBankCodes).filter((code) => !appotapayPublishedCodes.has(code))).toEqual([]);
  });

  it.each([
    ['TPBank', 'TPBANK'],
    ['VPBank', 'VPBANK'],
    ['VPB', 'VPBANK'],
    ['Maritime Bank', 'MARITIMEBANK'],
    ['MSB', 'MARITIMEBANK'],
    ['Nam A Bank', 'NAMABANK'],
    ['Bản Việt', 'VIETCAPITALBANK'],
    ['Viet Capital Bank', 'VIETCAPITALBANK'],
    ['PVcomBank', 'PVBANK'],
    ['VietinBank', 'VIETINBANK'],
    ['CTG', 'VIETINBANK'],
    ['Techcombank', 'TECHCOMBANK'],
    ['Agribank', 'AGRIBANK'],
    ['Sacombank', 'SACOMBANK'],
    ['Eximbank', 'EXIMBANK'],
    ['Bắc Á', 'BACA'],
    ['BaoViet Bank', 'BVBANK'],
    ['Vietcombank', 'VCB'],
  ])('%s is sent as %s', (written, code) => {
    expect(appotapay(written)).toMatchObject({ ok: true, code });
  });

  it('none of the NAPAS short codes the project used to send for AppotaPay is sent any more', () => {
    const sent = new Set(Object.values(appotapayBankCodes));
    for (const napas of ['VPB', 'MSB', 'NAB', 'VCCB', 'PVCB', 'ICB']) expect(sent.has(napas)).toBe(false);
  });

  it('the sandbox test bank APPOTA_TEST is published (the simulator takes it) but no payee’s bank resolves to it', () => {
    expect(appotapayPublishedCodes.has('APPOTA_TEST')).toBe(true);
    expect(Object.values(appotapayBankCodes)).not.toContain('APPOTA_TEST');
  });
});
