/**
 * Every indicator TA-Lib has is compared with TA-Lib's own C code (compiled from the `talib` npm
 * package by test/reference/talib) on recorded candles: same first output index (warm-up), and
 * every value after it within 1e-9 relative.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Candle } from "../candles/candle.ts";
import { readCandles } from "../candles/read-candles.ts";
import { requireSharedCandles, SHARED_CANDLES } from "../candles/shared-data.ts";
import { runTalib, type TalibResult } from "../../../test/reference/talib/talib-reference.ts";
import { batchColumns } from "./batch.ts";
import { parseIndicator } from "./registry.ts";

type Scale = "value" | "oscillator" | "price" | "volume";

interface Case {
  /** Our indicator request, e.g. "macd:12:26:9". */
  ours: string;
  /** TA-Lib call; options in TA-Lib's order. */
  talib: string;
  /** Our output field (or "" for single-output) → TA-Lib output name. */
  outputs: Record<string, string>;
  /**
   * What the 1e-9 relative tolerance is relative to: the value itself, or (for outputs that are
   * differences of prices and cross zero) the series' price or volume level, since neither
   * implementation can be more precise than the rounding of the quantities it subtracts; for
   * oscillators, their 0–100 range (values a hair from 0 differ only in rounding).
   */
  scale?: Scale;
  /**
   * TA-Lib's variance is Σx²/n − mean², which loses ~1e-16·price² per update; where the stddev is
   * tiny next to the price (flat ETH/BTC minutes) that error dominates. The tolerance then also
   * admits `sdMult` × the stddev error that variance error implies (see README deviations).
   */
  sdMult?: number;
  /** Bars where a documented deviation applies (see README), left out of the comparison. */
  deviates?: (candles: readonly Candle[], i: number) => boolean;
  /** Fields whose TA-Lib function warms up sooner than our multi-output indicator (ADX's DIs). */
  laterStart?: boolean;
}

const CASES: Case[] = [
  { ours: "sma:20", talib: "SMA:20", outputs: { "": "outReal" } },
  { ours: "ema:20", talib: "EMA:20", outputs: { "": "outReal" } },
  { ours: "wma:20", talib: "WMA:20", outputs: { "": "outReal" } },
  { ours: "dema:20", talib: "DEMA:20", outputs: { "": "outReal" } },
  { ours: "tema:20", talib: "TEMA:20", outputs: { "": "outReal" } },
  { ours: "trima:20", talib: "TRIMA:20", outputs: { "": "outReal" } },
  { ours: "trima:15", talib: "TRIMA:15", outputs: { "": "outReal" } },
  { ours: "kama:10", talib: "KAMA:10", outputs: { "": "outReal" } },
  { ours: "rsi:14", talib: "RSI:14", outputs: { "": "outReal" }, scale: "oscillator" },
  { ours: "cmo:14", talib: "CMO:14", outputs: { "": "outReal" }, scale: "oscillator" },
  { ours: "roc:10", talib: "ROC:10", outputs: { "": "outReal" } },
  { ours: "mom:10", talib: "MOM:10", outputs: { "": "outReal" }, scale: "price" },
  { ours: "trix:15", talib: "TRIX:15", outputs: { "": "outReal" }, scale: "price" },
  { ours: "stddev:20:1", talib: "STDDEV:20:1", outputs: { "": "outReal" }, sdMult: 1 },
  { ours: "linregslope:14", talib: "LINEARREG_SLOPE:14", outputs: { "": "outReal" }, scale: "price" },
  {
    ours: "macd:12:26:9",
    talib: "MACD:12:26:9",
    outputs: { macd: "outMACD", signal: "outMACDSignal", hist: "outMACDHist" },
    scale: "price",
  },
  { ours: "ppo:12:26:1", talib: "PPO:12:26:1", outputs: { "": "outReal" }, scale: "price" },
  { ours: "ppo:12:26:0", talib: "PPO:12:26:0", outputs: { "": "outReal" }, scale: "price" },
  { ours: "apo:10:20:1", talib: "APO:10:20:1", outputs: { "": "outReal" }, scale: "price" },
  { ours: "stoch:5:3:3", talib: "STOCH:5:3:0:3:0", outputs: { k: "outSlowK", d: "outSlowD" }, scale: "oscillator" },
  { ours: "stochf:5:3", talib: "STOCHF:5:3:0", outputs: { k: "outFastK", d: "outFastD" }, scale: "oscillator" },
  { ours: "stochrsi:14:5:3", talib: "STOCHRSI:14:5:3:0", outputs: { k: "outFastK", d: "outFastD" }, scale: "oscillator" },
  { ours: "willr:14", talib: "WILLR:14", outputs: { "": "outReal" }, scale: "oscillator" },
  { ours: "cci:20", talib: "CCI:20", outputs: { "": "outReal" }, scale: "oscillator" },
  {
    ours: "mfi:14",
    talib: "MFI:14",
    outputs: { "": "outReal" },
    scale: "oscillator",
    deviates: (candles, i) => windowFlow(candles, i, 14) < 1,
  },
  { ours: "adx:14", talib: "ADX:14", outputs: { adx: "outReal" }, scale: "oscillator" },
  { ours: "adx:14", talib: "PLUS_DI:14", outputs: { plusDi: "outReal" }, laterStart: true, scale: "oscillator" },
  { ours: "dmi:14", talib: "PLUS_DI:14", outputs: { plusDi: "outReal" }, scale: "oscillator" },
  { ours: "dmi:14", talib: "MINUS_DI:14", outputs: { minusDi: "outReal" }, scale: "oscillator" },
  { ours: "aroon:14", talib: "AROON:14", outputs: { down: "outAroonDown", up: "outAroonUp" }, scale: "oscillator" },
  { ours: "aroon:14", talib: "AROONOSC:14", outputs: { osc: "outReal" }, scale: "oscillator" },
  { ours: "trange", talib: "TRANGE", outputs: { "": "outReal" } },
  { ours: "atr:14", talib: "ATR:14", outputs: { "": "outReal" } },
  { ours: "natr:14", talib: "NATR:14", outputs: { "": "outReal" } },
  { ours: "bop", talib: "BOP", outputs: { "": "outReal" } },
  { ours: "ultosc:7:14:28", talib: "ULTOSC:7:14:28", outputs: { "": "outReal" }, scale: "oscillator" },
  { ours: "sar:0.02:0.2", talib: "SAR:0.02:0.2", outputs: { "": "outReal" } },
  {
    ours: "bbands:20:2",
    talib: "BBANDS:20:2:2:0",
    outputs: { upper: "outRealUpperBand", middle: "outRealMiddleBand", lower: "outRealLowerBand" },
    sdMult: 2,
  },
  { ours: "obv", talib: "OBV", outputs: { "": "outReal" }, scale: "volume" },
  { ours: "ad", talib: "AD", outputs: { "": "outReal" }, scale: "volume" },
  { ours: "adosc:3:10", talib: "ADOSC:3:10", outputs: { "": "outReal" }, scale: "volume" },
];

