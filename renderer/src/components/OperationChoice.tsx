import { operationsOf, type Operation } from '../../../shared/providers/operations';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { operationWords } from '../i18n/operation-words';
import { useT } from '../i18n/language';

type Props = {
  readonly provider: ProviderId | null;
  readonly value: Operation;
  readonly onChange: (operation: Operation) => void;
};

/**
 * Beside the provider: what the sheet is for, where the provider offers more than payouts
 * (HiTechPAY: top-ups or refunds). Nothing is shown for a provider that only pays out.
 */
export function OperationChoice({ provider, value, onChange }: Props) {
  const tr = useT();
  const offered = provider ? operationsOf(provider) : [];
  if (offered.length < 2) return null;
  return (
    <fieldset className="operation-choice" data-testid="operation-choice">
      <legend>{tr.t('refund.operation.label')}</legend>
      {offered.map((operation) => (
        <label key={operation}>
          <input type="radio" name="operation" value={operation} checked={value === operation} onChange={() => onChange(operation)} />
          {tr.t(operationWords[operation])}
        </label>
      ))}
    </fieldset>
  );
}
