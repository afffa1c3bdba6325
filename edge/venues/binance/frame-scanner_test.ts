/**
 * The Binance frame scanner is a fast path that must never change a result:
 *  1. field by field, on every frame of every Binance capture, what it reads equals JSON.parse plus
 *     `+string` (and it does read nearly all of them, so the fast path is what the captures test);
 *  2. whole adapters, one with the scanner and one on JSON.parse only, replaying every capture give
 *     identical events and counters;
 *  3. the same on damaged copies (truncated, cut, corrupted, reordered keys, duplicated keys, extra
 *     whitespace, numbers respelled): malformed stays malformed and counted, nothing throws, and any
 *     frame the scanner accepts is valid JSON.
 */
import assert from "node:assert/strict";
import type { AdapterRequests } from "../adapter.ts";
import type { MarketEvent } from "../../normalize/events.ts";
import { BinanceAdapter } from "../binance.ts";
import type { BinanceVenue } from "./markets.ts";
import {
  ABSENT,
  AGG_TRADE,
  BinanceFrameScanner,
  BOOK_TICKER,
  DECIMAL_TEXT,
  DEPTH,
  FIELD,
  INTEGER,
  LEVELS,
  NONE,
  TRADE,
  UNTYPED,
} from "./frame-scanner.ts";
import { type CaptureRecord, readCapture } from "../../replay/capture-records.ts";
import { captureVenue } from "../../replay/capture-venue.ts";
import { ReplayTransport } from "../../replay/replay-transport.ts";
import { hasSharedData, sharedDataPath } from "../../replay/shared-data.ts";

const CAPTURES = [
  "exchange-captures/binance-recorded/usdm-btcusdt_20240808.gz",
  "exchange-captures/binance-recorded/usdm-ethusdt_20240808.gz",
  "exchange-captures/binance-recorded/spot-btcusdt_20240808.gz",
  "exchange-captures/binance-recorded/spot-btcusdt_20240809.gz",
  "exchange-captures/binance-recorded/spot-ethusdt_20240808.gz",
  "exchange-captures/binance-recorded/cm-btcusd_perp_20240808.gz",
  "exchange-captures/binance/binance-spot_2021-10-12.jsonl",
  "exchange-captures/binance-futures/binance-usdm-futures_2021-07-22.jsonl",
  "exchange-captures/binance-delivery/binance-coinm-delivery_2021-07-22.jsonl",
];

type Json = Record<string, unknown>;

async function records(relative: string): Promise<CaptureRecord[]> {
  const out: CaptureRecord[] = [];
  for await (const r of readCapture(sharedDataPath(relative))) {
    if (r.kind === "malformed") throw new Error(`${relative} line ${r.line}: ${r.reason}`);
    out.push(r);
  }
  return out;
}

const num = (v: unknown) => (typeof v === "string" ? +v : v);
const levels = (v: unknown) => (v as unknown[][]).map((l) => [+(l[0] as string), +(l[1] as string)]);

/** What JSON.parse says about the fields the scanner reports, in the scanner's terms. */
function expectedFields(d: Json): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (k: string, v: unknown) => v !== undefined && (out[k] = v);
  put("E", d.E);
  put("T", d.T);
  put("s", d.s);
  put("U", d.U);
  put("u", d.u);
  put("pu", d.pu);
  put("t", d.t);
  put("p", num(d.p));
  put("q", num(d.q));
  put("B", num(d.B));
  put("A", num(d.A));
  put("m", d.m);
  for (const k of ["b", "a"]) {
    const v = d[k];
    if (Array.isArray(v)) out[k] = levels(v);
    else put(k, num(v));
  }
  return out;
}

