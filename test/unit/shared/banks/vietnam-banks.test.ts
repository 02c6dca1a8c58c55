import { describe, expect, it } from 'vitest';
import { createBankResolver, type BankResolution } from '../../../../shared/banks/resolve-bank.js';
import { vietnamBanks } from '../../../../shared/banks/vietnam-banks.js';
import { directoryReader } from '../../../support/bank-directory.js';

const { resolve, idOf } = directoryReader(vietnamBanks);
const unknown = (written: string): Extract<BankResolution, { ok: false }> => {
  const resolved = resolve(written);
  if (resolved.ok) throw new Error(`"${written}" was read as ${resolved.entry.id}`);
  return resolved;
};

describe('the Vietnam directory reads what accountants write', () => {
  it.each([
    ['VTB', 'CTG'],
    ['CTG', 'CTG'],
    ['ICB', 'CTG'],
    ['BID', 'BIDV'],
    ['MBB', 'MB'],
    ['AGR', 'VBA'],
    ['VBA', 'VBA'],
    ['NHNo&PTNT', 'VBA'],
    ['NHNo & PTNT', 'VBA'],
    ['NH Nông nghiệp & PTNT VN', 'VBA'],
    ['EXIM', 'EIB'],
    ['Techcom', 'TCB'],
    ['Sacom', 'STB'],
    ['LVB', 'LPB'],
    ['PVB', 'PVCB'],
    ['SSB', 'SEAB'],
    ['Vietin Bank', 'CTG'],
    ['MB Bank', 'MB'],
    ['MBBank', 'MB'],
    ['NH TMCP Ngoại Thương Việt Nam', 'VCB'],
    ['Ngân hàng TMCP Sài Gòn', 'SCB'],
    ['Saigonbank', 'SGB'],
    ['Saigon Bank', 'SGB'],
    ['SGICB', 'SGB'],
  ])('the abbreviation or name %s → %s', (written, id) => {
    expect(idOf(written)).toBe(id);
  });

  it.each([
    ['VietBank', 'VIETBANK'],
    ['DongA Bank', 'VIKKI'],
    ['Ngân hàng TMCP Đông Á', 'VIKKI'],
    ['Vikki', 'VIKKI'],
    ['GPBank', 'GPB'],
    ['OceanBank', 'MBV'],
    ['CBBank', 'CBB'],
    ['Shinhan Bank', 'SHBVN'],
    ['HSBC', 'HSBC'],
    ['Standard Chartered', 'SCVN'],
    ['Woori', 'WVN'],
    ['CIMB', 'CIMB'],
    ['UOB', 'UOB'],
    ['Public Bank', 'PBVN'],
    ['Hong Leong', 'HLBVN'],
    ['Indovina', 'IVB'],
    ['Co-opBank', 'COOPBANK'],
    ['VRB', 'VRB'],
    ['CAKE', 'CAKE'],
    ['Ubank', 'UBANK'],
    ['Timo', 'TIMO'],
    ['VBSP', 'VBSP'],
    ['Ngân hàng Chính sách Xã hội', 'VBSP'],
  ])('the bank missing before, %s → %s', (written, id) => {
    expect(idOf(written)).toBe(id);
  });

  it.each([
    ['VietinBank CN Hà Nội', 'CTG'],
    ['Vietcombank - CN Sở giao dịch', 'VCB'],
    ['VCB HCM', 'VCB'],
    ['VietinBank (CTG)', 'CTG'],
    ['Vietinbank - Chi nhánh 3 TP.HCM', 'CTG'],
    ['Agribank chi nhánh Cầu Giấy', 'VBA'],
    ['ACB PGD Tân Định', 'ACB'],
    ['BIDV Thanh Xuân', 'BIDV'],
    ['MB Bank Hà Nội', 'MB'],
    ['Ngân hàng TMCP Quân đội - CN Thăng Long', 'MB'],
    ['Vietcombank (CN Hoàn Kiếm)', 'VCB'],
    ['Vietcombank (Hoàn Kiếm)', 'VCB'],
    ['HSBC (Việt Nam)', 'HSBC'],
    ['Saigon Bank (SGB)', 'SGB'],
  ])('a branch or a bracket: %s → %s', (written, id) => {
    expect(idOf(written)).toBe(id);
  });

  it.each([
    ['970415', 'CTG'],
    ['970436', 'VCB'],
    ['970406', 'VIKKI'],
    ['970414', 'MBV'],
  ])('the BIN %s → %s', (written, id) => {
    expect(idOf(written)).toBe(id);
  });
});

