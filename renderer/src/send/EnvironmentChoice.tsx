import { environments, type Environment } from '../../../shared/credentials/credential-fields';
import type { Operation } from '../../../shared/providers/operations';
import { useT } from '../i18n/language';
import { environmentWords } from './send-words';

type Props = {
  readonly value: Environment;
  readonly onChange: (environment: Environment) => void;
  /** The batch is being (or was) sent in `value`: it cannot go anywhere else. */
  readonly locked: boolean;
  /**
   * What a sample sheet's batch is for, or null when it is not a sample: a sample payroll pays
   * made-up people, a sample refund sheet refunds made-up payments, never with real money.
   */
  readonly sample: Operation | null;
  /** Per environment, whether this provider's keys are all in the keychain; null while unknown. */
  readonly keysReady: Partial<Record<Environment, boolean>> | null;
  readonly providerName: string;
};

/**
 * Where the batch is sent: Practice (Paybatch's own simulator, no money), Sandbox (the
 * provider's test system) or Production (real money, marked so). Chosen once per batch.
 */
export function EnvironmentChoice({ value, onChange, locked, sample, keysReady, providerName }: Props) {
  const tr = useT();
  if (locked) {
    // Nothing left to choose: where it goes, said once, in a line.
    return (
      <p className={`env-locked env-${value}`} data-testid="environment-locked">
        <span className="env-name">
          {tr.t(environmentWords[value].name)}
          {value === 'production' && <span className="real-money">{tr.t('app.send.env.realMoney')}</span>}
        </span>
        <span className="env-about">
          {tr.t(environmentWords[value].about, { provider: providerName })} {tr.t('app.send.env.locked', { environment: tr.t(environmentWords[value].name) })}
        </span>
      </p>
    );
  }
  return (
    <fieldset className="env-choice" data-testid="environment-choice">
      <legend>{tr.t('app.send.env.legend')}</legend>
      <div className="env-options">
        {environments.map((env) => {
          const disabled = env === 'production' && sample !== null;
          const missingKeys = env !== 'practice' && keysReady?.[env] === false;
          return (
            <label key={env} className={`env-option env-${env}${value === env ? ' chosen' : ''}${disabled ? ' disabled' : ''}`}>
              <input
                type="radio"
                name="send-environment"
                value={env}
                checked={value === env}
                disabled={disabled}
                onChange={() => onChange(env)}
                aria-labelledby={`env-${env}-name`}
                aria-describedby={`env-${env}-about`}
                data-testid={`env-${env}`}
              />
              <span className="env-text">
                <span id={`env-${env}-name`} className="env-name">
                  {tr.t(environmentWords[env].name)}
                  {env === 'production' && <span className="real-money">{tr.t('app.send.env.realMoney')}</span>}
                </span>
                <span id={`env-${env}-about`} className="env-about">
                  {tr.t(environmentWords[env].about, { provider: providerName })}
                  {missingKeys && <span className="env-keys"> {tr.t('app.send.env.noKeys', { provider: providerName })}</span>}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {sample && <p className="hint">{sample === 'refund' ? tr.t('refund.send.env.sample') : tr.t('app.send.env.sample')}</p>}
    </fieldset>
  );
}
