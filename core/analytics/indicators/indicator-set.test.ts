/**
 * A set feeds each of its indicators exactly what the indicator alone would get: every registered
 * indicator's values inside the full set (sharing intermediate series) equal its batch run alone,
 * bar by bar.
 */
import { describe, expect, it } from "vitest";
import type { Candle } from "../candles/candle.ts";
import { readCandles } from "../candles/read-candles.ts";
import { requireSharedCandles, SHARED_CANDLES } from "../candles/shared-data.ts";
import { runBatch } from "./batch.ts";
import { IndicatorSet } from "./indicator-set.ts";
import { INDICATORS, parseIndicator } from "./registry.ts";

const path = requireSharedCandles(SHARED_CANDLES.bittrexAdaBtc1m);

describe.skipIf(!path)("IndicatorSet (bittrex ADA/BTC 1m)", () => {
  const candles: Candle[] = path ? readCandles(path).slice(0, 2000) : [];
  const specs = [...INDICATORS.values()];
  const requests = specs.map((s) => parseIndicator(s.name));
  /** Each indicator alone, with its own intermediate series. */
  const create = () => specs.map((s) => s.create(s.params.map((p) => p.default)));

  it("gives every registered indicator the values of its batch run", () => {
    const batches = create().map((indicator) => runBatch(indicator, candles));
    const set = new IndicatorSet(requests);
    for (let i = 0; i < candles.length; i++) {
      set.update(candles[i]);
      set.indicators.forEach((indicator, j) => expect(indicator.value, `${specs[j].name}@${i}`).toEqual(batches[j][i]));
    }
  });

  it("gives the same values whichever indicator of a shared series comes first", () => {
    const reversed = new IndicatorSet([...requests].reverse());
    const alone = create().reverse();
    for (const c of candles) {
      reversed.update(c);
      for (const indicator of alone) indicator.update(c);
      reversed.indicators.forEach((indicator, j) => expect(indicator.value, specs[specs.length - 1 - j].name).toEqual(alone[j].value));
    }
  });

  it("keeps sets of the same composition independent", () => {
    const a = new IndicatorSet(requests);
    const b = new IndicatorSet(requests);
    for (const c of candles) a.update(c);
    for (const c of candles.slice(0, 100)) b.update(c);
    const alone = create();
    for (const c of candles.slice(0, 100)) for (const indicator of alone) indicator.update(c);
    b.indicators.forEach((indicator, j) => expect(indicator.value, specs[j].name).toEqual(alone[j].value));
  });
});