/** Σ directional money flow over the `period` changes ending at i: what TA-Lib's MFI cuts at 1.0. */
function windowFlow(candles: readonly Candle[], i: number, period: number): number {
  const tp = (j: number) => (candles[j].high + candles[j].low + candles[j].close) / 3;
  let sum = 0;
  for (let j = i - period + 1; j <= i; j++) if (tp(j) !== tp(j - 1)) sum += tp(j) * candles[j].volume;
  return sum;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + Math.abs(b), 0) / xs.length;

/** Index of the first finite value, or −1. */
const firstDefined = (v: Float64Array) => v.findIndex((x) => !Number.isNaN(x));

const DATASETS = [
  ["FTX BTC-PERP 1m", SHARED_CANDLES.ftxBtcPerp1m],
  ["bittrex ETH/BTC 1m", SHARED_CANDLES.bittrexEthBtc1m],
  ["binance XRP/ETH 1m (30% flat zero-volume bars)", SHARED_CANDLES.binanceXrpEth1m],
] as const;

for (const [label, file] of DATASETS) {
  const path = requireSharedCandles(file);
  describe.skipIf(!path)(`TA-Lib reference on ${label}`, () => {
    let candles: Candle[];
    let talib: Map<string, TalibResult>;
    let scales: Record<Scale, number>;

    beforeAll(() => {
      candles = readCandles(path!);
      talib = runTalib(candles, [...new Set(CASES.map((c) => c.talib))]);
      scales = {
        value: 0,
        oscillator: 100,
        price: mean(candles.map((c) => c.close)),
        volume: mean(candles.map((c) => c.volume)),
      };
    });

    for (const c of CASES) {
      it(`${c.ours} matches TA-Lib ${c.talib}`, () => {
        const request = parseIndicator(c.ours);
        const columns = batchColumns(request, candles);
        const ref = talib.get(c.talib)!;
        for (const [field, talibName] of Object.entries(c.outputs)) {
          const ours = columns[field === "" ? 0 : request.spec.outputs.indexOf(field)].values;
          const theirs = ref.outputs[talibName];
          expect(theirs, `TA-Lib output ${talibName}`).toBeDefined();
          const start = firstDefined(ours);
          if (c.laterStart) expect(start).toBeGreaterThanOrEqual(ref.begIdx);
          else expect(start, `${field || c.ours} first output index`).toBe(ref.begIdx);
          const floor = scales[c.scale ?? "value"];
          const sd = c.sdMult ? batchColumns(parseIndicator(`stddev:${request.params[0]}`), candles)[0].values : undefined;
          const price = scales.price;
          let worst = 0;
          let worstAt = -1;
          let skipped = 0;
          for (let i = start; i < candles.length; i++) {
            if (c.deviates?.(candles, i)) {
              skipped++;
              continue;
            }
            let tolerance = 1e-9 * Math.max(Math.abs(theirs[i]), floor);
            if (sd) tolerance += c.sdMult! * Math.min((1e-12 * price * price) / (2 * sd[i]), 1e-6 * price);
            const err = (Math.abs(ours[i] - theirs[i]) / tolerance) * 1e-9;
            if (!(err <= worst)) {
              worst = err;
              worstAt = i;
            }
          }
          expect(skipped, "documented deviations may not cover most of the series").toBeLessThan((candles.length - start) / 2);
          expect(worst, `${field || c.ours}: worst relative error at bar ${worstAt}: ours ${ours[worstAt]} vs TA-Lib ${theirs[worstAt]}`).toBeLessThanOrEqual(1e-9);
        }
      });
    }
  });
}
