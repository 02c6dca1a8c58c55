/**
 * A whole number as its decimal digits, no sign, no leading zeros ("0" for zero): the form the
 * number readers walk, so an amount of any size is read digit by digit, never through a float.
 * Accepts a safe integer, a bigint or a string of digits; anything else is a programming error.
 */
export function wholeDigits(value: number | bigint | string): { readonly negative: boolean; readonly digits: string } {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number Paybatch can hold exactly: ${value}`);
    text = String(value);
  } else if (typeof value === 'bigint') {
    text = value.toString();
  } else {
    text = value;
  }
  const match = /^(-?)(\d+)$/.exec(text);
  if (!match) throw new RangeError(`Not a whole number: ${text}`);
  const digits = (match[2] ?? '').replace(/^0+(?=\d)/, '');
  return { negative: match[1] === '-' && digits !== '0', digits };
}

/** Splits digits into groups of `size` from the right: ("1234567", 3) → ["1", "234", "567"]. */
export function groupsFromRight(digits: string, size: number): string[] {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end));
  return groups;
}
