import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Bar, Trade, TradeSide } from "./bar.ts";
import { BarAggregator, type BarEvent } from "./bar-aggregator.ts";
import { BarResampler } from "./bar-resampler.ts";
import { haveSharedData, sharedDataPath } from "./shared-data.ts";
import { MarketBars } from "./market-bars.ts";
import { SymbolBars } from "./symbol-bars.ts";
import { parseTimeframe } from "./timeframe.ts";
import { readTradeFile } from "./trade-file.ts";

const S = 1_000_000_000n;
const trade = (sec: number, price: number, size: number, side: TradeSide = "buy", id = `${sec}`): Trade => ({
  venue: "binance",
  symbol: "XRP/ETH",
  timeNs: BigInt(Math.round(sec * 1000)) * 1_000_000n,
  price,
  size,
  side,
  tradeId: id,
});

function collect(tf: string, options = {}) {
  const events: BarEvent[] = [];
  const agg = new BarAggregator("binance", "XRP/ETH", parseTimeframe(tf), (e) => events.push(e), options);
  const closed = () => events.filter((e) => e.kind === "closed").map((e) => (e as { bar: Bar }).bar);
  return { agg, events, closed };
}

describe("BarAggregator", () => {
  it("builds OHLCV, VWAP, trade count and buy/sell volume and closes on the watermark", () => {
    const { agg, closed } = collect("1m");
    agg.addTrade(trade(60, 10, 1, "buy"));
    agg.addTrade(trade(70, 12, 2, "sell"));
    agg.addTrade(trade(80, 9, 1, "unknown"));
    agg.addTrade(trade(119.999, 11, 4, "buy"));
    expect(closed()).toHaveLength(0);
    agg.advance(120n * S);
    const [bar] = closed();
    expect(bar).toMatchObject({ openTimeNs: 60n * S, closeTimeNs: 120n * S, open: 10, high: 12, low: 9, close: 11, volume: 8, tradeCount: 4, buyVolume: 5, sellVolume: 2, revision: 0 });
    expect(bar.vwap).toBeCloseTo((10 + 24 + 9 + 44) / 8, 12);
  });

  it("fills minutes without trades with zero-volume bars at the previous close, or not when disabled", () => {
    const filled = collect("1m");
    filled.agg.addTrade(trade(0, 5, 1));
    filled.agg.addTrade(trade(200, 7, 1));
    expect(filled.closed().map((b) => [Number(b.openTimeNs / S), b.open, b.close, b.volume])).toEqual([[0, 5, 5, 1], [60, 5, 5, 0], [120, 5, 5, 0]]);
    expect(filled.closed()[1].vwap).toBeNaN();
    const clocked = collect("1m");
    clocked.agg.addTrade(trade(0, 5, 1));
    clocked.agg.advance(130n * S);
    expect(clocked.closed().map((b) => Number(b.openTimeNs / S))).toEqual([0, 60]);
    clocked.agg.addTrade(trade(200, 7, 1));
    clocked.agg.advance(240n * S);
    expect(clocked.closed().map((b) => [Number(b.openTimeNs / S), b.close])).toEqual([[0, 5], [60, 5], [120, 5], [180, 7]]);
    const capped = collect("1m", { maxFillBars: 2 });
    capped.agg.addTrade(trade(0, 5, 1));
    capped.agg.advance(600n * S);
    capped.agg.advance(660n * S);
    expect(capped.closed()).toHaveLength(1);
    expect(capped.agg.stats.gapsNotFilled).toBe(1);
    const gappy = collect("1m", { fillEmpty: false });
    gappy.agg.addTrade(trade(0, 5, 1));
    gappy.agg.addTrade(trade(200, 7, 1));
    expect(gappy.closed()).toHaveLength(1);
  });

  it("closes and fills exactly once when the watermark creeps through a period before crossing it", () => {
    const { agg, closed } = collect("1m");
    agg.addTrade(trade(60, 10, 1));
    for (let s = 61; s < 120; s += 7) agg.advance(BigInt(s) * S);
    expect(closed()).toHaveLength(0);
    agg.addTrade(trade(110, 11, 1));
    expect(agg.openBar()).toMatchObject({ openTimeNs: 60n * S, close: 11, tradeCount: 2 });
    for (let s = 120; s < 300; s += 13) agg.advance(BigInt(s) * S);
    expect(closed().map((b) => [Number(b.openTimeNs / S), b.open, b.close, b.volume])).toEqual([[60, 10, 11, 2], [120, 11, 11, 0], [180, 11, 11, 0]]);
    agg.addTrade(trade(299, 12, 1));
    agg.advance(300n * S);
    expect(closed().map((b) => [Number(b.openTimeNs / S), b.close, b.volume]).slice(3)).toEqual([[240, 12, 1]]);
  });

  it("places out-of-order trades in the open bar by venue time", () => {
    const { agg, closed } = collect("1m");
    agg.addTrade(trade(10, 2, 1));
    agg.addTrade(trade(5, 1, 1));
    agg.addTrade(trade(30, 3, 1));
    agg.addTrade(trade(20, 4, 1));
    agg.advance(60n * S);
    expect(closed()[0]).toMatchObject({ open: 1, close: 3, high: 4, low: 1, volume: 4 });
  });

  it("amends the just-closed bar within grace and reports later trades as late, never dropping them silently", () => {
    const { agg, events } = collect("1m", { graceNs: 2n * S });
    agg.addTrade(trade(10, 2, 1));
    agg.addTrade(trade(61, 3, 1));
    agg.addTrade(trade(59, 1, 5, "sell"));
    const amended = events.find((e) => e.kind === "amended");
    expect(amended && amended.kind === "amended" && amended.bar).toMatchObject({ openTimeNs: 0n, low: 1, close: 1, volume: 6, sellVolume: 5, revision: 1 });
    agg.addTrade(trade(62.5, 3, 1));
    agg.addTrade(trade(58, 9, 1));
    expect(events.at(-1)).toMatchObject({ kind: "late", timeframe: "1m" });
    expect(agg.stats).toMatchObject({ amendments: 1, lateBeyondGrace: 1, trades: 5 });
  });

  it("counts and skips trades with a bad price or size", () => {
    const { agg } = collect("1m");
    agg.addTrade(trade(1, Number.NaN, 1));
    agg.addTrade(trade(1, -1, 1));
    agg.addTrade(trade(1, 1, Number.POSITIVE_INFINITY));
    expect(agg.stats.rejected).toBe(3);
    expect(agg.openBar()).toBeUndefined();
  });
});