function scannedFields(sc: BinanceFrameScanner): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (sc.has(FIELD.E)) out.E = sc.eventTime;
  if (sc.has(FIELD.T)) out.T = sc.transactTime;
  if (sc.has(FIELD.s)) out.s = sc.symbol();
  if (sc.has(FIELD.U)) out.U = sc.firstId;
  if (sc.has(FIELD.u)) out.u = sc.lastId;
  if (sc.has(FIELD.pu)) out.pu = sc.prevId;
  if (sc.has(FIELD.t)) out.t = sc.tradeId;
  if (sc.has(FIELD.p)) out.p = sc.price;
  if (sc.has(FIELD.q)) out.q = sc.quantity;
  if (sc.has(FIELD.B)) out.B = sc.bidSize;
  if (sc.has(FIELD.A)) out.A = sc.askSize;
  if (sc.has(FIELD.m)) out.m = sc.buyerIsMaker;
  for (
    const [k, form, n, lv] of [["b", sc.bForm, sc.bNumber, sc.bLevels], [
      "a",
      sc.aForm,
      sc.aNumber,
      sc.aLevels,
    ]] as const
  ) {
    if (form === LEVELS) out[k] = lv;
    else if (form === DECIMAL_TEXT || form === INTEGER) out[k] = n;
    else assert.equal(form, ABSENT);
  }
  return out;
}

const KIND_OF: Record<string, number> = {
  depthUpdate: DEPTH,
  trade: TRADE,
  aggTrade: AGG_TRADE,
  bookTicker: BOOK_TICKER,
};

for (const relative of CAPTURES) {
  Deno.test({
    name: `scanner == JSON.parse on every frame of ${relative.split("/").pop()}`,
    ignore: !hasSharedData(relative),
    fn: async () => {
      const sc = new BinanceFrameScanner();
      let frames = 0;
      let scanned = 0;
      let readable = 0;
      for (const r of await records(relative)) {
        if (r.kind === "http") {
          const j = JSON.parse(r.msg) as Json;
          assert.ok(sc.scanSnapshot(r.msg), "REST snapshot read by the scanner");
          assert.equal(sc.lastUpdateId, j.lastUpdateId);
          assert.deepEqual(sc.bids, levels(j.bids));
          assert.deepEqual(sc.asks, levels(j.asks));
          if (j.E !== undefined) assert.equal(sc.eventTime, j.E);
          if (j.T !== undefined) assert.equal(sc.transactTime, j.T);
          continue;
        }
        if (r.kind !== "recv") continue;
        frames++;
        const j = JSON.parse(r.msg) as Json;
        const d = j.data as Json | undefined;
        const kind = sc.scan(r.msg);
        const expectedKind = d === undefined
          ? NONE
          : d.e === undefined
          ? UNTYPED
          : KIND_OF[d.e as string] ?? NONE;
        if (expectedKind !== NONE) readable++;
        if (kind === NONE) continue;
        scanned++;
        assert.equal(kind, expectedKind, r.msg.slice(0, 120));
        assert.deepEqual(scannedFields(sc), expectedFields(d!), r.msg.slice(0, 120));
      }
      assert.ok(frames > 0);
      // Every depth/trade/aggTrade/bookTicker frame of the captures takes the fast path.
      assert.equal(scanned, readable, `${scanned} of ${readable} readable frames scanned`);
    },
  });

  Deno.test({
    name: `adapter with scanner == adapter on JSON.parse only, replaying ${relative.split("/").pop()}`,
    ignore: !hasSharedData(relative),
    fn: async () => {
      const all = await records(relative);
      const venue = captureVenue(sharedDataPath(relative)) as BinanceVenue;
      const run = async (scanner: boolean) => {
        const events: MarketEvent[] = [];
        const transport = new ReplayTransport();
        const adapter = new BinanceAdapter(venue, { sink: (e) => events.push(e), requests: transport }, {
          scanner,
        });
        await transport.run(
          (async function* () {
            yield* all;
          })(),
          adapter,
        );
        return { events, stats: adapter.stats(), tops: adapter.topOfBooks() };
      };
      const fast = await run(true);
      const slow = await run(false);
      assert.ok(fast.events.length > 0);
      assert.equal(fast.stats.malformed, 0);
      assert.deepEqual(fast.stats, slow.stats);
      assert.deepEqual(fast.tops, slow.tops);
      assert.equal(fast.events.length, slow.events.length);
      for (let i = 0; i < fast.events.length; i++) {
        assert.deepEqual(fast.events[i], slow.events[i], `event ${i}`);
      }
    },
  });
}

