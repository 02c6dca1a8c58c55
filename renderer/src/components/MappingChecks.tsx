import type { MappingCheck } from '../../../shared/import/mapping-checks';
import { checkText } from '../../../shared/import/import-text';
import { useT } from '../i18n/language';

type Props = {
  readonly checks: readonly MappingCheck[];
  readonly answered: boolean;
  readonly onConfirm: () => void;
  readonly onOtherProvider: () => void;
};

/** Beside the mapping: what must change before Review, and the question that must be answered. */
export function MappingChecks({ checks, answered, onConfirm, onOtherProvider }: Props) {
  const tr = useT();
  const blocks = checks.filter((c) => c.severity === 'block');
  const question = checks.find((c) => c.severity === 'question');
  if (blocks.length === 0 && !question) return null;
  const currency = question?.params['currency'] === 'VND' ? 'VND' : 'THB';
  return (
    <aside className="mapping-checks" aria-labelledby="mapping-checks-title" data-testid="mapping-checks">
      <h3 id="mapping-checks-title">{tr.t('import.checks.title')}</h3>
      {blocks.length > 0 && (
        <ul className="mapping-blocks">
          {blocks.map((check) => (
            <li key={`${check.code}-${check.message}`} data-code={check.code}>
              {checkText(tr, check)}
            </li>
          ))}
        </ul>
      )}
      {question && (
        <div className="mapping-question" role="group" aria-labelledby="currency-question" data-testid="currency-question">
          <p id="currency-question">{checkText(tr, question)}</p>
          {answered ? (
            <p className="hint" role="status">
              {tr.t('import.checks.answered', { currency })}
            </p>
          ) : (
            <div className="actions">
              {/* The safe answer is the prominent one: a yes here reads every amount in the other currency. */}
              <button type="button" className="primary" onClick={onOtherProvider}>
                {tr.t('import.checks.otherProvider')}
              </button>
              <button type="button" onClick={onConfirm}>
                {tr.t('import.checks.yes', { currency })}
              </button>
            </div>
          )}
        </div>
      )}
    </aside>
  );
}
