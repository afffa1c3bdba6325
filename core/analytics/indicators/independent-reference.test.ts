/**
 * Indicators TA-Lib lacks, checked against code we did not write (`technicalindicators`) where it
 * has them, and otherwise against direct textbook formulas computed here from whole windows (no
 * streaming tricks), plus small hand-computed examples.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ti from "technicalindicators";
import type { Candle } from "../candles/candle.ts";
import { readCandles } from "../candles/read-candles.ts";
import { requireSharedCandles, SHARED_CANDLES } from "../candles/shared-data.ts";
import { batchColumns, runBatch } from "./batch.ts";
import { parseIndicator } from "./registry.ts";

const column = (request: string, field: string, candles: readonly Candle[]) => {
  const r = parseIndicator(request);
  return batchColumns(r, candles)[r.spec.outputs.length === 0 ? 0 : r.spec.outputs.indexOf(field)].values;
};

const window = (xs: readonly number[], i: number, n: number) => xs.slice(i - n + 1, i + 1);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const avg = (xs: readonly number[]) => sum(xs) / xs.length;
/** Two-pass population standard deviation. */
const stdev = (xs: readonly number[]) => {
  const m = avg(xs);
  return Math.sqrt(avg(xs.map((x) => (x - m) * (x - m))));
};

function expectClose(ours: number, ref: number, scale: number, what: string) {
  expect(Math.abs(ours - ref), `${what}: ours ${ours} vs ${ref}`).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(ref), scale));
}

const bar = (close: number, extra: Partial<Candle> = {}): Candle => ({
  timeMs: 0,
  open: close,
  high: close,
  low: close,
  close,
  volume: 1,
  ...extra,
});

describe("hand-computed examples", () => {
  const closes = [1, 2, 3, 4, 5].map((c) => bar(c));

  it("SMA(3) and EMA(3) seed and step as TA-Lib does", () => {
    expect(runBatch(parseIndicator("sma:3").spec.create([3]), closes)).toEqual([undefined, undefined, 2, 3, 4]);
    // EMA seed = SMA(1,2,3) = 2, then k = 0.5: 2 + (4−2)/2 = 3, 3 + (5−3)/2 = 4.
    expect(runBatch(parseIndicator("ema:3").spec.create([3]), closes)).toEqual([undefined, undefined, 2, 3, 4]);
    // WMA(3) at index 2: (1·1 + 2·2 + 3·3)/6 = 14/6.
    expect(runBatch(parseIndicator("wma:3").spec.create([3]), closes)[2]).toBeCloseTo(14 / 6, 15);
  });

  it("RSI(2) from gains and losses", () => {
    const xs = [10, 11, 10.5, 11.5, 11].map((c) => bar(c));
    // Seed: gains (1 + 0)/2 = 0.5, losses (0 + 0.5)/2 = 0.25 → 100·0.5/0.75.
    // Next (+1): gain (0.5 + 1)/2 = 0.75, loss 0.25/2 = 0.125 → 100·0.75/0.875.
    const out = runBatch(parseIndicator("rsi:2").spec.create([2]), xs);
    expect(out.slice(0, 2)).toEqual([undefined, undefined]);
    expect(out[2]).toBeCloseTo(100 * (0.5 / 0.75), 12);
    expect(out[3]).toBeCloseTo(100 * (0.75 / 0.875), 12);
  });

  it("OBV, Donchian and session VWAP on a few bars", () => {
    const bars = [
      bar(10, { volume: 5, high: 11, low: 9, timeMs: 0 }),
      bar(12, { volume: 3, high: 12, low: 10, timeMs: 60_000 }),
      bar(11, { volume: 2, high: 13, low: 8, timeMs: 86_400_000 }),
    ];
    expect(runBatch(parseIndicator("obv").spec.create([]), bars)).toEqual([5, 8, 6]);
    expect(runBatch(parseIndicator("donchian:2").spec.create([2]), bars)).toEqual([
      undefined,
      { upper: 12, middle: 10.5, lower: 9 },
      { upper: 13, middle: 10.5, lower: 8 },
    ]);
    const vwap = runBatch(parseIndicator("vwap").spec.create([1440]), bars) as ({ vwap: number } | undefined)[];
    expect(vwap[1]!.vwap).toBeCloseTo((10 * 5 + (34 / 3) * 3) / 8, 12);
    // The third bar opens a new UTC day: VWAP restarts at its typical price.
    expect(vwap[2]!.vwap).toBeCloseTo(32 / 3, 12);
  });
});

const path = requireSharedCandles(SHARED_CANDLES.ftxBtcPerp1m);

