import { providerIds, type ProviderId } from '../../../shared/providers/provider-ids';
import { providerRules } from '../../../shared/providers/provider-rules';

export function ProviderSelect({ value, onChange, testId }: { readonly value: ProviderId; readonly onChange: (provider: ProviderId) => void; readonly testId: string }) {
  return (
    <select data-testid={testId} value={value} onChange={(e) => onChange(providerIds.find((id) => id === e.target.value) ?? value)}>
      {providerIds.map((id) => (
        <option key={id} value={id}>
          {providerRules[id].name}
        </option>
      ))}
    </select>
  );
}
