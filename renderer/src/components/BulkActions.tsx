import { useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import type { BatchChange } from '../../../shared/batches/batch-contract';
import { fixLabel } from '../../../shared/providers/safe-fixes';
import type { Translator } from '../../../shared/i18n/translator';
import { useWatched, type Watched } from '../batches/watched-value';
import { useT } from '../i18n/language';
import { singleClick } from './single-click';
import { fieldLabel, problemLabel } from '../i18n/labels';

type Head = Omit<MethodOutput<'batch.get'>, 'rows'>;
type Preview = MethodOutput<'batch.edit'>;

type Props = {
  readonly head: Head;
  /** What is being done, if anything: no other change is offered meanwhile. */
  readonly busy: Watched<string | null>;
  readonly preview: (change: BatchChange) => Promise<Preview | null>;
  readonly apply: (change: BatchChange, label: string) => Promise<unknown>;
};

/** A fix's name as a button gives it ("Remove accents and write in capitals"), in the reader's language. */
function fixName(tr: Translator, kind: Parameters<typeof fixLabel>[0]): string {
  return tr.maybe(`fixName.${kind}`) ?? fixLabel(kind);
}

/**
 * Changes to many rows at once. Each is shown first (how many rows, two examples) and applied
 * only when confirmed; the last change, single or bulk, can be undone.
 */
export function BulkActions({ head, busy: doing, preview, apply }: Props) {
  const tr = useT();
  const busy = useWatched(doing, (value) => value !== null);
  const [pending, setPending] = useState<{ change: BatchChange; label: string; preview: Preview } | null>(null);
  const [problem, setProblem] = useState('');
  const ask = async (change: BatchChange, label: string) => {
    const shown = await preview(change);
    if (shown) setPending({ change, label, preview: shown });
  };
  const errors = head.tally?.errors ?? 0;
  const undoOffer = head.undo;
  return (
    <div className="bulk" data-testid="bulk-actions">
      <div className="toolbar">
        {head.offers.fixes.map((f) => (
          <button type="button" key={`${f.field}-${f.kind}`} disabled={busy} onClick={() => void ask({ kind: 'fixAll', field: f.field, fix: f.kind }, fixName(tr, f.kind))}>
            {tr.t('app.bulk.fix', { fix: fixName(tr, f.kind), field: fieldLabel(tr, f.field), count: tr.number(f.count) })}
          </button>
        ))}
        {head.offers.warnings.map(({ code, count }) => (
          <button type="button" key={code} disabled={busy} onClick={() => void ask({ kind: 'acknowledgeAll', code }, tr.t('app.bulk.acknowledge', { problem: problemLabel(tr, code), count: tr.number(count) }).replace(/…$/, ''))}>
            {tr.t('app.bulk.acknowledge', { problem: problemLabel(tr, code), count: tr.number(count) })}
          </button>
        ))}
        {errors > 0 && (
          <button type="button" disabled={busy} onClick={() => void ask({ kind: 'excludeAll', code: null }, tr.t('app.bulk.excludeErrors', { count: tr.number(errors) }).replace(/…$/, ''))}>
            {tr.t('app.bulk.excludeErrors', { count: tr.number(errors) })}
          </button>
        )}
        {head.offers.problems.length > 1 && (
          <label>
            {tr.t('app.bulk.excludeWith')}
            <select value={problem} disabled={busy} onChange={(e) => {
              setProblem('');
              const code = e.target.value;
              if (code) void ask({ kind: 'excludeAll', code }, tr.t('app.bulk.excludeProblem', { problem: problemLabel(tr, code) }));
            }}>
              <option value="">{tr.t('app.bulk.choose')}</option>
              {head.offers.problems.map((p) => (
                <option key={p.code} value={p.code}>
                  {tr.t('app.bulk.problemOption', { problem: problemLabel(tr, p.code), count: tr.number(p.count) })}
                </option>
              ))}
            </select>
          </label>
        )}
        {undoOffer && (
          <button type="button" data-testid="undo" disabled={busy} onClick={singleClick(() => void apply({ kind: 'undo', step: undoOffer.step }, tr.t('app.review.busy.bulk')))}>
            {tr.t('app.bulk.undo', { what: tr.maybe(`undo.${undoOffer.kind}`) ?? tr.t('undo.set'), rows: undoOffer.rows })}
          </button>
        )}
      </div>
      {pending && (
        <div role="dialog" aria-label={pending.label} className="bulk-preview" data-testid="bulk-preview">
          <p>{tr.t('app.bulk.previewCount', { label: pending.label, count: pending.preview.rows })}</p>
          {pending.preview.examples.length > 0 && (
            <ul>
              {pending.preview.examples.map((e) => (
                <li key={e.row}>
                  {tr.t('app.bulk.previewRow', { row: e.row })}
                  {e.field ? (
                    <>
                      : <s>{e.before ?? tr.t('app.grid.empty')}</s> → {e.after ?? tr.t('app.grid.empty')}
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
            onClick={singleClick(() => {
              const { change, label } = pending;
              setPending(null);
              void apply(change, label);
            })}
          >
            {tr.t('app.bulk.apply', { count: pending.preview.rows })}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            {tr.t('app.bulk.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
