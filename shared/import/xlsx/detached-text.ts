/**
 * `text` as a string of its own. The SAX parser cuts each value out of the piece of XML it is
 * reading, and V8 makes a cut of 13 or more characters a view into that piece (a sliced string)
 * rather than a copy: one kept value then keeps its whole piece, some 100,000 characters,
 * alive. Values a sheet keeps go through here so that only their own characters stay.
 */
export function detached(text: string): string {
  // Shorter cuts are copies already. Joining two parts always builds a new flat string.
  return text.length < 13 ? text : [text.slice(0, 1), text.slice(1)].join('');
}
