import type { ReactNode } from 'react';
import { textEncodings, type TextEncoding } from '../../../shared/import/decode-text';
import type { ImportOptions } from '../../../shared/import/import-file';
import type { AmountFormat, ColumnMapping, PayeeField } from '../../../shared/import/model';
import type { Operation } from '../../../shared/providers/operations';
import { providerIds, type ProviderId } from '../../../shared/providers/provider-ids';
import { providerRules } from '../../../shared/providers/provider-rules';
import type { ImportSummary } from '../import/import-protocol';
import { listed } from '../../../shared/import/import-text';
import { fieldLabel } from '../i18n/labels';
import { useT } from '../i18n/language';
import { mappableFields } from '../import/operation-choice';
import { HeaderRowInput, RowPicker } from './HeaderPickStep';
import { OperationChoice } from './OperationChoice';

const amountFormats = [
  ['auto', 'import.map.format.auto'],
  ['dot-decimal', 'import.map.format.dot'],
  ['comma-decimal', 'import.map.format.comma'],
] as const satisfies ReadonlyArray<readonly [AmountFormat, string]>;

type Props = {
  readonly summary: ImportSummary;
  readonly options: ImportOptions;
  readonly onChange: (options: ImportOptions) => void;
  readonly provider: ProviderId | null;
  readonly onProvider: (provider: ProviderId | null) => void;
  /** Payouts, or refunds where the provider offers them: which fields the sheet has follows from it. */
  readonly operation: Operation;
  readonly onOperation: (operation: Operation) => void;
  /** What stops the sheet from going on, shown beside the mapping. */
  readonly children?: ReactNode;
};

/**
 * The Map step: the provider and what to do with it first (the currency and the needed fields
 * follow from them), then which sheet, which row is the header, and which column is which field.
 */
export function MapStep({ summary, options, onChange, provider, onProvider, operation, onOperation, children }: Props) {
  const tr = useT();
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
      <h2 id="map-title">{tr.t('import.map.title')}</h2>
      <div className="map-options">
        <label>
          {tr.t('import.map.payWith')}
          <select id="provider-choice" data-testid="provider-select" value={provider ?? ''} onChange={(e) => onProvider(providerIds.find((id) => id === e.target.value) ?? null)}>
            <option value="">{tr.t('import.map.chooseProvider')}</option>
            {providerIds.map((id) => (
              <option key={id} value={id}>
                {providerRules[id].name} ({providerRules[id].currency})
              </option>
            ))}
          </select>
        </label>
        <OperationChoice provider={provider} value={operation} onChange={onOperation} />
        <p className="map-currency" data-testid="currency-shown">
          <span>{tr.t('import.map.amountsReadIn')}</span>
          {provider ? tr.t('import.map.currencyChosen', { currency: providerRules[provider].currency, provider: providerRules[provider].name }) : tr.t('import.map.currencyUntil', { currency: summary.currency })}
        </p>
        {summary.kind === 'xlsx' && (
          <label>
            {tr.t('import.map.sheet')}
            <select data-testid="sheet-select" value={summary.sheet} onChange={(e) => onChange({ ...options, sheet: e.target.value, mapping: undefined, headerRow: undefined })}>
              {summary.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {tr.t('import.map.sheetOption', { name: s.name, rows: s.rows })}
                </option>
              ))}
            </select>
          </label>
        )}
        {summary.kind === 'csv' && (
          <label>
            {tr.t('import.map.encoding')}
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
          {tr.t('import.map.amountFormat')}
          <select data-testid="amount-format" value={options.amountFormat ?? 'auto'} onChange={(e) => set({ amountFormat: amountFormats.find(([v]) => v === e.target.value)?.[0] ?? 'auto' })}>
            {amountFormats.map(([value, label]) => (
              <option key={value} value={value}>
                {tr.t(label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {summary.missingColumns.length > 0 && (
        <div role="alert" className="banner warning">
          {tr.t('import.map.missing', { list: listed(tr, summary.missingColumns.map((m) => tr.t('import.map.missingItem', { header: m.header, field: fieldLabel(tr, m.field) }))) })}
        </div>
      )}
      {summary.firstRows && (
        <details className="row-picker-details">
          <summary>{tr.t('import.map.pickHeader')}</summary>
          <RowPicker rows={summary.firstRows} current={summary.headerRow} onPick={chooseHeader} />
        </details>
      )}
      <div className="map-columns">
        <table className="mapping" data-testid="mapping-table">
          <thead>
            <tr>
              <th scope="col">{tr.t('import.map.field')}</th>
              <th scope="col">{tr.t('import.map.column')}</th>
              <th scope="col">{tr.t('import.map.samples')}</th>
            </tr>
          </thead>
          <tbody>
            {mappableFields(provider, operation, summary.mapping).map((field) => {
              const header = summary.mapping[field] ?? '';
              const column = summary.columns.find((c) => c.header === header);
              return (
                <tr key={field}>
                  <th scope="row">{fieldLabel(tr, field)}</th>
                  <td>
                    <select aria-label={tr.t('import.map.columnFor', { field: fieldLabel(tr, field) })} data-field={field} value={header} onChange={(e) => setField(field, e.target.value)}>
                      <option value="">{tr.t('import.map.notInFile')}</option>
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