// ---- damaged frames ----

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const JUNK = [
  '"',
  ",",
  "]",
  "}",
  "{",
  "[",
  ":",
  "0",
  "9",
  ".",
  "-",
  "e",
  "E",
  "+",
  " ",
  "\n",
  "\\",
  "x",
  "\u0001",
  "n",
  "t",
];

function shuffleKeys(v: unknown, r: () => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shuffleKeys(x, r));
  if (typeof v !== "object" || v === null) return v;
  const entries = Object.entries(v as Json).map(([k, x]) => [k, shuffleKeys(x, r)] as const);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [entries[i], entries[j]] = [entries[j], entries[i]];
  }
  return Object.fromEntries(entries);
}

/** One damaged or respelled copy of a frame. */
function damage(frame: string, r: () => number): string {
  const at = Math.floor(r() * frame.length);
  switch (Math.floor(r() * 12)) {
    case 0: // truncated
      return frame.slice(0, at);
    case 1: // one character cut
      return frame.slice(0, at) + frame.slice(at + 1);
    case 2: // one character replaced
      return frame.slice(0, at) + JUNK[Math.floor(r() * JUNK.length)] + frame.slice(at + 1);
    case 3: // one character inserted
      return frame.slice(0, at) + JUNK[Math.floor(r() * JUNK.length)] + frame.slice(at);
    case 4: // keys reordered (still valid JSON)
      return JSON.stringify(shuffleKeys(JSON.parse(frame), r));
    case 5: // pretty-printed (still valid JSON)
      return JSON.stringify(JSON.parse(frame), null, r() < 0.5 ? 1 : "\t");
    case 6: { // a key repeated with another value
      const k = [
        '"s":"ETHUSDT",',
        '"u":1,',
        '"b":[],',
        '"e":"trade",',
        '"m":true,',
        '"p":"1.5",',
        '"T":7,',
      ][Math.floor(r() * 7)];
      return frame.replace('"data":{', `"data":{${k}`);
    }
    case 7: // number strings respelled as JSON numbers, or the other way round
      return r() < 0.5
        ? frame.replace(/"(\d+\.\d+)"/, "$1")
        : frame.replace(/"(u|T|E|t)":(\d+)/, '"$1":"$2"');
    case 8: // odd decimals: exponent, sign, leading dot, empty, huge
      return frame.replace(
        /"\d+\.\d+"/,
        [
          '"1e3"',
          '"-1.0"',
          '".5"',
          '""',
          '"1."',
          `"${"9".repeat(30)}.5"`,
          '"0.0"',
          '" 1"',
        ][Math.floor(r() * 8)],
      );
    case 9: // ids respelled: fraction, exponent, negative, huge
      return frame.replace(
        /"(u|U|pu|t|T|E|lastUpdateId)":(\d+)/,
        `"$1":${["$2.0", "$2e0", "-$2", "1$2000000000", "0$2", "null", "true"][Math.floor(r() * 7)]}`,
      );
    case 10: // trailing garbage or a second document
      return frame + [" ", "x", "{}", "\n", ","][Math.floor(r() * 5)];
    default: // an escape inside a string
      return frame.replace('"BTCUSDT"', '"BTC\\u0055SDT"').replace('"btcusdt', '"btc\\/usdt');
  }
}

