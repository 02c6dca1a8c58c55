import type { ApiError } from '../result.js';
import type { Translator, Values } from './translator.js';

type IssueLike = { readonly code: string; readonly column: string | null; readonly message: string; readonly params?: Readonly<Record<string, string | number>> };

/**
 * A row's problem in the reader's language: `issue.<code>` with the row, the column and the
 * issue's own params. The English sentence it carries is the fallback for a code no catalogue
 * knows yet (a test keeps every code the checks make in the catalogue).
 */
export function issueText(tr: Translator, issue: IssueLike, row: number): string {
  return tr.maybe(`issue.${issue.code}`, { row, column: issue.column ?? '', ...moneyIn(tr, issue.params) }) ?? issue.message;
}

/**
 * A check gives an amount both as the English writes it (`max: '500,000,000 VND'`) and in minor
 * units (`maxMinor`, with `currency`): other languages get the amount as they write money.
 */
function moneyIn(tr: Translator, params: IssueLike['params']): IssueLike['params'] {
  const currency = params?.['currency'];
  if (!params || tr.language === 'en' || (currency !== 'VND' && currency !== 'THB')) return params;
  const out: Record<string, string | number> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (key.endsWith('Minor') && typeof value === 'number') out[key.slice(0, -'Minor'.length)] = tr.money(value, currency);
  }
  return out;
}

/** An error from the engine in the reader's language: `error.<reason>` when it gives one. */
export function errorText(tr: Translator, error: ApiError): string {
  const reason = error.params?.['reason'];
  if (typeof reason !== 'string') return error.message;
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error.params ?? {})) if (typeof value === 'string' || typeof value === 'number') values[key] = value;
  // Amounts given in minor units too (balanceMinor with currency) are written as the reader writes money.
  return tr.maybe(`error.${reason}`, (moneyIn(tr, values) ?? values) satisfies Values) ?? error.message;
}
