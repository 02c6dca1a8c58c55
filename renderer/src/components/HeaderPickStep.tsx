import type { SheetRowPreview } from '../../../shared/import/detect-header-row';
import type { ImportOptions } from '../../../shared/import/import-file';
import type { HeaderPick } from '../import/import-protocol';

const reasons: Readonly<Record<HeaderPick['reason'], (wanted: number | null) => string>> = {
  not_found: () => 'Paybatch could not find the header row (the row naming the columns, such as "Họ và tên", "Số tài khoản", "Số tiền"). Click the row that names the columns.',
  blank_row: (wanted) => `Row ${wanted ?? ''} is empty, so it cannot be the header row. Click the row that names the columns.`,
  no_rows_below: (wanted) => `Row ${wanted ?? ''} has no payee rows below it, so it cannot be the header row. Click the row that names the columns.`,
};

/** The Map step before the header is known: the sheet's first rows, one of which names the columns. */
export function HeaderPickStep({ pick, options, onChange }: { readonly pick: HeaderPick; readonly options: ImportOptions; readonly onChange: (options: ImportOptions) => void }) {
  const choose = (headerRow: number) => onChange({ ...options, headerRow, mapping: undefined });
  return (
    <section className="map-step" aria-labelledby="map-title" data-testid="header-pick">
      <h2 id="map-title">Which row names the columns?</h2>
      <p role="alert" className="banner warning">
        {reasons[pick.reason](pick.wanted)}
      </p>
      <div className="map-options">
        {pick.kind === 'xlsx' && (
          <label>
            Sheet
            <select data-testid="sheet-select" value={pick.sheet} onChange={(e) => onChange({ ...options, sheet: e.target.value, mapping: undefined, headerRow: undefined })}>
              {pick.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name} ({s.rows} rows)
                </option>
              ))}
            </select>
          </label>
        )}
        <HeaderRowInput value={pick.wanted} onChoose={choose} />
      </div>
      <RowPicker rows={pick.firstRows} current={pick.wanted} onPick={choose} />
    </section>
  );
}

/** The header's row number typed in, applied when the field is left or Enter is pressed. */
export function HeaderRowInput({ value, onChoose }: { readonly value: number | null; readonly onChoose: (row: number) => void }) {
  const apply = (text: string) => {
    const row = Number(text);
    if (Number.isInteger(row) && row >= 1 && row !== value) onChoose(row);
  };
  return (
    <label>
      Header row
      <input
        key={value ?? 'none'}
        data-testid="header-row"
        type="number"
        min={1}
        defaultValue={value ?? ''}
        onBlur={(e) => apply(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && apply(e.currentTarget.value)}
      />
    </label>
  );
}

/** The first rows as Excel shows them; a click makes one the header. */
export function RowPicker({ rows, current, onPick }: { readonly rows: readonly SheetRowPreview[]; readonly current: number | null; readonly onPick: (row: number) => void }) {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  return (
    <div className="row-picker-wrap">
      <table className="mapping row-picker" aria-label="The first rows of the sheet">
        <tbody>
          {rows.map(({ row, cells }) => (
            <tr key={row} className={row === current ? 'row-picked' : undefined} aria-current={row === current ? 'true' : undefined}>
              <th scope="row">
                <button type="button" onClick={() => onPick(row)} disabled={row === current}>
                  {row === current ? `Row ${row}: the header` : `Use row ${row} as the header`}
                </button>
              </th>
              {Array.from({ length: width }, (_, i) => (
                <td key={i}>{cells[i] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
