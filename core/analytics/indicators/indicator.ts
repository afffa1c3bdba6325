/**
 * The one interface every indicator implements. Indicators are streaming state machines: each
 * `update` costs O(1) (amortized O(1) for windowed extremes), so a live symbol and a backtest run
 * the same code; batch mode (batch.ts) is just this loop over an array.
 */
import type { Candle } from "../candles/candle.ts";

/** Named outputs of a multi-output indicator, e.g. { macd, signal, hist }. */
export type Fields = Readonly<Record<string, number>>;
export type Output = number | Fields;

export interface Indicator<T extends Output = Output> {
  /** Feeds one closed bar; returns the new value, or undefined while warming up. */
  update(bar: Candle): T | undefined;
  /** The value after the latest update (undefined while warming up). */
  readonly value: T | undefined;
  readonly ready: boolean;
}

/** Shared bookkeeping so each indicator only writes its step. */
export abstract class StreamingIndicator<T extends Output> implements Indicator<T> {
  #value: T | undefined = undefined;

  get value(): T | undefined {
    return this.#value;
  }

  get ready(): boolean {
    return this.#value !== undefined;
  }

  update(bar: Candle): T | undefined {
    this.#value = this.step(bar);
    return this.#value;
  }

  protected abstract step(bar: Candle): T | undefined;
}

/**
 * Single-output indicators compute a plain number and use NaN for "not yet": cheaper in the hot
 * path than allocating, and converted to undefined at the public boundary.
 */
export abstract class ScalarIndicator extends StreamingIndicator<number> {
  protected step(bar: Candle): number | undefined {
    const v = this.compute(bar);
    return v === v ? v : undefined;
  }

  protected abstract compute(bar: Candle): number;
}