for (
  const [relative, seed] of [
    ["exchange-captures/binance-recorded/usdm-btcusdt_20240808.gz", 1],
    ["exchange-captures/binance-recorded/spot-btcusdt_20240808.gz", 2],
    ["exchange-captures/binance-recorded/cm-btcusd_perp_20240808.gz", 3],
  ] as const
) {
  Deno.test({
    name: `damaged frames of ${
      relative.split("/").pop()
    }: scanner and JSON.parse paths agree, nothing throws`,
    ignore: !hasSharedData(relative),
    fn: async () => {
      const r = rng(seed);
      const all = (await records(relative)).slice(0, 12_000);
      const venue = captureVenue(sharedDataPath(relative)) as BinanceVenue;
      const damaged = all.map((rec) =>
        (rec.kind === "recv" || rec.kind === "http") && r() < 0.25 ? { ...rec, msg: damage(rec.msg, r) } : rec
      );
      const sc = new BinanceFrameScanner();
      let accepted = 0;
      for (const rec of damaged) {
        if (rec.kind === "recv" && sc.scan(rec.msg) !== NONE) {
          accepted++;
          assert.doesNotThrow(
            () => JSON.parse(rec.msg),
            `scanner accepted invalid JSON: ${rec.msg.slice(0, 200)}`,
          );
        }
        if (rec.kind === "http" && sc.scanSnapshot(rec.msg)) JSON.parse(rec.msg);
      }
      assert.ok(accepted > 0);
      const run = (scanner: boolean) => {
        const events: MarketEvent[] = [];
        let key = "";
        const requests: AdapterRequests = {
          send() {},
          reconnect() {},
          reportError() {},
          requestSnapshot: (k) => (key = k),
        };
        const adapter = new BinanceAdapter(venue, { sink: (e) => events.push(e), requests }, { scanner });
        for (const rec of damaged) {
          if (rec.kind === "connect") adapter.onOpen(rec.conn);
          else if (rec.kind === "http") adapter.onSnapshot(key, rec.msg, rec.timeNs);
          else if (rec.kind === "recv") adapter.onFrame(rec.conn, rec.msg, rec.timeNs);
        }
        return { events, stats: adapter.stats() };
      };
      const fast = run(true);
      const slow = run(false);
      assert.ok(fast.stats.malformed > 0, "the damage produced malformed frames");
      assert.deepEqual(fast.stats, slow.stats);
      assert.equal(fast.events.length, slow.events.length);
      for (let i = 0; i < fast.events.length; i++) {
        assert.deepEqual(fast.events[i], slow.events[i], `event ${i}`);
      }
    },
  });
}

Deno.test("scanner: decimal strings convert exactly as Number() does", () => {
  const sc = new BinanceFrameScanner();
  const r = rng(9);
  const cases = [
    "0",
    "0.0",
    "00.10",
    "1",
    "0.1",
    "0.3",
    "61800.30",
    "0.00000001",
    "123456789012345",
    "1234567890123456",
    "9007199254740993",
    "12345678901234567890",
    "0.1000000000000000000000001",
    "99999999999999999999.99",
    "3.14159265358979323846",
    "0." + "0".repeat(21) + "1",
    "0." + "0".repeat(30) + "7",
  ];
  for (let i = 0; i < 20_000; i++) {
    const int = String(Math.floor(r() * 10 ** Math.floor(r() * 12)));
    const frac = r() < 0.8
      ? "." + String(Math.floor(r() * 10 ** 9)).padStart(Math.floor(r() * 12) + 1, "0")
      : "";
    cases.push(int + frac);
  }
  for (const c of cases) {
    const frame = `{"data":{"e":"trade","s":"X","t":1,"p":"${c}","q":"${c}","T":1,"m":true}}`;
    assert.equal(sc.scan(frame), TRADE, c);
    assert.ok(Object.is(sc.price, Number(c)), `${c}: ${sc.price} vs ${Number(c)}`);
  }
});

Deno.test("scanner: ids convert exactly as JSON.parse does; beyond 2^53 they are left to it", () => {
  const sc = new BinanceFrameScanner();
  const r = rng(5);
  const cases = [
    "0",
    "7",
    "123456789",
    "1234567890",
    "999999999999999",
    "1000000000000000",
    "9007199254740991",
    "9007199254740992",
    "9999999999999999",
    "12345678901234567",
  ];
  for (let i = 0; i < 20_000; i++) cases.push(String(Math.floor(r() * 10 ** Math.floor(1 + r() * 16))));
  for (const c of cases) {
    const frame = `{"data":{"e":"trade","s":"X","t":${c},"p":"1","q":"1","T":1,"m":true}}`;
    const expected = JSON.parse(frame).data.t as number;
    if (sc.scan(frame) === TRADE) {
      assert.ok(Number.isSafeInteger(expected), c);
      assert.equal(sc.tradeId, expected, c);
    } else assert.ok(!Number.isSafeInteger(expected), `${c} is safe but was not read`);
  }
});
