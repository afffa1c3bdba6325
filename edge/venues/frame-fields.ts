/**
 * Strict readers for fields of parsed venue frames.
 *
 * Venue frames are untrusted input on the hot path: a schema library per frame costs more than the
 * parse itself, so adapters read fields through these small checks instead. Every check throws
 * `MalformedFrame`, which an adapter's `onFrame` turns into one counted skip, so a wrong type, an empty
 * or non-decimal number string or an overflowing value never becomes a NaN/0 inside a book.
 */
import { isDecimalText, parseDecimal } from "../normalize/decimal-text.ts";

/** V8's Error, with the stack-depth knob the standard typings leave out. */
const V8Error = Error as ErrorConstructor & { stackTraceLimit: number };

export { isDecimalText };

export class MalformedFrame extends Error {
  constructor(message: string) {
    // A counted skip needs no stack: capturing one costs more than parsing the frame did, and a feed
    // that turns bad sends thousands of these a second.
    const limit = V8Error.stackTraceLimit;
    V8Error.stackTraceLimit = 0;
    super(message);
    V8Error.stackTraceLimit = limit;
    this.name = "MalformedFrame";
  }
}

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function record(value: unknown, what: string): JsonRecord {
  if (!isRecord(value)) throw new MalformedFrame(`${what}: expected an object`);
  return value;
}

export function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new MalformedFrame(`${what}: expected an array`);
  return value;
}

export function text(value: unknown, what: string): string {
  if (typeof value !== "string") throw new MalformedFrame(`${what}: expected a string`);
  return value;
}

/** A finite number from a decimal string (or a JSON number); "", "abc", "1e999" are malformed. */
export function decimal(value: unknown, what: string): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new MalformedFrame(`${what}: not a finite number`);
    return value;
  }
  const n = typeof value === "string" ? parseDecimal(value) : NaN;
  if (n !== n) throw new MalformedFrame(`${what}: expected a decimal string`);
  if (!Number.isFinite(n)) throw new MalformedFrame(`${what}: out of range`);
  return n;
}

/** Like `decimal`, but an absent or empty field (venues send "" for "not applicable") is NaN. */
export function optionalDecimal(value: unknown, what: string): number {
  return value === undefined || value === "" ? NaN : decimal(value, what);
}

/** A decimal string kept as text (checksums need the venue's own spelling). */
export function decimalText(value: unknown, what: string): string {
  if (typeof value !== "string" || !Number.isFinite(parseDecimal(value))) {
    throw new MalformedFrame(`${what}: expected a finite decimal string`);
  }
  return value;
}

const MS_TEXT = /^\d{1,16}$/;

/** Epoch milliseconds (integer string or safe integer) → exact ns. */
export function msToNs(value: unknown, what: string): bigint {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) {
    return BigInt(value) * 1_000_000n;
  }
  if (typeof value === "string" && MS_TEXT.test(value)) return BigInt(value) * 1_000_000n;
  throw new MalformedFrame(`${what}: expected epoch milliseconds`);
}

const NS_PAD = "000000000";
let lastSecondsText = "";
let lastSecondsNs = 0n;

/**
 * Epoch seconds with a decimal fraction ("1618678133.365913", /^\d{1,12}(\.\d{1,9})?$/) → exact ns,
 * no float rounding. One BigInt from the digits with the fraction padded to 9 (Kraken stamps every
 * book level this way; levels of one update often repeat the previous stamp).
 */
export function secondsTextToNs(value: unknown, what: string): bigint {
  if (typeof value !== "string") throw new MalformedFrame(`${what}: expected epoch seconds`);
  if (value === lastSecondsText) return lastSecondsNs;
  const n = value.length;
  let i = 0;
  let c = value.charCodeAt(0);
  while (c >= 48 && c <= 57) c = value.charCodeAt(++i);
  const intDigits = i;
  let fracDigits = 0;
  if (c === 46) {
    c = value.charCodeAt(++i);
    while (c >= 48 && c <= 57) c = value.charCodeAt(++i);
    fracDigits = i - intDigits - 1;
    if (fracDigits === 0) i = -1;
  }
  if (i !== n || intDigits === 0 || intDigits > 12 || fracDigits > 9) {
    throw new MalformedFrame(`${what}: expected epoch seconds`);
  }
  const digits = fracDigits === 0
    ? value + NS_PAD
    : value.slice(0, intDigits) + value.slice(intDigits + 1) + NS_PAD.slice(fracDigits);
  lastSecondsNs = BigInt(digits);
  lastSecondsText = value;
  return lastSecondsNs;
}

const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/;

/** RFC 3339 UTC time ("2023-09-25T09:04:31.742599Z") → exact ns. */
export function isoToNs(value: unknown, what: string): bigint {
  const m = typeof value === "string" ? RFC3339.exec(value) : null;
  const ms = m ? Date.parse(`${m[1]}Z`) : NaN;
  if (!m || Number.isNaN(ms)) throw new MalformedFrame(`${what}: expected an RFC 3339 UTC time`);
  return BigInt(ms) * 1_000_000n + BigInt((m[2] ?? "").padEnd(9, "0"));
}

/**
 * Levels as the venue's texts, with the numbers already read from them: price i at `numbers[2 * i]`,
 * its size at `numbers[2 * i + 1]`. GuardedBook uses them instead of reading each text again.
 */
export type NumberedTextLevels = [string, string][] & { numbers: number[] };

/**
 * Book levels `[price, size, ...]` as the venue's own decimal strings (extra elements ignored), with
 * their numbers beside them (see NumberedTextLevels).
 */
export function textLevels(value: unknown, what: string): NumberedTextLevels {
  const rows = list(value, what);
  const out = new Array(rows.length) as NumberedTextLevels;
  const numbers: number[] = new Array(2 * rows.length);
  out.numbers = numbers;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length < 2) {
      throw new MalformedFrame(`${what}[${i}]: expected [price, size]`);
    }
    const price = row[0];
    const size = row[1];
    // decimalText's checks, each number converted once.
    const p = typeof price === "string" ? parseDecimal(price) : NaN;
    if (!Number.isFinite(p)) {
      throw new MalformedFrame(`${what}[${i}] price: expected a finite decimal string`);
    }
    const q = typeof size === "string" ? parseDecimal(size) : NaN;
    if (!Number.isFinite(q)) throw new MalformedFrame(`${what}[${i}] size: expected a finite decimal string`);
    if (!(p > 0) || q < 0) throw new MalformedFrame(`${what}[${i}]: bad price or size`);
    out[i] = [price as string, size as string];
    numbers[2 * i] = p;
    numbers[2 * i + 1] = q;
  }
  return out;
}

/**
 * JSON.parse that keeps every number as its exact source text ("0.10000000", "17843232920108168701"),
 * for venues that send checksummed or huge values as JSON numbers. Uses the reviver's source-text
 * access (V8 ≥ 11.4), so it costs one callback per value, not a second parser.
 */
export function parseNumbersAsText(frame: string): unknown {
  return JSON.parse(
    frame,
    (_key, value, context?: { source?: string }) =>
      typeof value === "number" && context?.source !== undefined ? context.source : value,
  );
}
