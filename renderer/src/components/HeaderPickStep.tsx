import type { SheetRowPreview } from '../../../shared/import/detect-header-row';
import type { ImportOptions } from '../../../shared/import/import-file';
import type { HeaderPick } from '../import/import-protocol';
import { useT } from '../i18n/language';

const reasons = { not_found: 'import.header.notFound', blank_row: 'import.header.blankRow', no_rows_below: 'import.header.noRowsBelow' } as const satisfies Record<HeaderPick['reason'], string>;

/** The Map step before the header is known: the sheet's first rows, one of which names the columns. */
export function HeaderPickStep({ pick, options, onChange }: { readonly pick: HeaderPick; readonly options: ImportOptions; readonly onChange: (options: ImportOptions) => void }) {
  const tr = useT();
  const choose = (headerRow: number) => onChange({ ...options, headerRow, mapping: undefined });
  return (
    <section className="map-step" aria-labelledby="map-title" data-testid="header-pick">
      <h2 id="map-title">{tr.t('import.header.title')}</h2>
      <p role="alert" className="banner warning">
        {tr.t(reasons[pick.reason], { row: pick.wanted ?? '' })}
      </p>
      <div className="map-options">
        {pick.kind === 'xlsx' && (
          <label>
            {tr.t('import.map.sheet')}
            <select data-testid="sheet-select" value={pick.sheet} onChange={(e) => onChange({ ...options, sheet: e.target.value, mapping: undefined, headerRow: undefined })}>
              {pick.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {tr.t('import.map.sheetOption', { name: s.name, rows: s.rows })}
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
  const tr = useT();
  const apply = (text: string) => {
    const row = Number(text);
    if (Number.isInteger(row) && row >= 1 && row !== value) onChoose(row);
  };
  return (
    <label>
      {tr.t('import.header.row')}
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
  const tr = useT();
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  return (
    <div className="row-picker-wrap">
      <table className="mapping row-picker" aria-label={tr.t('import.header.firstRows')}>
        <tbody>
          {rows.map(({ row, cells }) => (
            <tr key={row} className={row === current ? 'row-picked' : undefined} aria-current={row === current ? 'true' : undefined}>
              <th scope="row">
                <button type="button" onClick={() => onPick(row)} disabled={row === current}>
                  {row === current ? tr.t('import.header.current', { row }) : tr.t('import.header.use', { row })}
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
