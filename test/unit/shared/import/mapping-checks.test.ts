import { describe, expect, it } from 'vitest';
import { mappingChecks, type MappingCheckInput } from '../../../../shared/import/mapping-checks.js';
import type { ColumnMapping, Currency, ImportedRow, Payee, RowIssue } from '../../../../shared/import/model.js';
import { requiredFields } from '../../../../shared/import/required-fields.js';
import type { ProviderId } from '../../../../shared/providers/provider-ids.js';

const bankMapping: ColumnMapping = { name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền', phone: 'SĐT', email: 'Email', partnerUserId: 'Mã NV' };

function row(amount: number | null, currency: Currency, issues: RowIssue[] = []): Pick<ImportedRow, 'payee' | 'issues'> {
  const payee: Payee = { name: 'A', accountNo: '1', accountType: null, bank: 'B', amount, currency, phone: null, email: null, description: null, reference: null, partnerUserId: null, transactionId: null, refundFee: null };
  return { payee, issues };
}

function input(provider: ProviderId | null, currency: Currency, patch: Partial<MappingCheckInput> = {}): MappingCheckInput {
  return {
    mapping: bankMapping,
    columns: Object.values(bankMapping).map((header) => ({ header, samples: [] })),
    rows: [row(15_000_000, currency)],
    provider,
    currency,
    ...patch,
  };
}

const codes = (checks: ReturnType<typeof mappingChecks>) => checks.map((c) => c.code);

describe('what each provider needs mapped, read from its rules', () => {
  it.each([
    ['hitechpay', ['phone', 'amount']],
    ['appotapay', ['name', 'accountNo', 'amount', 'bank']],
    ['smilepayz', ['name', 'phone', 'email', 'accountNo', 'amount', 'bank']],
    ['haipay', ['name', 'phone', 'email', 'accountNo', 'amount', 'partnerUserId', 'bank']],
  ] as const)('%s', (provider, fields) => {
    expect([...requiredFields(provider)].sort()).toEqual([...fields].sort());
  });
});

describe('mapping checks', () => {
  it('passes a sheet that maps what the provider needs', () => {
    expect(mappingChecks(input('appotapay', 'VND'))).toEqual([]);
  });

  it('blocks one column chosen for two fields, naming both and the column', () => {
    const checks = mappingChecks(input('hitechpay', 'VND', { mapping: { name: 'Họ và tên', phone: 'SĐT', amount: 'SĐT' } }));
    expect(checks).toEqual([
      { code: 'column_mapped_twice', severity: 'block', message: 'The column "SĐT" is chosen for both Amount and Phone. A column can hold one field only: choose the right column for the others.', params: { column: 'SĐT', fields: 'amount,phone' } },
    ]);
  });

  it('blocks a sheet with no Amount column, whatever the provider', () => {
    const { amount: _amount, ...rest } = bankMapping;
    expect(codes(mappingChecks(input(null, 'VND', { mapping: rest })))).toEqual(['amount_not_mapped', 'provider_not_chosen']);
    const checks = mappingChecks(input('appotapay', 'VND', { mapping: rest }));
    expect(checks).toEqual([expect.objectContaining({ code: 'amount_not_mapped', severity: 'block', message: expect.stringContaining('No column is chosen for Amount') })]);
  });

  it('blocks a field the provider needs and the sheet does not map', () => {
    const checks = mappingChecks(input('haipay', 'THB', { mapping: { name: 'Name', accountNo: 'Account', bank: 'Bank', amount: 'Amount' }, rows: [row(2_500_000, 'THB')] }));
    expect(checks.map((c) => c.params['field'])).toEqual(['phone', 'email', 'partnerUserId']);
    expect(checks[2]?.message).toBe('HaiPay needs Employee / user ID for every payee, and no column is chosen for it. Choose its column, or choose another provider.');
  });

  it('asks for nothing a wallet provider does not need', () => {
    expect(mappingChecks(input('hitechpay', 'VND', { mapping: { phone: 'SĐT', amount: 'Số tiền' } }))).toEqual([]);
  });

  it('blocks amounts read in another currency than the provider pays in', () => {
    expect(codes(mappingChecks(input('haipay', 'VND')))).toEqual(['currency_not_provider']);
  });
});

describe('amounts that contradict the provider’s currency', () => {
  const vndAsBaht = [15_000_000, 12_500_000, 3_000_000, 4_200_000].map((major) => row(major * 100, 'THB'));

  it('asks whether đồng-sized amounts are baht, with the amount as written, never converted', () => {
    const columns = [{ header: 'Số tiền', samples: ['15,000,000', '12,500,000'] }];
    const [check] = mappingChecks(input('haipay', 'THB', { rows: vndAsBaht, columns, mapping: { ...bankMapping, amount: 'Số tiền' } }));
    expect(check).toEqual({
      code: 'amounts_in_other_currency',
      severity: 'question',
      message: 'These amounts look like Vietnamese đồng (15,000,000). HaiPay pays in Thai baht. Are they baht?',
      params: { provider: 'HaiPay', currency: 'THB', sheetCurrency: 'VND', reason: 'size', example: '15,000,000', hasExample: 'yes' },
    });
  });

  it('does not ask about a Thai payroll of round salaries', () => {
    const salaries = [25_000, 18_000, 32_000, 45_000, 120_000].map((major) => row(major * 100, 'THB'));
    expect(mappingChecks(input('haipay', 'THB', { rows: salaries }))).toEqual([]);
  });

  it('asks when the amounts say đồng in the cells', () => {
    const columns = [{ header: 'Số tiền', samples: ['1,500 VND'] }];
    const [check] = mappingChecks(input('haipay', 'THB', { rows: [row(150_000, 'THB')], columns }));
    expect(check?.message).toBe('These amounts are written in Vietnamese đồng (1,500 VND). HaiPay pays in Thai baht. Are they baht?');
  });

  it.each(['3 000 000 đ', '3.000.000đ', '3,000,000 ₫', '3,000,000 VNĐ'])('reads %s as written in đồng', (written) => {
    const columns = [{ header: 'Số tiền', samples: [written] }];
    expect(mappingChecks(input('haipay', 'THB', { rows: [row(300_000, 'THB')], columns }))[0]?.params['reason']).toBe('written');
  });

  it('asks whether amounts with satang are đồng', () => {
    const tooPrecise: RowIssue = { field: 'amount', column: 'Amount', severity: 'error', code: 'amount_too_precise', message: 'x' };
    const rows = [row(null, 'VND', [tooPrecise]), row(null, 'VND', [tooPrecise]), row(25_000, 'VND')];
    const columns = [{ header: 'Số tiền', samples: ['25,000.50', '18,000.25', '25,000'] }];
    const [check] = mappingChecks(input('smilepayz', 'VND', { rows, columns }));
    expect(check?.message).toBe('These amounts have satang (25,000.50), as Thai baht do. SmilePayz pays in Vietnamese đồng, which has no decimals. Are they đồng?');
    expect(check?.severity).toBe('question');
  });

  it('does not ask about a VND sheet with one stray decimal', () => {
    const tooPrecise: RowIssue = { field: 'amount', column: 'Amount', severity: 'error', code: 'amount_too_precise', message: 'x' };
    const rows = [row(null, 'VND', [tooPrecise]), ...[1, 2, 3, 4, 5].map(() => row(5_000_000, 'VND'))];
    expect(mappingChecks(input('appotapay', 'VND', { rows }))).toEqual([]);
  });

  it('asks when a Thai-written sheet is paid in đồng', () => {
    const columns = [{ header: 'ชื่อ', samples: [] }, { header: 'Số tiền', samples: ['25,000'] }];
    const [check] = mappingChecks(input('appotapay', 'VND', { columns, rows: [row(25_000, 'VND')] }));
    expect(check).toMatchObject({ code: 'amounts_in_other_currency', params: { reason: 'thai_sheet' } });
  });
});
