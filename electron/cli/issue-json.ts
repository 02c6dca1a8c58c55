import type { JsonBytes } from './json-bytes.js';

export type PlainFix = { readonly kind: string; readonly value: string; readonly label: string };
export type PlainParams = Readonly<Record<string, string | number>>;
type PlainIssue = { readonly field: string | null; readonly column: string | null; readonly severity: string; readonly code: string; readonly message: string; readonly params?: PlainParams; readonly fix?: PlainFix };

/** The bytes before an issue's message, for one field, column, severity and code. */
type Head = { readonly field: string | null; readonly column: string | null; readonly severity: string; readonly code: string; readonly bytes: Uint8Array };

/** The last fix written at a place in the row; its bytes once it has come twice (one fix shared by rows). */
type FixSeen = { fix: PlainFix; bytes: Uint8Array | null };
type ParamsSeen = { params: PlainParams; bytes: Uint8Array | null };

/** How a message at a place in the row has ended on two rows running, with its JSON bytes (the closing quote included). */
type Tail = { readonly text: string; readonly bytes: Uint8Array };

/** Shorter sentences are not worth remembering. */
const minTail = 16;

const issueKeys = ['field', 'column', 'severity', 'code', 'message'] as const;
const fixKeys = ['kind', 'value', 'label'] as const;

/**
 * A row's issues as JSON.stringify writes them. Most of an issue repeats from row to row at
 * the same place in the row: its field, column, severity and code, the fix of a value written
 * on every row (a description), and its message but for the row number. Those are copied as
 * bytes made once; only what is the row's own is encoded. An issue of any other shape is
 * written as it is.
 */
export function issuesJson(): (issues: readonly object[], out: JsonBytes, more?: MoreIssues) => void {
  const heads: Array<Head | undefined> = [];
  const writeParams = paramsJson();
  const writeFix = fixJson();
  const tails: Array<Tail | undefined> = [];
  const lastSentences: Array<string | undefined> = [];

  function writeMessage(at: number, message: string, out: JsonBytes): void {
    const tail = tails[at];
    if (tail !== undefined && message.length > tail.text.length && message.endsWith(tail.text)) {
      out.stringHead(message, message.length - tail.text.length);
      out.encoded(tail.bytes);
      return;
    }
    out.string(message);
    // The sentence after "Row N, column C: ", kept as bytes once the last message here ended
    // with it too. Where it starts is only a guess at what repeats: the bytes are used for any
    // message that ends with it. It must not start inside a surrogate pair.
    const cut = message.indexOf(': ');
    if (cut < 0) return;
    const sentence = message.slice(cut + 2);
    const first = sentence.charCodeAt(0);
    if (sentence.length >= minTail && sentence === lastSentences[at] && !(first >= 0xdc00 && first <= 0xdfff)) {
      tails[at] = { text: sentence, bytes: Buffer.from(JSON.stringify(sentence).slice(1), 'utf8') };
    }
    lastSentences[at] = sentence;
  }

  function head(at: number, issue: PlainIssue): Uint8Array {
    const seen = heads[at];
    if (seen && seen.field === issue.field && seen.column === issue.column && seen.severity === issue.severity && seen.code === issue.code) return seen.bytes;
    const { field, column, severity, code } = issue;
    const bytes = utf8(`{"field":${JSON.stringify(field)},"column":${JSON.stringify(column)},"severity":${JSON.stringify(severity)},"code":${JSON.stringify(code)},"message":`);
    heads[at] = { field, column, severity, code, bytes };
    return bytes;
  }

  return (issues, out, more) => {
    const count = more?.count ?? 0;
    if (issues.length + count === 0) return out.ascii('[]');
    out.ascii('[');
    for (let at = 0; at < issues.length; at += 1) {
      if (at > 0) out.ascii(',');
      const issue = plainIssue(issues[at]);
      if (issue === null) {
        out.value(issues[at]);
        continue;
      }
      out.encoded(head(at, issue));
      writeMessage(at, issue.message, out);
      if (issue.params !== undefined) writeParams(at, issue.params, out);
      if (issue.fix !== undefined) writeFix(at, issue.fix, out);
      out.ascii('}');
    }
    for (let index = 0; index < count; index += 1) {
      const at = issues.length + index;
      if (at > 0) out.ascii(',');
      more?.write(index, at, out);
    }
    out.ascii(']');
  };
}

