import type { Tally } from '../batches/use-draft';
import { useWatched, type Watched } from '../batches/watched-value';
import { useT } from '../i18n/language';

/**
 * The batch's counts and total. Drawn from the engine's latest answer on its own, the moment it
 * arrives: an edit's Enter shows its result without the rest of the screen drawn first.
 */
export function SummaryBar({ tally }: { readonly tally: Watched<Tally> }) {
  const tr = useT();
  const counts = useWatched(tally, (value) => value);
  if (!counts) return null;
  return (
    <p className="summary-bar" role="status" data-testid="review-summary">
      {tr.t('app.review.summary', { rows: counts.rows, valid: tr.number(counts.valid), errors: tr.number(counts.errors), warnings: tr.number(counts.warnings), excluded: tr.number(counts.excluded), total: tr.money(counts.total, counts.currency) })}
    </p>
  );
}
