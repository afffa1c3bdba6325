/**
 * The no-lookahead guarantee, tested the hard way: recompute every vector after perturbing ALL data stamped
 * at or after a bar's close (trade prices, sizes, sides, times; book quotes; and so every higher-timeframe
 * bar that would include them) and require the vectors up to that close to be bit-identical.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Trade } from "../bars/bar.ts";
import { haveSharedData, sharedDataPath } from "../bars/shared-data.ts";
import { readTradeFile } from "../bars/trade-file.ts";
import type { BookView } from "./book-state.ts";
import { featureLayout, type LayoutConfig } from "./feature-layout.ts";
import { FeatureUniverse } from "./feature-universe.ts";

type Event = { timeNs: bigint; trade: Trade } | { timeNs: bigint; symbol: string; book: BookView };

function top(bid: number, bidSize: number, ask: number, askSize: number): BookView {
  return { bids: { prices: [bid], sizes: [bidSize] }, asks: { prices: [ask], sizes: [askSize] } };
}

async function loadTrades(file: string, symbol: string): Promise<Event[]> {
  const events: Event[] = [];
  for await (const trade of readTradeFile(sharedDataPath(file), "binance-usdm", symbol)) events.push({ timeNs: trade.timeNs, trade });
  return events;
}

function loadBbo(file: string, symbol: string): Event[] {
  return readFileSync(sharedDataPath(file), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => {
      const c = line.split(",");
      return { timeNs: BigInt(c[1]) * 1_000_000n, symbol, book: top(+c[4], +c[5], +c[6], +c[7]) };
    });
}

function run(events: readonly Event[], config: LayoutConfig, reference?: string): Map<string, Float64Array> {
  const vectors = new Map<string, Float64Array>();
  const universe = new FeatureUniverse(featureLayout(config), (row) => vectors.set(`${row.bar.symbol}@${row.bar.closeTimeNs}`, row.vector), { reference });
  const sorted = [...events].sort((a, b) => (a.timeNs < b.timeNs ? -1 : a.timeNs > b.timeNs ? 1 : 0));
  for (const e of sorted) {
    if ("trade" in e) universe.onTrade(e.trade);
    else universe.onBook(e.symbol, e.timeNs, e.book);
  }
  universe.advance(sorted.at(-1)!.timeNs + 3_600_000_000_000n);
  return vectors;
}

/** Deterministic pseudo-random numbers so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Changes everything stamped at or after `cutNs`: values, sides, times (shifted later, some reordered). */
function perturbAfter(events: readonly Event[], cutNs: bigint, seed: number): Event[] {
  const r = rng(seed);
  return events.map((e) => {
    if (e.timeNs < cutNs) return e;
    const timeNs = e.timeNs + BigInt(Math.floor(r() * 5_000)) * 1_000_000n;
    if ("trade" in e) {
      const side = r() < 0.5 ? "buy" : "sell";
      return { timeNs, trade: { ...e.trade, timeNs, price: e.trade.price * (1 + (r() - 0.5) * 0.02), size: e.trade.size * (0.5 + 2 * r()), side } };
    }
    const bid = e.book.bids.prices[0] * (1 - r() * 0.001);
    return { timeNs, symbol: e.symbol, book: top(bid, 10 * r(), bid * (1 + 0.0001 + r() * 0.001), 10 * r()) };
  });
}

const bits = (v: Float64Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("hex");

function checkCut(full: Map<string, Float64Array>, perturbed: Map<string, Float64Array>, cutNs: bigint) {
  let before = 0;
  let changedAfter = 0;
  for (const [key, vector] of full) {
    const closeNs = BigInt(key.split("@")[1]);
    const other = perturbed.get(key);
    if (closeNs <= cutNs) {
      expect(other, key).toBeDefined();
      expect(bits(other!), key).toBe(bits(vector));
      before++;
    } else if (other === undefined || bits(other) !== bits(vector)) {
      changedAfter++;
    }
  }
  return { before, changedAfter };
}

const finiteShare = (v: Float64Array) => v.filter(Number.isFinite).length / v.length;

describe("features never use data from after their bar's close", () => {
  const btc = ["ticks/binance-futures_BTCUSDT_20240808_trades.csv", "ticks/binance-futures_BTCUSDT_20240808_bbo.csv"];
  const eth = ["ticks/binance-futures_ETHUSDT_20240808_trades.csv", "ticks/binance-futures_ETHUSDT_20240808_bbo.csv"];

  it.skipIf(!haveSharedData(...btc, ...eth))("1s vectors with book, trade flow and a BTC reference (Binance futures, 2024-08-08)", async () => {
    const events = [
      ...(await loadTrades(btc[0], "BTC/USDT:USDT")),
      ...loadBbo(btc[1], "BTC/USDT:USDT"),
      ...(await loadTrades(eth[0], "ETH/USDT:USDT")),
      ...loadBbo(eth[1], "ETH/USDT:USDT"),
    ];
    const config = { baseTimeframe: "1s" };
    const full = run(events, config, "BTC/USDT:USDT");
    const start = events.reduce((m, e) => (e.timeNs < m ? e.timeNs : m), events[0].timeNs);
    for (const [i, offsetS] of [150n, 240n, 301n].entries()) {
      const cutNs = ((start / 1_000_000_000n) + offsetS) * 1_000_000_000n;
      const at = full.get(`ETH/USDT:USDT@${cutNs}`)!;
      expect(finiteShare(at)).toBeGreaterThan(0.7);
      const { before, changedAfter } = checkCut(full, run(perturbAfter(events, cutNs, i + 1), config, "BTC/USDT:USDT"), cutNs);
      expect(before).toBeGreaterThan(200);
      expect(changedAfter).toBeGreaterThan(20);
    }
  });

  const xrp = "ticks/binance_XRP-ETH_trades_2019-10-11_13.csv";
  it.skipIf(!haveSharedData(xrp))("1m vectors with 5m/15m/1h context and daily pivots (Binance XRP/ETH, 2019-10-11..13)", async () => {
    const events = await loadTrades(xrp, "XRP/ETH");
    const config = { baseTimeframe: "1m" };
    const full = run(events, config);
    // Cuts on the hour (a 5m, 15m and 1h close at once) and mid-hour, after the first full day.
    for (const [i, cutS] of [1_570_838_400n + 7_200n, 1_570_838_400n + 11_160n + 60n * 60n * 14n].entries()) {
      const cutNs = cutS * 1_000_000_000n;
      const at = full.get(`XRP/ETH@${cutNs}`)!;
      expect(finiteShare(at)).toBeGreaterThan(0.7);
      const { before, changedAfter } = checkCut(full, run(perturbAfter(events, cutNs, 10 + i), config), cutNs);
      expect(before).toBeGreaterThan(1_500);
      expect(changedAfter).toBeGreaterThan(100);
    }
  });
});
