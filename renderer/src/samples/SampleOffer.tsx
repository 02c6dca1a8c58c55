import { useId, useState } from 'react';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import { ProviderSelect } from '../components/ProviderSelect';
import { useLanguage, useT } from '../i18n/language';

type Props = {
  readonly onTry: (provider: ProviderId) => void;
  /** True while a sample is being fetched: the button waits. */
  readonly busy?: boolean;
};

/**
 * For someone without a payroll of their own yet: a provider's sample sheet, read as if they
 * had chosen it, then reviewed, approved and sent in Practice, where no money moves.
 */
export function SampleOffer({ onTry, busy = false }: Props) {
  const tr = useT();
  const [language] = useLanguage();
  // Thai accountants pay in baht: HaiPay's sample is theirs; the others are in đồng.
  const [provider, setProvider] = useState<ProviderId>(language === 'th' ? 'haipay' : 'hitechpay');
  // Offered on Import and on an empty Batches screen, and Import stays in the page while hidden.
  const title = useId();
  return (
    <section className="sample-offer" aria-labelledby={title} data-testid="sample-offer">
      <h2 id={title}>{tr.t('app.sample.title')}</h2>
      <p>{tr.t('app.sample.text')}</p>
      <div className="sample-pick">
        <label>
          {tr.t('app.sample.provider')}
          <ProviderSelect value={provider} onChange={setProvider} testId="sample-provider" />
        </label>
        <button type="button" className="primary" data-testid="try-sample" disabled={busy} aria-busy={busy} onClick={() => onTry(provider)}>
          {tr.t('app.sample.try')}
        </button>
      </div>
    </section>
  );
}
