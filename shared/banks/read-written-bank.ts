import type { BankEntry } from './bank-entry.js';
import { bankKey, bankWords, branchStart, keyOfWords, maxNameWords } from './bank-key.js';
import type { BankIndex } from './bank-index.js';

/** What a written bank name was read as. */
export type BankReading =
  /** One institution; several: written in a way that fits each of them (ambiguous). */
  | { readonly kind: 'found'; readonly entries: readonly BankEntry[] }
  | { readonly kind: 'unknown'; readonly listed: readonly BankEntry[]; readonly clear: BankEntry | undefined };

type Part =
  | { readonly kind: 'found'; readonly entries: readonly BankEntry[] }
  | { readonly kind: 'unresolved'; readonly words: readonly string[] }
  | { readonly kind: 'decoration' };

/** A part that only says where, or in what language: "(Thai)", "(Việt Nam)", "(มหาชน)", "(CN Hà Nội)". */
const decorationKeys = new Set(['', 'thai', 'ไทย', 'thailand']);
/** No bank name is longer; a longer cell is not read word by word. */
const maxWrittenChars = 300;

/**
 * Reads a written bank name: exactly as some institution is written; or a name followed by its
 * branch ("VietinBank CN Hà Nội", "Vietcombank - CN Sở giao dịch", "VCB HCM", "ธ.กสิกรไทย
 * สาขาสีลม"); or a name with another in brackets ("VietinBank (CTG)"), which must agree. What is
 * read neither way is unknown, with the nearest institutions (closest-banks.ts).
 */
export function readWrittenBank(written: string, index: BankIndex): BankReading {
  if (written.length > maxWrittenChars) return { kind: 'unknown', listed: [], clear: undefined };
  const whole = index.exact(bankKey(written));
  if (whole) return { kind: 'found', entries: whole };
  const parts = bracketParts(written).map((text) => readPart(text, index));
  const found = parts.flatMap((p) => (p.kind === 'found' ? [p.entries] : []));
  const unresolved = parts.flatMap((p) => (p.kind === 'unresolved' ? [p.words] : []));
  if (found.length === 0) return { kind: 'unknown', ...index.closest(unresolved[0] ?? bankWords(written)) };
  const shared = found.reduce((common, entries) => common.filter((e) => entries.includes(e)));
  // Parts naming different institutions ("VietinBank (VCB)") leave every one of them open.
  const agreed = shared.length > 0 ? shared : [...new Set(found.flat())];
  const near = unresolved.map((words) => index.closest(words));
  // A part near no institution at all is a remark, not a bank ("Vietcombank (Hoàn Kiếm)").
  if (near.every((n) => n.listed.length === 0)) return { kind: 'found', entries: agreed };
  const first = near.find((n) => n.listed.length > 0)!;
  const clear = agreed.length === 1 && first.clear === agreed[0] ? agreed[0] : undefined;
  return { kind: 'unknown', listed: [...new Set([...agreed, ...first.listed])], clear };
}

/** The text outside brackets, then each bracketed text. */
function bracketParts(written: string): string[] {
  const inside: string[] = [];
  const outside = written.replace(/[([]([^()[\]]*)[)\]]/g, (_, text: string) => {
    inside.push(text);
    return ' ';
  });
  return [outside, ...inside];
}

function readPart(text: string, index: BankIndex): Part {
  const words = bankWords(text);
  const key = keyOfWords(words);
  if (decorationKeys.has(key)) return { kind: 'decoration' };
  const exact = index.exact(key);
  if (exact) return { kind: 'found', entries: exact };
  const cut = branchStart(words);
  const name = cut >= 0 ? words.slice(0, cut) : words;
  const nameKey = keyOfWords(name);
  if (decorationKeys.has(nameKey)) return { kind: 'decoration' };
  const named = cut >= 0 ? index.exact(nameKey) : undefined;
  if (named) return { kind: 'found', entries: named };
  // The longest start that names an institution, if the words after it only say where.
  for (let n = Math.min(name.length - 1, maxNameWords); n >= 1; n -= 1) {
    const startKey = keyOfWords(name.slice(0, n));
    const start = startKey === '' ? undefined : index.exact(startKey);
    if (start === undefined) continue;
    if (restIsRemark(nameKey, start, name.slice(n), index)) return { kind: 'found', entries: start };
    break;
  }
  return { kind: 'unresolved', words: name };
}

/**
 * Whether the words after a name are a remark (a place, a branch) rather than part of another
 * institution's name: they name no other institution ("CAKE VPBank"), and the whole is not a
 * slip away from another one ("Sài Gòn Thươg Tín" is Sacombank mistyped, not "Sài Gòn" + remark).
 */
function restIsRemark(wholeKey: string, start: readonly BankEntry[], restWords: readonly string[], index: BankIndex): boolean {
  const rest = index.exact(keyOfWords(restWords));
  if (rest && rest.some((e) => !start.includes(e))) return false;
  const restClear = index.closest(restWords).clear;
  if (restClear && !start.includes(restClear)) return false;
  return !index.nearOther(wholeKey, Math.max(1, Math.floor(wholeKey.length / 5)), start);
}
