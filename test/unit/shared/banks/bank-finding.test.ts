import { describe, expect, it } from 'vitest';
import { bankResolverFor } from '../../../../shared/providers/provider-rules.js';
import { bankFinding } from '../../../../shared/providers/rule-context.js';
import { defaultRuleLimits } from '../../../../shared/providers/rule-limits.js';
import { goodPayee } from '../../../support/payees.js';

const findingFor = (bank: string) =>
  bankFinding(goodPayee('smilepayz', { bank }), { limits: defaultRuleLimits.smilepayz, resolveBank: bankResolverFor('smilepayz') }, 'SmilePayz').finding;

describe('what the review says of a bank it cannot read', () => {
  it('asks about the one clearly closest name', () => {
    expect(findingFor('Vietcombnk')).toMatchObject({ code: 'bank_unknown', text: '"Vietcombnk" is not a bank or e-wallet SmilePayz knows. Did you mean "Vietcombank"?' });
  });

  it('lists near names without putting any forward when none is clearly closest', () => {
    const finding = findingFor('VXB');
    expect(finding).toMatchObject({ code: 'bank_unknown' });
    expect(finding?.text).toMatch(/^"VXB" is not a bank or e-wallet SmilePayz knows\. Near it, none clearly: "Vietcombank", "VietinBank", "VPBank"\.$/);
    expect(finding?.text).not.toContain('Did you mean');
  });

  it('names every bank a name fits and asks for the one meant', () => {
    expect(findingFor('VietinBank (VCB)')).toMatchObject({ code: 'bank_ambiguous', text: '"VietinBank (VCB)" can be more than one bank: "VietinBank", "Vietcombank". Write the one meant.' });
  });

  it('reads VTB as VietinBank, with no finding at all', () => {
    expect(findingFor('VTB')).toBeNull();
  });
});
