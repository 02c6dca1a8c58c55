/**
 * What an import produces: canonical payees (DESIGN.md "Model"), each value tied to the sheet
 * row and column it came from, so every message can say "row 17, column Số tài khoản".
 */
export const payeeFields = [
  'name',
  'accountNo',
  'accountType',
  'bank',
  'amount',
  'phone',
  'email',
  'description',
  'reference',
  'partnerUserId',
  'transactionId',
  'refundFee',
] as const;

export type PayeeField = (typeof payeeFields)[number];

export type Currency = 'VND' | 'THB';

export type Payee = {
  name: string | null;
  accountNo: string | null;
  accountType: string | null;
  /** The bank as the accountant wrote it; resolving it to a provider's code is review's job. */
  bank: string | null;
  /** Integer minor units of `currency` (VND: đồng; THB: satang). Never a float. */
  amount: number | null;
  currency: Currency;
  phone: string | null;
  email: string | null;
  description: string | null;
  reference: string | null;
  partnerUserId: string | null;
  /** Refunds: the provider's id of the payment refunded (HiTechPAY's zp_trans_id), as written. */
  transactionId: string | null;
  /** Refunds: the fee kept back from the refund, minor units like `amount`; null when not given. */
  refundFee: number | null;
};

export type Severity = 'error' | 'warning';

export type RowIssue = {
  /** The canonical field, or null for a problem with the row as a whole. */
  readonly field: PayeeField | null;
  /** The column header as written in the sheet, or null. */
  readonly column: string | null;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** The message's parameters; `written` is the cell's text when it could not be read. */
  readonly params?: Readonly<Record<string, string | number>>;
};

export type ImportedRow = {
  /** The row number the user sees: Excel's row number, or the CSV line (header line is 1). */
  readonly row: number;
  readonly payee: Payee;
  /** For each mapped field, the header of the column its value came from. */
  readonly sources: Partial<Record<PayeeField, string>>;
  readonly issues: readonly RowIssue[];
};

/**
 * A row that is not a payee: `reason` is the English; `code` and `params` let the view say it in
 * the reader's language (the label or formula that made it a totals row; a totals line that
 * does not add up carries both amounts in minor units and the currency).
 */
export type ExcludedRow = { readonly row: number; readonly reason: string; readonly code: ExcludedCode; readonly params: Readonly<Record<string, string | number>> };

export type ExcludedCode = 'totals_row' | 'header_repeated' | 'below_totals';

/** How a column writes decimals: `1,234.56` (dot-decimal) or `1.234,56` (comma-decimal). */
export type AmountFormat = 'auto' | 'dot-decimal' | 'comma-decimal';

export type ColumnMapping = Partial<Record<PayeeField, string>>;
