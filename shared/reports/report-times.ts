/**
 * The journal keeps times in UTC (ISO 8601); a report shows them as the accountant's clock
 * read then, in this computer's time zone, which the Summary names. Vietnam and Thailand
 * keep UTC+07:00 all year.
 */

/** Milliseconds in a day; Excel counts days from 30 December 1899 (day 25569 is 1 January 1970). */
const dayMs = 86_400_000;
const unixEpochSerial = 25_569;

/** The instant shifted so that its UTC fields read as the local clock did. */
function localClock(iso: string): Date | null {
  const date = new Date(iso);
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  return new Date(ms - date.getTimezoneOffset() * 60_000);
}

/** The local time as Excel stores a date and time: days since 30 December 1899; null for a time that is not one. */
export function excelSerialOf(iso: string): number | null {
  const clock = localClock(iso);
  return clock === null ? null : unixEpochSerial + clock.getTime() / dayMs;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** The local time as `yyyy-mm-dd hh:mm:ss`, which spreadsheet programs read as a date and time in any language. */
export function localTimeText(iso: string): string {
  const clock = localClock(iso);
  if (clock === null) return iso;
  return `${clock.getUTCFullYear()}-${two(clock.getUTCMonth() + 1)}-${two(clock.getUTCDate())} ${two(clock.getUTCHours())}:${two(clock.getUTCMinutes())}:${two(clock.getUTCSeconds())}`;
}

/** The time zone the report's times are in: its name where the system gives one, and its offset then. */
export function timeZoneLabel(now: Date): string {
  const minutes = -now.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const offset = `UTC${sign}${two(Math.floor(Math.abs(minutes) / 60))}:${two(Math.abs(minutes) % 60)}`;
  const name = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return name && name !== 'UTC' && name !== 'Etc/UTC' ? `${name} (${offset})` : offset;
}
