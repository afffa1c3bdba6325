import { describe, expect, it } from "vitest";
import type { Bar } from "../bars/bar.ts";
import { BarHistory } from "./bar-history.ts";
import { BookState } from "./book-state.ts";
import { crossAssetFeatures } from "./cross-asset-features.ts";
import type { FeatureBlock, FeatureState } from "./feature-block.ts";
import { timeFeatures } from "./time-features.ts";

function bar(closeMs: number, close: number): Bar {
  const closeTimeNs = BigInt(closeMs) * 1_000_000n;
  return { venue: "v", symbol: "s", timeframe: "1m", openTimeNs: closeTimeNs - 60_000_000_000n, closeTimeNs, open: close, high: close, low: close, close, volume: 1, quoteVolume: close, vwap: close, tradeCount: 1, buyVolume: 1, sellVolume: 0, revision: 0 };
}

function values(block: FeatureBlock, state: FeatureState): Record<string, number> {
  const out = new Float64Array(block.specs.length);
  block.write(state, out, 0);
  return Object.fromEntries(block.specs.map((s, i) => [s.name, out[i]]));
}

const stateOf = (b: Bar, base: BarHistory, reference?: BarHistory): FeatureState => ({ bar: b, base, context: [], daily: new BarHistory(2), book: new BookState(), reference });

describe("time features", () => {
  it("encodes sessions, hour, weekday and time to the next 8-hourly funding", () => {
    // Wednesday 2024-08-07 14:00 UTC: Europe and US sessions, 2 h to the 16:00 funding.
    const b = bar(Date.UTC(2024, 7, 7, 14, 0), 1);
    const v = values(timeFeatures(), stateOf(b, new BarHistory(4)));
    expect([v.time_session_asia, v.time_session_europe, v.time_session_us, v.time_weekend]).toEqual([0, 1, 1, 0]);
    expect(v.time_hour_sin).toBeCloseTo(Math.sin((2 * Math.PI * 14) / 24), 12);
    expect(v.time_dow_sin).toBeCloseTo(Math.sin((2 * Math.PI * (2 + 14 / 24)) / 7), 9);
    expect(v.time_to_funding).toBeCloseTo(2 / 8, 12);
    const sunday = values(timeFeatures(), stateOf(bar(Date.UTC(2024, 7, 11, 16, 0), 1), new BarHistory(4)));
    expect(sunday.time_weekend).toBe(1);
    expect(sunday.time_to_funding).toBe(1);
  });
});

describe("cross-asset features", () => {
  it("measures beta, correlation and relative strength against the reference", () => {
    const own = new BarHistory(200);
    const ref = new BarHistory(200);
    let refPrice = 100;
    let last!: Bar;
    for (let i = 0; i < 130; i++) {
      const r = Math.sin(i * 1.7) * 0.01;
      refPrice *= Math.exp(r);
      ref.push(bar(60_000 * (i + 1), refPrice));
      last = bar(60_000 * (i + 1), 50 * (refPrice / 100) ** 2);
      own.push(last);
    }
    const v = values(crossAssetFeatures(), stateOf(last, own, ref));
    expect(v.xa_beta_30).toBeCloseTo(2, 9);
    expect(v.xa_corr_120).toBeCloseTo(1, 9);
    expect(v.xa_rel_strength_15).toBeCloseTo(Math.log(ref.close[ref.at(0)] / ref.close[ref.at(15)]), 9);
    const alone = values(crossAssetFeatures(), stateOf(last, own));
    expect(Object.values(alone).every(Number.isNaN)).toBe(true);
  });
});
