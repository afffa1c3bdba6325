/**
 * Strict readers for fields of parsed venue frames.
 *
 * Venue frames are untrusted input on the hot path: a schema library per frame costs more than the
 * parse itself, so adapters read fields through these small checks instead. Every check throws
 * `MalformedFrame`, which an adapter's `onFrame` turns into one counted skip, so a wrong type, an empty
 * or non-decimal number string or an overflowing value never becomes a NaN/0 inside a book.
 */

export class MalformedFrame extends Error {
  override readonly name = "MalformedFrame";
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

const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A finite number from a decimal string (or a JSON number); "", "abc", "1e999" are malformed. */
export function decimal(value: unknown, what: string): number {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new MalformedFrame(`${what}: not a finite number`);
    return value;
  }
  if (typeof value !== "string" || !DECIMAL.test(value)) {
    throw new MalformedFrame(`${what}: expected a decimal string`);
  }
  const n = Number(value);
  if (!Number.isFinite(n)) throw new MalformedFrame(`${what}: out of range`);
  return n;
}

/** Like `decimal`, but an absent or empty field (venues send "" for "not applicable") is NaN. */
export function optionalDecimal(value: unknown, what: string): number {
  return value === undefined || value === "" ? NaN : decimal(value, what);
}

/** A decimal string kept as text (checksums need the venue's own spelling). */
export function decimalText(value: unknown, what: string): string {
  if (typeof value !== "string" || !DECIMAL.test(value) || !Number.isFinite(Number(value))) {
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

const SECONDS_TEXT = /^(\d{1,12})(?:\.(\d{1,9}))?$/;

/** Epoch seconds with a decimal fraction ("1618678133.365913") → exact ns, no float rounding. */
export function secondsTextToNs(value: unknown, what: string): bigint {
  const m = typeof value === "string" ? SECONDS_TEXT.exec(value) : null;
  if (!m) throw new MalformedFrame(`${what}: expected epoch seconds`);
  return BigInt(m[1]) * 1_000_000_000n + BigInt((m[2] ?? "").padEnd(9, "0"));
}

const RFC3339 = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/;

/** RFC 3339 UTC time ("2023-09-25T09:04:31.742599Z") → exact ns. */
export function isoToNs(value: unknown, what: string): bigint {
  const m = typeof value === "string" ? RFC3339.exec(value) : null;
  const ms = m ? Date.parse(`${m[1]}Z`) : NaN;
  if (!m || Number.isNaN(ms)) throw new MalformedFrame(`${what}: expected an RFC 3339 UTC time`);
  return BigInt(ms) * 1_000_000n + BigInt((m[2] ?? "").padEnd(9, "0"));
}

/** Book levels `[price, size, ...]` as the venue's own decimal strings (extra elements ignored). */
export function textLevels(value: unknown, what: string): [string, string][] {
  const rows = list(value, what);
  const out: [string, string][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length < 2) {
      throw new MalformedFrame(`${what}[${i}]: expected [price, size]`);
    }
    const price = decimalText(row[0], `${what}[${i}] price`);
    const size = decimalText(row[1], `${what}[${i}] size`);
    if (!(Number(price) > 0) || Number(size) < 0) {
      throw new MalformedFrame(`${what}[${i}]: bad price or size`);
    }
    out[i] = [price, size];
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
