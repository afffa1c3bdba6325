/**
 * A set feeds each of its indicators exactly what the indicator alone would get: every registered
 * indicator's values inside the full set equal its batch run, bar by bar.
 */
import { describe, expect, it } from "vitest";
import type { Candle } from "../candles/candle.ts";
import { readCandles } from "../candles/read-candles.ts";
import { requireSharedCandles, SHARED_CANDLES } from "../candles/shared-data.ts";
import { runBatch } from "./batch.ts";
import { IndicatorSet } from "./indicator-set.ts";
import { INDICATORS } from "./registry.ts";

const path = requireSharedCandles(SHARED_CANDLES.bittrexAdaBtc1m);

describe.skipIf(!path)("IndicatorSet (bittrex ADA/BTC 1m)", () => {
  const candles: Candle[] = path ? readCandles(path).slice(0, 2000) : [];
  const specs = [...INDICATORS.values()];
  const create = () => specs.map((s) => s.create(s.params.map((p) => p.default)));

  it("gives every registered indicator the values of its batch run", () => {
    const batches = create().map((indicator) => runBatch(indicator, candles));
    const set = new IndicatorSet(create());
    for (let i = 0; i < candles.length; i++) {
      set.update(candles[i]);
      set.indicators.forEach((indicator, j) => expect(indicator.value, `${specs[j].name}@${i}`).toEqual(batches[j][i]));
    }
  });

  it("keeps sets of the same composition independent", () => {
    const a = new IndicatorSet(create());
    const b = new IndicatorSet(create());
    for (const c of candles) a.update(c);
    for (const c of candles.slice(0, 100)) b.update(c);
    const alone = create();
    for (const c of candles.slice(0, 100)) for (const indicator of alone) indicator.update(c);
    b.indicators.forEach((indicator, j) => expect(indicator.value, specs[j].name).toEqual(alone[j].value));
  });
});
