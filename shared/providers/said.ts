import type { IssueParams } from '../review/review-types.js';

/** What a rule says: its English sentence and the values in it, for `issue.<code>`. */
export type Said = { readonly text: string; readonly params: IssueParams };

/**
 * A sentence and its values, placed in the field's column (`at: 'column'`): check-rows turns
 * that into `at: 'row'` for a field no column holds, as its English drops ", column C".
 */
export function said(text: string, values?: IssueParams): Said {
  return { text, params: values === undefined ? inColumn : { at: 'column', ...values } };
}

const inColumn: IssueParams = { at: 'column' };

/**
 * `say`, remembered for the last value: a payroll writes the same description or default down
 * every row, whose sentence and params are then one pair shared by every row's issue (and copied
 * as bytes once by the CLI), not made again for each.
 */
export function saidOnce(say: (value: unknown) => Said): (value: unknown) => Said {
  let last: Said | undefined;
  let lastValue: unknown;
  return (value) => {
    if (last === undefined || value !== lastValue) {
      last = say(value);
      lastValue = value;
    }
    return last;
  };
}
