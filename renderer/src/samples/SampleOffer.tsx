import { useId, useState } from 'react';
import { useLanguage, useT } from '../i18n/language';
import { providerDoing } from '../i18n/operation-words';
import { sampleIds, samples, type SampleId } from './sample-payrolls';

type Props = {
  readonly onTry: (sample: SampleId) => void;
  /** True while a sample is being fetched: the button waits. */
  readonly busy?: boolean;
};

/**
 * For someone without a sheet of their own yet: a provider's sample payroll, or HiTechPAY's
 * sample refund sheet, read as if they had chosen it, then reviewed, approved and sent in
 * Practice, where no money moves. Each is named as its batch will be ("HiTechPAY · Refund a
 * payment"), so a refund sample never passes for a payroll.
 */
export function SampleOffer({ onTry, busy = false }: Props) {
  const tr = useT();
  const [language] = useLanguage();
  // Thai accountants pay in baht: HaiPay's sample is theirs; the others are in đồng.
  const [chosen, setChosen] = useState<SampleId>(language === 'th' ? 'haipay' : 'hitechpay');
  const refund = samples[chosen].operation === 'refund';
  // Offered on Import and on an empty Batches screen, and Import stays in the page while hidden.
  const title = useId();
  return (
    <section className="sample-offer" aria-labelledby={title} data-testid="sample-offer">
      <h2 id={title}>{tr.t('app.sample.title')}</h2>
      <p>{tr.t('app.sample.text')}</p>
      <div className="sample-pick">
        <label>
          {tr.t('app.sample.provider')}
          <select data-testid="sample-provider" value={chosen} onChange={(e) => setChosen(sampleIds.find((id) => id === e.target.value) ?? chosen)}>
            {sampleIds.map((id) => (
              <option key={id} value={id}>
                {providerDoing(tr, samples[id].provider, samples[id].operation)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" data-testid="try-sample" disabled={busy} aria-busy={busy} onClick={() => onTry(chosen)}>
          {refund ? tr.t('refund.sample.try') : tr.t('app.sample.try')}
        </button>
      </div>
    </section>
  );
}