describe.skipIf(!path)("independent references on FTX BTC-PERP 1m", () => {
  let candles: Candle[];
  let high: number[];
  let low: number[];
  let close: number[];
  let open: number[];
  let volume: number[];
  const N = 6000;

  beforeAll(() => {
    candles = readCandles(path!).slice(0, N);
    high = candles.map((c) => c.high);
    low = candles.map((c) => c.low);
    close = candles.map((c) => c.close);
    open = candles.map((c) => c.open);
    volume = candles.map((c) => c.volume);
  });

  it("Ichimoku lines equal technicalindicators' IchimokuCloud (cloud = spans 26 bars back)", () => {
    const ref = ti.IchimokuCloud.calculate({ high, low, conversionPeriod: 9, basePeriod: 26, spanPeriod: 52, displacement: 26 });
    const offset = N - ref.length;
    expect(offset).toBe(51);
    const fields = ["tenkan", "kijun", "spanA", "spanB", "cloudA", "cloudB"] as const;
    const cols = Object.fromEntries(fields.map((f) => [f, column("ichimoku", f, candles)]));
    expect(cols.tenkan.findIndex((v) => !Number.isNaN(v))).toBe(51 + 26);
    for (let i = 51 + 26; i < N; i++) {
      const r = ref[i - offset];
      expectClose(cols.tenkan[i], r.conversion, 0, `tenkan@${i}`);
      expectClose(cols.kijun[i], r.base, 0, `kijun@${i}`);
      expectClose(cols.spanA[i], r.spanA, 0, `spanA@${i}`);
      expectClose(cols.spanB[i], r.spanB, 0, `spanB@${i}`);
      expectClose(cols.cloudA[i], ref[i - 26 - offset].spanA, 0, `cloudA@${i}`);
      expectClose(cols.cloudB[i], ref[i - 26 - offset].spanB, 0, `cloudB@${i}`);
    }
  });

  it("Keltner equals technicalindicators' KeltnerChannels (EMA 20, ATR 10, ×2)", () => {
    const ref = ti.KeltnerChannels.calculate({ high, low, close, maPeriod: 20, atrPeriod: 10, useSMA: false, multiplier: 2 });
    const offset = N - ref.length;
    const upper = column("keltner:20:2:10", "upper", candles);
    const middle = column("keltner:20:2:10", "middle", candles);
    const lower = column("keltner:20:2:10", "lower", candles);
    expect(upper.findIndex((v) => !Number.isNaN(v))).toBe(offset);
    for (let i = offset; i < N; i++) {
      expectClose(middle[i], ref[i - offset].middle, 0, `middle@${i}`);
      expectClose(upper[i], ref[i - offset].upper, 0, `upper@${i}`);
      expectClose(lower[i], ref[i - offset].lower, 0, `lower@${i}`);
    }
  });

  it("session VWAP equals technicalindicators' cumulative VWAP within each UTC day", () => {
    const ours = column("vwap", "vwap", candles);
    const day = (i: number) => Math.floor(candles[i].timeMs / 86_400_000);
    let start = 0;
    for (let i = 1; i <= N; i++) {
      if (i < N && day(i) === day(start)) continue;
      const ref = ti.VWAP.calculate({ high: high.slice(start, i), low: low.slice(start, i), close: close.slice(start, i), volume: volume.slice(start, i) });
      for (let j = start; j < i; j++) expectClose(ours[j], ref[j - start], 0, `vwap@${j}`);
      start = i;
    }
  });

  it("rolling VWAP, CMF, Donchian and z-score equal their window formulas", () => {
    const tp = candles.map((c) => (c.high + c.low + c.close) / 3);
    const mfv = candles.map((c) => (c.high > c.low ? ((c.close - c.low - (c.high - c.close)) / (c.high - c.low)) * c.volume : 0));
    const rvwap = column("rvwap:20", "", candles);
    const cmf = column("cmf:20", "", candles);
    const dUp = column("donchian:20", "upper", candles);
    const dLo = column("donchian:20", "lower", candles);
    const z = column("zscore:20", "", candles);
    for (let i = 19; i < N; i++) {
      const v = window(volume, i, 20);
      expectClose(rvwap[i], sum(window(tp, i, 20).map((p, j) => p * v[j])) / sum(v), 0, `rvwap@${i}`);
      expectClose(cmf[i], sum(window(mfv, i, 20)) / sum(v), 1, `cmf@${i}`);
      expect(dUp[i]).toBe(Math.max(...window(high, i, 20)));
      expect(dLo[i]).toBe(Math.min(...window(low, i, 20)));
      const w = window(close, i, 20);
      const sd = stdev(w);
      expectClose(z[i], sd > 0 ? (close[i] - avg(w)) / sd : 0, 1, `zscore@${i}`);
    }
  });

  it("stddev and Bollinger bands equal a two-pass standard deviation", () => {
    const sd = column("stddev:20:1", "", candles);
    const upper = column("bbands:20:2", "upper", candles);
    for (let i = 19; i < N; i++) {
      const w = window(close, i, 20);
      expectClose(sd[i], stdev(w), 0, `stddev@${i}`);
      expectClose(upper[i], avg(w) + 2 * stdev(w), 0, `upper@${i}`);
    }
  });

  it("Parkinson, Garman–Klass and realized volatility equal their definitions", () => {
    const park = column("parkinson:20", "", candles);
    const gk = column("garmanklass:20", "", candles);
    const rv = column("realizedvol:20", "", candles);
    const hl = candles.map((c) => Math.log(c.high / c.low) ** 2);
    const co = candles.map((c) => Math.log(c.close / c.open) ** 2);
    const r2 = close.map((c, i) => (i === 0 ? Number.NaN : Math.log(c / close[i - 1]) ** 2));
    expect(rv.findIndex((v) => !Number.isNaN(v))).toBe(20);
    for (let i = 20; i < N; i++) {
      expectClose(park[i], Math.sqrt(sum(window(hl, i, 20)) / (20 * 4 * Math.log(2))), 0, `parkinson@${i}`);
      const g = avg(window(hl, i, 20).map((h, j) => 0.5 * h - (2 * Math.log(2) - 1) * window(co, i, 20)[j]));
      expectClose(gk[i], Math.sqrt(Math.max(g, 0)), 0, `gk@${i}`);
      expectClose(rv[i], Math.sqrt(avg(window(r2, i, 20))), 0, `realized@${i}`);
    }
    expect(open.length).toBe(N);
  });

  it("Hurst equals the log-std-vs-log-lag regression on each window", () => {
    const ours = column("hurst:100:20", "", candles);
    const logs = close.map(Math.log);
    expect(ours.findIndex((v) => !Number.isNaN(v))).toBe(99);
    for (let i = 99; i < N; i += 7) {
      const w = window(logs, i, 100);
      const xs: number[] = [];
      const ys: number[] = [];
      for (let k = 2; k <= 20; k++) {
        xs.push(Math.log(k));
        ys.push(Math.log(stdev(w.slice(k).map((p, j) => p - w[j]))));
      }
      const mx = avg(xs);
      const my = avg(ys);
      const slope = sum(xs.map((x, j) => (x - mx) * (ys[j] - my))) / sum(xs.map((x) => (x - mx) ** 2));
      expectClose(ours[i], slope, 1, `hurst@${i}`);
    }
  });

  it("SuperTrend equals a direct implementation of TradingView's ta.supertrend", () => {
    const value = column("supertrend:10:3", "value", candles);
    const direction = column("supertrend:10:3", "direction", candles);
    // Wilder ATR seeded with the mean of the first 10 true ranges (from bar 1), as TA-Lib's ATR.
    const tr = candles.map((c, i) => (i === 0 ? Number.NaN : Math.max(c.high, close[i - 1]) - Math.min(c.low, close[i - 1])));
    const atr: number[] = new Array(N).fill(Number.NaN);
    atr[10] = avg(tr.slice(1, 11));
    for (let i = 11; i < N; i++) atr[i] = (atr[i - 1] * 9 + tr[i]) / 10;
    let up = Number.NaN;
    let dn = Number.NaN;
    let dir = -1;
    for (let i = 10; i < N; i++) {
      const mid = (high[i] + low[i]) / 2;
      const bu = mid + 3 * atr[i];
      const bl = mid - 3 * atr[i];
      const nu = i === 10 || bu < up || close[i - 1] > up ? bu : up;
      const nl = i === 10 || bl > dn || close[i - 1] < dn ? bl : dn;
      if (i > 10) dir = dir === -1 ? (close[i] > nu ? 1 : -1) : close[i] < nl ? -1 : 1;
      up = nu;
      dn = nl;
      expect(direction[i], `direction@${i}`).toBe(dir);
      expectClose(value[i], dir === 1 ? dn : up, 0, `supertrend@${i}`);
    }
    expect(new Set(direction.filter((d) => !Number.isNaN(d)))).toEqual(new Set([1, -1]));
  });
});

const flatPath = requireSharedCandles(SHARED_CANDLES.binanceXrpEth1m);

describe.skipIf(!flatPath)("bounded outputs on flat zero-volume stretches (binance XRP/ETH 1m)", () => {
  // Windows of zero flow must sum to exactly 0, not to the residue of a running sum: a residue
  // over a residue once made MFI read 300.
  const bounded: [request: string, field: string, lo: number, hi: number][] = [
    ["mfi:2", "", 0, 100],
    ["mfi:5", "", 0, 100],
    ["mfi:14", "", 0, 100],
    ["cmf:3", "", -1, 1],
    ["rsi:2", "", 0, 100],
    ["ultosc:2:3:4", "", 0, 100],
    ["stochf:2:2", "k", 0, 100],
    ["willr:2", "", -100, 0],
  ];

  it.each(bounded)("%s stays within its range", (request, field, lo, hi) => {
    const values = column(request, field, readCandles(flatPath!));
    for (let i = 0; i < values.length; i++) {
      if (Number.isNaN(values[i])) continue;
      expect(values[i], `${request}@${i}`).toBeGreaterThanOrEqual(lo);
      expect(values[i], `${request}@${i}`).toBeLessThanOrEqual(hi);
    }
  });
});
