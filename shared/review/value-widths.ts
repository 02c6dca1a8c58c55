import { payeeFields, type Payee, type PayeeField } from '../import/model.js';

/**
 * How long the batch's values run, kept row by row: per text field, how many values have each
 * length; for numbers, how many have each count of digits. Review sizes its columns from this
 * after every change, which once walked every row again (40–100 ms of the engine at 100,000
 * rows, after each edit).
 */
export type ValueWidths = {
  add(payee: Payee): void;
  remove(payee: Payee): void;
  /** Per field its longest text (fields with none left out), and the most digits of any number. */
  longest(): { readonly text: Partial<Record<PayeeField, number>>; readonly digits: number };
};

export function createValueWidths(): ValueWidths {
  // lengths[field][n]: values of that field n characters long; digits[n]: numbers of n digits.
  const lengths = new Map<PayeeField, number[]>(payeeFields.map((field) => [field, []]));
  const digits: number[] = [];

  const bump = (counts: number[], at: number, sign: 1 | -1): void => {
    counts[at] = (counts[at] ?? 0) + sign;
    // The last entry is always the longest there is: trailing zeros go.
    while (counts.length > 0 && (counts[counts.length - 1] ?? 0) === 0) counts.pop();
  };
  const count = (payee: Payee, sign: 1 | -1): void => {
    for (const field of payeeFields) {
      const value = payee[field];
      if (typeof value === 'string') bump(lengths.get(field) ?? [], value.length, sign);
      else if (typeof value === 'number') bump(digits, String(Math.abs(value)).length, sign);
    }
  };

  return {
    add: (payee) => count(payee, 1),
    remove: (payee) => count(payee, -1),
    longest() {
      const text: Partial<Record<PayeeField, number>> = {};
      for (const [field, counts] of lengths) if (counts.length > 1) text[field] = counts.length - 1;
      // No number at all is written as one digit, "0".
      return { text, digits: Math.max(digits.length - 1, 1) };
    },
  };
}