/** Issues written after a list's own, each by `write` (index among them, place in the list). */
export type MoreIssues = { readonly count: number; write(index: number, at: number, out: JsonBytes): void };

/** An issue's `,"params":{…}`. A rule's params object is shared by every row that says the same: its bytes are made once. */
export function paramsJson(): (at: number, params: PlainParams, out: JsonBytes) => void {
  const paramsSeen: Array<ParamsSeen | undefined> = [];
  return (at, params, out) => {
    const seen = paramsSeen[at];
    if (seen?.params === params) {
      seen.bytes ??= utf8(`,"params":${JSON.stringify(params)}`);
      out.encoded(seen.bytes);
      return;
    }
    paramsSeen[at] = { params, bytes: null };
    out.ascii(',"params":');
    out.value(params);
  };
}

/** An issue's `,"fix":{…}`: one fix shared by rows (a description's) as bytes made once. */
export function fixJson(): (at: number, fix: PlainFix, out: JsonBytes) => void {
  const fixesSeen: Array<FixSeen | undefined> = [];
  const fixHeads = new Map<string, Uint8Array>();
  return (at, fix, out) => {
    const seen = fixesSeen[at];
    if (seen?.fix === fix) {
      seen.bytes ??= utf8(`,"fix":${JSON.stringify(fix)}`);
      out.encoded(seen.bytes);
      return;
    }
    fixesSeen[at] = { fix, bytes: null };
    let kindHead = fixHeads.get(fix.kind);
    if (kindHead === undefined) {
      kindHead = utf8(`,"fix":{"kind":${JSON.stringify(fix.kind)},"value":`);
      fixHeads.set(fix.kind, kindHead);
    }
    out.encoded(kindHead);
    out.string(fix.value);
    out.ascii(',"label":');
    out.string(fix.label);
    out.ascii('}');
  };
}

/** The issue when it is exactly a plain { field, column, severity, code, message[, fix] } with those types; null otherwise. */
function plainIssue(value: object | undefined): PlainIssue | null {
  if (!hasIssueKeys(value)) return null;
  const issue = value as Record<string, unknown>;
  const { field, column, severity, code, message, params, fix } = issue;
  if (!textOrNull(field) || !textOrNull(column) || typeof severity !== 'string' || typeof code !== 'string' || typeof message !== 'string') return null;
  if ('params' in issue && !isPlainParams(params)) return null;
  if ('fix' in issue && !(hasKeys(fix, fixKeys, 3) && isPlainFix(fix as Record<string, unknown>))) return null;
  return issue as PlainIssue;
}

/** The five keys in order, then `params`, then `fix`, each optional. */
function hasIssueKeys(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  let count = 0;
  let after = 0;
  for (const key in value) {
    if (count < issueKeys.length) {
      if (key !== issueKeys[count]) return false;
      count += 1;
    } else if (key === 'params' && after === 0) after = 1;
    else if (key === 'fix' && after < 2) after = 2;
    else return false;
  }
  return count === issueKeys.length;
}

function isPlainParams(params: unknown): boolean {
  if (typeof params !== 'object' || params === null || Object.getPrototypeOf(params) !== Object.prototype) return false;
  for (const key in params) {
    const item = (params as Record<string, unknown>)[key];
    if (typeof item !== 'string' && !(typeof item === 'number' && Number.isFinite(item))) return false;
  }
  return true;
}

/** The fix when it is exactly a plain { kind, value, label } of strings; null otherwise. */
export function plainFix(fix: object): PlainFix | null {
  return hasKeys(fix, fixKeys, 3) && isPlainFix(fix as Record<string, unknown>) ? (fix as PlainFix) : null;
}

function isPlainFix(fix: Record<string, unknown>): boolean {
  return typeof fix.kind === 'string' && typeof fix.value === 'string' && typeof fix.label === 'string';
}

/** A plain object whose enumerable keys are `keys` in order, all of them or the first `least`. */
function hasKeys(value: unknown, keys: readonly string[], least: number): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  let count = 0;
  for (const key in value) {
    if (key !== keys[count]) return false;
    count += 1;
  }
  return count >= least;
}

function textOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

export function utf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}
