import { describe, expect, it } from 'vitest';
import { bankKey } from '../../../../shared/banks/bank-key.js';
import { thailandBanks } from '../../../../shared/banks/thailand-banks.js';
import { directoryReader } from '../../../support/bank-directory.js';

const { resolve, idOf } = directoryReader(thailandBanks);

describe('the Thailand directory reads what accountants write', () => {
  it.each([
    ['002', 'BBL'],
    ['004', 'KBANK'],
    ['006', 'KTB'],
    ['011', 'TTB'],
    ['014', 'SCB'],
    ['025', 'BAY'],
    ['030', 'GSB'],
    ['033', 'GHB'],
    ['034', 'BAAC'],
    ['066', 'ISBT'],
    ['067', 'TISCO'],
    ['069', 'KKP'],
    ['070', 'ICBCT'],
    ['071', 'TCD'],
    ['073', 'LHB'],
  ])('the Bank of Thailand code %s → %s', (written, id) => {
    expect(idOf(written)).toBe(id);
  });

  it.each([
    ['ธ.กสิกรไทย', 'KBANK'],
    ['ธ. ไทยพาณิชย์', 'SCB'],
    ['ธ.กรุงเทพ', 'BBL'],
    ['ธ.ออมสิน', 'GSB'],
    ['ธ.ก.ส.', 'BAAC'],
    ['ธ.อ.ส.', 'GHB'],
  ])('the short form ธ. (ธนาคาร): %s → %s; the initialisms stay themselves', (written, id) => {
    expect(idOf(written)).toBe(id);
  });

  it.each([
    ['ธนาคารกสิกรไทย จำกัด (มหาชน)', 'KBANK'],
    ['ธนาคารกรุงเทพ จำกัด (มหาชน)', 'BBL'],
    // Sara am typed as nikhahit + sara aa, as many documents do.
    ['ธนาคารกรุงเทพ จํากัด (มหาชน)', 'BBL'],
    ['บมจ.ธนาคารกรุงไทย', 'KTB'],
    ['ธนาคารไทยเครดิต จำกัด (มหาชน)', 'TCD'],
    ['ธนาคารอิสลามแห่งประเทศไทย', 'ISBT'],
    ['Kasikornbank Public Company Limited', 'KBANK'],
    ['Krung Thai Bank PCL', 'KTB'],
  ])('the legal name %s → %s', (written, id) => {
    expect(idOf(written)).toBe(id);
  });

  it.each([
    ['ทหารไทย', 'TTB'],
    ['ธนาคารทหารไทย จำกัด (มหาชน)', 'TTB'],
    ['ธนชาต', 'TTB'],
    ['TMB', 'TTB'],
    ['Thanachart', 'TTB'],
    ['Thai Farmers Bank', 'KBANK'],
  ])('the former name %s → %s', (written, id) => {
    expect(idOf(written)).toBe(id);
  });

  it.each([
    ['ธนาคารกสิกรไทย สาขาสีลม', 'KBANK'],
    ['กสิกรไทย สาขา สีลม', 'KBANK'],
    ['Bangkok Bank Silom branch', 'BBL'],
    ['CIMB (ไทย)', 'CIMBT'],
    ['ICBC (Thai)', 'ICBCT'],
  ])('a branch or a bracket: %s → %s', (written, id) => {
    expect(idOf(written)).toBe(id);
  });

  it.each([
    ['Islamic Bank of Thailand', 'ISBT'],
    ['Thai Credit', 'TCD'],
    ['Standard Chartered', 'SCBT'],
    ['Bank of China', 'BOCT'],
    ['SME D Bank', 'SMED'],
    ['EXIM Thailand', 'EXIM'],
  ])('the institution missing before, %s → %s', (written, id) => {
    expect(idOf(written)).toBe(id);
  });

  it('removes the Thai decorations that \\b never matched', () => {
    expect(bankKey('ธนาคารกสิกรไทย จำกัด (มหาชน)')).toBe(bankKey('กสิกรไทย'));
  });

  it('puts forward the clearly closest Thai bank for a typo', () => {
    expect(resolve('Kasikon')).toMatchObject({ ok: false, reason: 'unknown', closest: 'Kasikornbank' });
  });
});
