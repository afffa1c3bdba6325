/**
 * Test-only: the checks every venue's frame scanner must pass, shared by the venues' *_test.ts files.
 *  - adapters with and without the scanner, fed the same records (a whole capture, or damaged copies
 *    of its frames), give identical events, stats, requests and tops of book;
 *  - damaged frames: truncated, cut mid-number, digits replaced by garbage, keys duplicated, values
 *    retyped, huge numbers, garbage bytes. Nothing throws, malformed stays malformed.
 */
import assert from "node:assert/strict";
import type { AdapterOptions, VenueAdapter } from "./adapter.ts";
import type { MarketEvent } from "../normalize/events.ts";
import type { CaptureRecord } from "../replay/capture-records.ts";
import { rng } from "../book/book-test-kit.ts";
import { ReplayTransport } from "../replay/replay-transport.ts";

export type ScannerAdapterFactory = (options: AdapterOptions, scanner: boolean) => VenueAdapter;

/** Replays `records` into one adapter built with or without its scanner. */
export async function replayWith(
  make: ScannerAdapterFactory,
  records: readonly CaptureRecord[],
  scanner: boolean,
) {
  const events: MarketEvent[] = [];
  const transport = new ReplayTransport();
  const adapter = make({ sink: (e) => events.push(e), requests: transport }, scanner);
  await transport.run(
    (async function* () {
      yield* records;
    })(),
    adapter,
  );
  return { events, stats: adapter.stats(), tops: adapter.topOfBooks() };
}

/** The two adapters agree on every event, every counter and every top of book. */
export async function assertSameReplay(make: ScannerAdapterFactory, records: readonly CaptureRecord[]) {
  const fast = await replayWith(make, records, true);
  const slow = await replayWith(make, records, false);
  assert.deepEqual(fast.stats, slow.stats);
  assert.deepEqual(fast.tops, slow.tops);
  assert.equal(fast.events.length, slow.events.length);
  for (let i = 0; i < fast.events.length; i++) assert.deepEqual(fast.events[i], slow.events[i], `event ${i}`);
  return fast;
}

/** Damaged copies of one frame, each a different kind of fault. */
export function damaged(frame: string, seed: number): string[] {
  const rand = rng(seed);
  const at = (n: number) => Math.floor(rand() * n);
  const out: string[] = [];
  const n = frame.length;
  out.push(frame.slice(0, at(n))); // truncated
  out.push(frame + "x", frame + " ]", frame + "\u00e9"); // trailing garbage, non-ASCII
  // Cut mid-number: just after a digit.
  const digits = [...frame.matchAll(/\d/g)].map((m) => m.index!);
  if (digits.length > 0) {
    const d = digits[at(digits.length)];
    out.push(frame.slice(0, d + 1));
    out.push(frame.slice(0, d) + "x" + frame.slice(d + 1)); // a digit turned into garbage
    out.push(frame.slice(0, d) + "-" + frame.slice(d)); // a sign
    out.push(frame.slice(0, d) + "1e400" + frame.slice(d + 1)); // huge
    out.push(frame.slice(0, d) + "9".repeat(330) + frame.slice(d + 1)); // huge digits
  }
  // A string value retyped: "x" → x, "x" → 7, "x" → null, "x" → [] and {}.
  const strings = [...frame.matchAll(/:"([^"\\]*)"/g)];
  if (strings.length > 0) {
    const m = strings[at(strings.length)];
    const from = m.index! + 1;
    const to = from + m[0].length - 1;
    for (const v of [m[1], "7", "null", "[]", "{}", '"\\u0041"', '""']) {
      out.push(frame.slice(0, from) + v + frame.slice(to));
    }
  }
  // A number value retyped to a string, a float, a negative.
  const numbers = [...frame.matchAll(/:(-?\d+)([,}])/g)];
  if (numbers.length > 0) {
    const m = numbers[at(numbers.length)];
    const from = m.index! + 1;
    const to = from + m[1].length;
    for (const v of [`"${m[1]}"`, `${m[1]}.5`, `-${m[1]}`, "1e400", "true"]) {
      out.push(frame.slice(0, from) + v + frame.slice(to));
    }
  }
  // A key duplicated: `"k":v,` → `"k":v,"k":v,` for the first member of the frame's object.
  const key = /^\{("[^"]+":("[^"]*"|-?\d+|true|false|null)),/.exec(frame);
  if (key) out.push(`{${key[1]},${frame.slice(1)}`);
  // Every top-level key renamed in turn, and a level's texts swapped for numbers.
  out.push(frame.replace(/\["(\d+\.?\d*)","/, '[$1,"'));
  out.push(frame.replace(/\["(\d+\.?\d*)",/, '["0",'));
  out.push(frame.replace(/\[\[/, "[[[]],["));
  // A garbage byte anywhere, and whitespace anywhere (valid JSON where between tokens).
  const p = at(n);
  out.push(frame.slice(0, p) + "\u0001" + frame.slice(p));
  out.push(frame.slice(0, p) + " " + frame.slice(p));
  out.push(frame.replace(/,/g, " ,\n\t"));
  return out;
}

/**
 * Every frame of `records` with its damaged copies inserted right after it: the adapters see valid
 * traffic around each fault, as on a live feed that turns bad.
 */
export function withDamage(records: readonly CaptureRecord[], every = 1): CaptureRecord[] {
  const out: CaptureRecord[] = [];
  let k = 0;
  for (const r of records) {
    out.push(r);
    if (r.kind !== "recv" || k++ % every !== 0) continue;
    for (const msg of damaged(r.msg, k)) out.push({ ...r, msg });
  }
  return out;
}

/** Any frame the scanner accepted is valid JSON (what JSON.parse refuses is never read as data). */
export function assertAcceptedIsJson(scan: (frame: string) => boolean, frames: readonly string[]): number {
  let accepted = 0;
  for (const f of frames) {
    if (!scan(f)) continue;
    accepted++;
    assert.doesNotThrow(() => JSON.parse(f), f.slice(0, 200));
  }
  return accepted;
}

/**
 * The frame with every object's keys in reverse order (same values, compact): a scanner that reads a
 * value once a sibling key says how must read it the same when that key comes after it.
 */
export function reversedKeys(frame: string): string {
  const reverse = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reverse);
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverse(v)]));
  };
  return JSON.stringify(reverse(JSON.parse(frame)));
}
