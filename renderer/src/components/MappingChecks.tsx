import type { MappingCheck } from '../../../shared/import/mapping-checks';
import type { Currency } from '../../../shared/import/model';

const yesLabels: Readonly<Record<Currency, string>> = { VND: 'Yes, these are đồng', THB: 'Yes, these are baht' };

type Props = {
  readonly checks: readonly MappingCheck[];
  readonly answered: boolean;
  readonly onConfirm: () => void;
  readonly onOtherProvider: () => void;
};

/** Beside the mapping: what must change before Review, and the question that must be answered. */
export function MappingChecks({ checks, answered, onConfirm, onOtherProvider }: Props) {
  const blocks = checks.filter((c) => c.severity === 'block');
  const question = checks.find((c) => c.severity === 'question');
  if (blocks.length === 0 && !question) return null;
  const currency = question?.params['currency'] === 'VND' ? 'VND' : 'THB';
  return (
    <aside className="mapping-checks" aria-labelledby="mapping-checks-title" data-testid="mapping-checks">
      <h3 id="mapping-checks-title">Before Review</h3>
      {blocks.length > 0 && (
        <ul className="mapping-blocks">
          {blocks.map((check) => (
            <li key={`${check.code}-${check.message}`} data-code={check.code}>
              {check.message}
            </li>
          ))}
        </ul>
      )}
      {question && (
        <div className="mapping-question" role="group" aria-labelledby="currency-question" data-testid="currency-question">
          <p id="currency-question">{question.message}</p>
          {answered ? (
            <p className="hint" role="status">
              Answered: {yesLabels[currency].replace(/^Yes, t/u, 'T')}.
            </p>
          ) : (
            <div className="actions">
              <button type="button" className="primary" onClick={onConfirm}>
                {yesLabels[currency]}
              </button>
              <button type="button" onClick={onOtherProvider}>
                Choose another provider
              </button>
            </div>
          )}
        </div>
      )}
    </aside>
  );
}
