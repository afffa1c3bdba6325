/**
 * Batch mode is the streaming code run over an array, so batch and live values are identical by
 * construction (there is no second implementation to drift apart).
 */
import type { Candle } from "../candles/candle.ts";
import type { Indicator, Output } from "./indicator.ts";
import { outputColumns, type IndicatorRequest } from "./registry.ts";

/**
 * Feeds every candle in order; element i is the value after candle i (undefined in warm-up). Fields
 * are copied, since an indicator overwrites its fields object on the next update.
 */
export function runBatch<T extends Output>(indicator: Indicator<T>, candles: readonly Candle[]): (T | undefined)[] {
  const out = new Array<T | undefined>(candles.length);
  for (let i = 0; i < candles.length; i++) {
    indicator.advance(candles[i]);
    const v = indicator.value;
    out[i] = typeof v === "object" ? ({ ...v } as T) : v;
  }
  return out;
}

export interface Column {
  readonly name: string;
  /** NaN where the indicator is still warming up. */
  readonly values: Float64Array;
}

/** Runs one requested indicator over the candles into named numeric columns. */
export function batchColumns(request: IndicatorRequest, candles: readonly Candle[]): Column[] {
  const names = outputColumns(request);
  const fields = request.spec.outputs;
  const columns = names.map((name) => ({ name, values: new Float64Array(candles.length).fill(Number.NaN) }));
  const indicator = request.spec.create(request.params);
  for (let i = 0; i < candles.length; i++) {
    indicator.advance(candles[i]);
    const v = indicator.value;
    if (v === undefined) continue;
    if (typeof v === "number") columns[0].values[i] = v;
    else for (let j = 0; j < fields.length; j++) columns[j].values[i] = v[fields[j]];
  }
  return columns;
}