describe('a suggestion only when it is clearly closest', () => {
  it('reads VTB as VietinBank exactly, with no guess involved', () => {
    expect(resolve('VTB')).toMatchObject({ ok: true, entry: { id: 'CTG', name: 'VietinBank' } });
  });

  it.each([
    ['Vietcombnk', 'Vietcombank'],
    ['Techcombnk', 'Techcombank'],
    ['Agribnk', 'Agribank'],
    ['Vietcombnk CN Hà Nội', 'Vietcombank'],
  ])('puts forward the one name clearly closest to %s', (written, name) => {
    expect(unknown(written)).toMatchObject({ reason: 'unknown', closest: name, suggestions: [name] });
  });

  it.each([
    ['VXB', ['Vietcombank', 'VietinBank', 'VPBank']],
    ['Sagombank', ['Sacombank', 'Saigonbank']],
    ['Viet Bnk', ['VietBank', 'VietABank', 'VietinBank']],
  ])('lists the names near an ambiguous typo %s and chooses none', (written, near) => {
    const resolved = unknown(written);
    expect(resolved.reason).toBe('unknown');
    expect(resolved.closest).toBeUndefined();
    expect(resolved.suggestions).toEqual(expect.arrayContaining(near));
  });

  it('does not take the start of a mistyped name for another bank ("Sài Gòn" is SCB, "Sài Gòn Thương Tín" Sacombank)', () => {
    const resolved = unknown('Sài Gòn Thươg Tín');
    expect(resolved.closest).toBeUndefined();
    expect(resolved.suggestions).toContain('Sacombank');
  });

  it('does not read a name followed by another bank as the first one', () => {
    expect(idOf('CAKE VPBank')).toBeUndefined();
    expect(idOf('VCB Neoo')).toBeUndefined();
  });

  it('never guesses at a code written in digits', () => {
    // One digit from VietinBank's 970415 and ACB's 970416.
    expect(unknown('970417')).toEqual({ ok: false, reason: 'unknown', suggestions: [] });
  });

  it('offers nothing for a name near no bank', () => {
    expect(unknown('Ngân hàng XYZ')).toEqual({ ok: false, reason: 'unknown', suggestions: [] });
  });
});

describe('a name that fits several institutions', () => {
  it.each([
    ['VietinBank (VCB)', ['VietinBank', 'Vietcombank']],
    ['KEB Hana', ['KEB Hana (Hà Nội)', 'KEB Hana (TP.HCM)']],
    ['Kookmin', ['Kookmin (Hà Nội)', 'Kookmin (TP.HCM)']],
    ['IBK', ['IBK (Hà Nội)', 'IBK (TP.HCM)']],
  ])('%s is ambiguous: every one listed, none chosen', (written, names) => {
    expect(resolve(written)).toEqual({ ok: false, reason: 'ambiguous', suggestions: names });
  });

  it('is settled by a bracket that names one of them', () => {
    expect(idOf('KEB Hana (HCM)')).toBe('KEBHANAHCM');
  });
});

describe('the resolver', () => {
  it('reads each spelling once and then answers from memory', () => {
    const first = resolve('Vietcombank - CN Hà Nội');
    expect(resolve('Vietcombank - CN Hà Nội')).toBe(first);
  });

  it('says an institution the provider has no code for is not supported, not unknown', () => {
    const smile = createBankResolver({ entries: vietnamBanks, codes: { VCB: 'VCB' } });
    expect(smile('Shinhan')).toMatchObject({ ok: false, reason: 'not_supported', entry: { id: 'SHBVN' } });
  });

  it('reads a cell far longer than any bank name as unknown without comparing it word by word', () => {
    expect(unknown(`Vietcombank ${'x '.repeat(100_000)}`)).toEqual({ ok: false, reason: 'unknown', suggestions: [] });
  });
});
