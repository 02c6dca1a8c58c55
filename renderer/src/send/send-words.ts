import type { Environment } from '../../../shared/credentials/credential-fields';
import type { RowStatus } from '../../../shared/events';
import type { MessageId } from '../../../shared/i18n/messages/index';
import type { Translator } from '../../../shared/i18n/translator';

/** Each environment's name and what it means for the money, by catalogue id. */
export const environmentWords = {
  practice: { name: 'app.send.env.practice', about: 'app.send.env.practiceAbout' },
  sandbox: { name: 'app.send.env.sandbox', about: 'app.send.env.sandboxAbout' },
  production: { name: 'app.send.env.production', about: 'app.send.env.productionAbout' },
} as const satisfies Record<Environment, { name: MessageId; about: MessageId }>;

/** Statuses in the order a row passes through them; the final ones last. */
export const statusOrder: readonly RowStatus[] = ['ready', 'sending', 'accepted', 'unknown', 'needs_review', 'succeeded', 'failed', 'rejected', 'cancelled'];

/** Statuses a row never leaves. */
export const finalStatuses: readonly RowStatus[] = ['succeeded', 'failed', 'rejected', 'cancelled'];

export function rowStatusText(tr: Translator, status: RowStatus): string {
  return tr.t('sendStatus.row', { status });
}

/** A time left as people say it: "45 s", "3 min 20 s", "2 h 5 min". */
export function durationText(tr: Translator, seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (h > 0) return tr.t('app.send.hoursMinutes', { h: tr.number(h), m: tr.number(m) });
  if (m > 0) return tr.t('app.send.minutesSeconds', { m: tr.number(m), s: tr.number(s) });
  return tr.t('app.send.seconds', { s: tr.number(s) });
}
