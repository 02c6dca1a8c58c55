import { expect, it } from 'vitest';
import { errorText } from '../../shared/i18n/issue-text.js';
import { catalogueOf, translator } from '../../shared/i18n/translator.js';
import type { ApiError } from '../../shared/result.js';

/**
 * The tests every catalogue of engine refusals must pass, for refusals provoked as the window
 * meets them: each carries its reason; its English catalogue text is its message word for
 * word; Vietnamese and Thai say it with every value filled in; and every refusal the
 * catalogue holds was provoked.
 */
export function refusalsInEveryLanguage(cases: ReadonlyArray<readonly [string, ApiError]>, catalogued: readonly string[], what: string): void {
  it.each(cases)('%s: carries its reason, and its English catalogue text is its message', (reason, error) => {
    expect(error.params?.['reason']).toBe(reason);
    expect(catalogueOf('en')).toHaveProperty([`error.${reason}`]);
    expect(errorText(translator('en'), error)).toBe(error.message);
  });

  it.each(cases)('%s: said in Vietnamese and Thai with every value it needs', (_reason, error) => {
    for (const language of ['vi', 'th'] as const) {
      const text = errorText(translator(language), error);
      expect(text).not.toContain('{');
      expect(text).not.toBe(error.message);
    }
  });

  it(`provokes every refusal ${what}`, () => {
    expect(new Set(cases.map(([reason]) => reason))).toEqual(new Set(catalogued));
  });
}
