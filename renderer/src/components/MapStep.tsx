import type { ReactNode } from 'react';
import { textEncodings, type TextEncoding } from '../../../shared/import/decode-text';
import { payeeFieldLabels } from '../../../shared/import/field-labels';
import type { ImportOptions } from '../../../shared/import/import-file';
import { payeeFields, type AmountFormat, type ColumnMapping, type PayeeField } from '../../../shared/import/model';
import { providerIds, type ProviderId } from '../../../shared/providers/provider-ids';
import { providerRules } from '../../../shared/providers/provider-rules';
import type { ImportSummary } from '../import/import-protocol';
import { HeaderRowInput, RowPicker } from './HeaderPickStep';

export const fieldLabels = payeeFieldLabels;

const currencyNames = { VND: 'Vietnamese đồng', THB: 'Thai baht' } as const;

const amountFormats: ReadonlyArray<[AmountFormat, string]> = [
  ['auto', 'Detect from the column'],
  ['dot-decimal', '1,234.50 (dot for decimals)'],
  ['comma-decimal', '1.234,50 (comma for decimals)'],
];

type Props = {
  readonly summary: ImportSummary;
  readonly options: ImportOptions;
  readonly onChange: (options: ImportOptions) => void;
  readonly provider: ProviderId | null;
  readonly onProvider: (provider: ProviderId | null) => void;
  /** What stops the sheet from going on, shown beside the mapping. */
  readonly children?: ReactNode;
};

/**
 * The Map step: the provider first (the currency and the needed fields follow from it), then
 * which sheet, which row is the header, and which column is which field.
 */
export function MapStep({ summary, options, onChange, provider, onProvider, children }: Props) {
  const set = (patch: Partial<ImportOptions>) => onChange({ ...options, mapping: options.mapping ?? summary.mapping, ...patch });
  const setField = (field: PayeeField, header: string) => {
    const next: ColumnMapping = { ...(options.mapping ?? summary.mapping) };
    if (header === '') delete next[field];
    else next[field] = header;
    set({ mapping: next });
  };
  const chooseHeader = (headerRow: number) => onChange({ ...options, headerRow, mapping: undefined });
  return (
    <section className="map-step" aria-labelledby="map-title">
      <h2 id="map-title">Columns</h2>
      <div className="map-options">
        <label>
          Pay with
          <select id="provider-choice" data-testid="provider-select" value={provider ?? ''} onChange={(e) => onProvider(providerIds.find((id) => id === e.target.value) ?? null)}>
            <option value="">Choose the provider…</option>
            {providerIds.map((id) => (
              <option key={id} value={id}>
                {providerRules[id].name} ({providerRules[id].currency})
              </option>
            ))}
          </select>
        </label>
        <p className="map-currency" data-testid="currency-shown">
          <span>Amounts read in</span>
          {provider ? `${currencyNames[providerRules[provider].currency]} (${providerRules[provider].currency}), as ${providerRules[provider].name} pays` : `${summary.currency}, until you choose the provider`}
        </p>
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
        <HeaderRowInput value={summary.headerRow} onChoose={chooseHeader} />
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
          This sheet has no column {summary.missingColumns.map((m) => `"${m.header}" (for ${payeeFieldLabels[m.field]})`).join(', ')}. Choose the right columns below.
        </div>
      )}
      {summary.firstRows && (
        <details className="row-picker-details">
          <summary>Pick the header row from the sheet’s first rows</summary>
          <RowPicker rows={summary.firstRows} current={summary.headerRow} onPick={chooseHeader} />
        </details>
      )}
      <div className="map-columns">
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
        {children}
      </div>
    </section>
  );
}
