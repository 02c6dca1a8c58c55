import { textEncodings, type TextEncoding } from '../../../shared/import/decode-text';
import type { ImportOptions } from '../../../shared/import/import-file';
import { payeeFields, type AmountFormat, type ColumnMapping, type Currency, type PayeeField } from '../../../shared/import/model';
import type { ImportSummary } from '../import/import-protocol';

export const fieldLabels: Readonly<Record<PayeeField, string>> = {
  name: 'Name',
  accountNo: 'Account number',
  accountType: 'Account type',
  bank: 'Bank',
  amount: 'Amount',
  phone: 'Phone',
  email: 'Email',
  description: 'Description',
  reference: 'Reference',
  partnerUserId: 'Employee / user ID',
};

const amountFormats: ReadonlyArray<[AmountFormat, string]> = [
  ['auto', 'Detect from the column'],
  ['dot-decimal', '1,234.50 (dot for decimals)'],
  ['comma-decimal', '1.234,50 (comma for decimals)'],
];

type Props = {
  readonly summary: ImportSummary;
  readonly options: ImportOptions;
  readonly onChange: (options: ImportOptions) => void;
};

/** The Map step: which sheet, which row is the header, and which column is which field. */
export function MapStep({ summary, options, onChange }: Props) {
  const set = (patch: Partial<ImportOptions>) => onChange({ ...options, mapping: options.mapping ?? summary.mapping, ...patch });
  const setField = (field: PayeeField, header: string) => {
    const next: ColumnMapping = { ...(options.mapping ?? summary.mapping) };
    if (header === '') delete next[field];
    else next[field] = header;
    set({ mapping: next });
  };
  return (
    <section className="map-step" aria-labelledby="map-title">
      <h2 id="map-title">Columns</h2>
      <div className="map-options">
        {summary.kind === 'xlsx' && (
          <label>
            Sheet
            <select data-testid="sheet-select" value={summary.sheet} onChange={(e) => onChange({ ...options, sheet: e.target.value, mapping: undefined, headerRow: undefined })}>
              {summary.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name} ({s.rows} rows)
                </option>
              ))}
            </select>
          </label>
        )}
        {summary.kind === 'csv' && (
          <label>
            Encoding
            <select data-testid="encoding-select" value={summary.encoding ?? 'utf-8'} onChange={(e) => onChange({ ...options, encoding: textEncodings.find((x) => x === e.target.value) satisfies TextEncoding | undefined })}>
              {textEncodings.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {encoding}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          Header row
          <input data-testid="header-row" type="number" min={1} value={summary.headerRow} onChange={(e) => Number(e.target.value) >= 1 && onChange({ ...options, headerRow: Number(e.target.value), mapping: undefined })} />
        </label>
        <label>
          Currency
          <select data-testid="currency-select" value={summary.currency} onChange={(e) => set({ currency: e.target.value === 'THB' ? 'THB' : ('VND' satisfies Currency) })}>
            <option value="VND">VND (đồng)</option>
            <option value="THB">THB (baht)</option>
          </select>
        </label>
        <label>
          Amounts written as
          <select data-testid="amount-format" value={options.amountFormat ?? 'auto'} onChange={(e) => set({ amountFormat: amountFormats.find(([v]) => v === e.target.value)?.[0] ?? 'auto' })}>
            {amountFormats.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {summary.missingColumns.length > 0 && (
        <div role="alert" className="banner warning">
          This sheet has no column {summary.missingColumns.map((m) => `"${m.header}" (for ${fieldLabels[m.field]})`).join(', ')}. Choose the right columns below.
        </div>
      )}
      <table className="mapping" data-testid="mapping-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column in the sheet</th>
            <th scope="col">Sample values</th>
          </tr>
        </thead>
        <tbody>
          {payeeFields.map((field) => {
            const header = summary.mapping[field] ?? '';
            const column = summary.columns.find((c) => c.header === header);
            return (
              <tr key={field}>
                <th scope="row">{fieldLabels[field]}</th>
                <td>
                  <select aria-label={`Column for ${fieldLabels[field]}`} data-field={field} value={header} onChange={(e) => setField(field, e.target.value)}>
                    <option value="">— not in this file —</option>
                    {summary.columns.map((c) => (
                      <option key={c.index} value={c.header}>
                        {c.header}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="samples">{column?.samples.join(' · ') ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
