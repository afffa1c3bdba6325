/**
 * Streaming equals batch: for every registered indicator, values observed one bar at a time equal
 * the batch run exactly, and a fresh instance fed only a prefix ends on the same value (no state
 * leaks from the future, no dependence on how the series was chunked).
 */
import { describe, expect, it } from "vitest";
import type { Candle } from "../candles/candle.ts";
import { readCandles } from "../candles/read-candles.ts";
import { requireSharedCandles, SHARED_CANDLES } from "../candles/shared-data.ts";
import { runBatch } from "./batch.ts";
import { INDICATORS } from "./registry.ts";

const path = requireSharedCandles(SHARED_CANDLES.bittrexAdaBtc1m);

describe.skipIf(!path)("streaming equals batch (bittrex ADA/BTC 1m, with gaps)", () => {
  const candles: Candle[] = path ? readCandles(path).slice(0, 3000) : [];
  const prefixes = [1, 2, 17, 60, 233, 1500, 2999];

  it("registers at least 40 indicators", () => {
    expect(INDICATORS.size).toBeGreaterThanOrEqual(40);
  });

  for (const spec of INDICATORS.values()) {
    it(`${spec.name}: one-by-one snapshots and prefix restarts equal the batch run`, () => {
      const params = spec.params.map((p) => p.default);
      const batch = runBatch(spec.create(params), candles);
      expect(batch.some((v) => v !== undefined), "produces values on 3000 bars").toBe(true);

      const live = spec.create(params);
      for (let i = 0; i < candles.length; i++) {
        const v = live.update(candles[i]);
        const snapshot = v === undefined || typeof v === "number" ? v : { ...v };
        expect(snapshot).toEqual(batch[i]);
        expect(live.value).toEqual(batch[i]);
        expect(live.ready).toBe(batch[i] !== undefined);
      }

      for (const k of prefixes) {
        const fresh = spec.create(params);
        for (let i = 0; i < k; i++) fresh.update(candles[i]);
        expect(fresh.value, `prefix ${k}`).toEqual(batch[k - 1]);
      }
    });
  }
});
