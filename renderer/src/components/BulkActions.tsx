import { useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import type { BatchChange } from '../../../shared/batches/batch-contract';
import { fixLabel } from '../../../shared/providers/safe-fixes';
import { fieldLabels } from './MapStep';

type Head = Omit<MethodOutput<'batch.get'>, 'rows'>;
type Preview = MethodOutput<'batch.edit'>;

type Props = {
  readonly head: Head;
  readonly busy: boolean;
  readonly preview: (change: BatchChange) => Promise<Preview | null>;
  readonly apply: (change: BatchChange, label: string) => Promise<unknown>;
};

const undoLabels: Record<string, string> = {
  set: 'your last change',
  fix: 'the last fix',
  exclude: 'the last exclusion',
  acknowledge: 'the last acknowledgement',
  fixAll: 'the last fix on many rows',
  acknowledgeAll: 'the last acknowledgement of many rows',
  excludeAll: 'the last exclusion of many rows',
};

/**
 * Changes to many rows at once. Each is shown first (how many rows, two examples) and applied
 * only when confirmed; the last change, single or bulk, can be undone.
 */
export function BulkActions({ head, busy, preview, apply }: Props) {
  const [pending, setPending] = useState<{ change: BatchChange; label: string; preview: Preview } | null>(null);
  const [problem, setProblem] = useState('');
  const ask = async (change: BatchChange, label: string) => {
    const shown = await preview(change);
    if (shown) setPending({ change, label, preview: shown });
  };
  const errors = head.tally?.errors ?? 0;
  return (
    <div className="bulk" data-testid="bulk-actions">
      <div className="toolbar">
        {head.offers.fixes.map((f) => (
          <button type="button" key={`${f.field}-${f.kind}`} disabled={busy} onClick={() => void ask({ kind: 'fixAll', field: f.field, fix: f.kind }, `${fixLabel(f.kind)} in ${fieldLabels[f.field]}`)}>
            {fixLabel(f.kind)} in {fieldLabels[f.field]} ({f.count.toLocaleString('en-US')})…
          </button>
        ))}
        {head.offers.warnings.map(({ code, count }) => (
          <button type="button" key={code} disabled={busy} onClick={() => void ask({ kind: 'acknowledgeAll', code }, `Acknowledge “${code.replaceAll('_', ' ')}”`)}>
            Acknowledge all “{code.replaceAll('_', ' ')}” ({count.toLocaleString('en-US')})…
          </button>
        ))}
        {errors > 0 && (
          <button type="button" disabled={busy} onClick={() => void ask({ kind: 'excludeAll', code: null }, 'Exclude every row with an error')}>
            Exclude rows with errors ({errors.toLocaleString('en-US')})…
          </button>
        )}
        {head.offers.problems.length > 1 && (
          <label>
            Exclude rows with
            <select value={problem} disabled={busy} onChange={(e) => {
              setProblem('');
              const code = e.target.value;
              if (code) void ask({ kind: 'excludeAll', code }, `Exclude rows with “${code.replaceAll('_', ' ')}”`);
            }}>
              <option value="">a chosen problem…</option>
              {head.offers.problems.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code.replaceAll('_', ' ')} ({p.count.toLocaleString('en-US')})
                </option>
              ))}
            </select>
          </label>
        )}
        {head.undo && (
          <button type="button" data-testid="undo" disabled={busy} onClick={() => void apply({ kind: 'undo' }, 'Undo')}>
            Undo {undoLabels[head.undo.kind] ?? 'the last change'} ({head.undo.rows.toLocaleString('en-US')} {head.undo.rows === 1 ? 'row' : 'rows'})
          </button>
        )}
      </div>
      {pending && (
        <div role="dialog" aria-label={pending.label} className="bulk-preview" data-testid="bulk-preview">
          <p>
            <strong>{pending.label}</strong>: {pending.preview.rows.toLocaleString('en-US')} {pending.preview.rows === 1 ? 'row' : 'rows'}.
          </p>
          {pending.preview.examples.length > 0 && (
            <ul>
              {pending.preview.examples.map((e) => (
                <li key={e.row}>
                  Row {e.row}
                  {e.field ? (
                    <>
                      : <s>{e.before ?? 'empty'}</s> → {e.after ?? 'empty'}
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="primary"
            disabled={busy || pending.preview.rows === 0}
            onClick={() => {
              const { change, label } = pending;
              setPending(null);
              void apply(change, label);
            }}
          >
            Apply to {pending.preview.rows.toLocaleString('en-US')} {pending.preview.rows === 1 ? 'row' : 'rows'}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