describe("SymbolBars", () => {
  it("delivers bars closing together longest timeframe first, then in close-time order", () => {
    const got: string[] = [];
    const bars = new SymbolBars("binance", "XRP/ETH", (e) => e.kind === "closed" && got.push(`${e.bar.timeframe}@${e.bar.closeTimeNs / S}`), ["1m", "5m"]);
    bars.addTrade(trade(230, 1, 1));
    bars.addTrade(trade(301, 1, 1));
    bars.advance(420n * S);
    expect(got).toEqual(["1m@240", "5m@300", "1m@300", "1m@360", "1m@420"]);
  });
});

describe("MarketBars", () => {
  it("keeps bars per venue and symbol, closes quiet symbols on the clock and sums counters", () => {
    const got: string[] = [];
    const market = new MarketBars((e) => e.kind === "closed" && got.push(`${e.bar.venue}:${e.bar.symbol}:${e.bar.timeframe}@${e.bar.closeTimeNs / S}`), ["1m"]);
    market.onTrade(trade(1, 1, 1));
    market.onTrade({ ...trade(2, 5, 1), venue: "okx" });
    market.onTrade({ ...trade(3, 5, 1), symbol: "BTC/ETH" });
    market.advance(120n * S);
    market.onTrade(trade(10, 1, 1));
    expect(got.sort()).toEqual(["binance:BTC/ETH:1m@120", "binance:BTC/ETH:1m@60", "binance:XRP/ETH:1m@120", "binance:XRP/ETH:1m@60", "okx:XRP/ETH:1m@120", "okx:XRP/ETH:1m@60"]);
    expect(market.stats()).toMatchObject({ trades: 4, lateBeyondGrace: 1 });
  });
});

describe("trades → Binance candles (XRP/ETH, 2019-10-11..13)", () => {
  const tradesFile = "ticks/binance_XRP-ETH_trades_2019-10-11_13.csv";
  for (const tf of ["1m", "5m"]) {
    const candleFile = `candles/binance_XRP-ETH_${tf}_2019-10-11_13.csv`;
    it.skipIf(!haveSharedData(tradesFile, candleFile))(`reproduces every ${tf} candle's OHLCV exactly`, async () => {
      const { agg, closed } = collect(tf);
      const stats = { rows: 0, skipped: 0 };
      for await (const t of readTradeFile(sharedDataPath(tradesFile), "binance", "XRP/ETH", stats)) agg.addTrade(t);
      agg.advance(agg.watermark + agg.timeframe.durationNs);
      expect(stats).toEqual({ rows: 12_477, skipped: 0 });
      const rows = readFileSync(sharedDataPath(candleFile), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
      const built = closed().map((b) => [String(b.openTimeNs / 1_000_000n), b.open, b.high, b.low, b.close, b.volume]);
      const exchange = rows.map((r) => [r[0], +r[2], +r[3], +r[4], +r[5], +r[6]]);
      expect(built).toEqual(exchange);
      expect(exchange.some((r) => r[5] === 0)).toBe(true);
    });
  }

  it.skipIf(!haveSharedData(tradesFile, "candles/binance_XRP-ETH_5m_2019-10-11_13.csv"))("resamples trade-built 1m bars into the exchange's 5m candles", async () => {
    const fives: Bar[] = [];
    const resampler = new BarResampler(parseTimeframe("5m"), (b) => fives.push(b));
    const { agg, closed } = collect("1m");
    for await (const t of readTradeFile(sharedDataPath(tradesFile), "binance", "XRP/ETH")) agg.addTrade(t);
    agg.advance(agg.watermark + 5n * 60n * S);
    for (const bar of closed()) resampler.add(bar);
    const rows = readFileSync(sharedDataPath("candles/binance_XRP-ETH_5m_2019-10-11_13.csv"), "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
    expect(fives.map((b) => [String(b.openTimeNs / 1_000_000n), b.open, b.high, b.low, b.close])).toEqual(rows.map((r) => [r[0], +r[2], +r[3], +r[4], +r[5]]));
    rows.forEach((r, i) => expect(fives[i].volume).toBeCloseTo(+r[6], 6));
  });
});
