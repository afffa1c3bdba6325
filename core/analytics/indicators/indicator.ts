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

/**
 * Keeps the latest output behind `value` and `ready`. There is deliberately no shared `update`
 * that calls an abstract step: a call made from one method that every indicator class runs through
 * sees all of those classes, goes megamorphic and is never inlined, and in the full-set benchmark
 * that dispatch cost more than most steps. Each concrete indicator writes its own `update`.
 */
abstract class LatestOutput<T extends Output> implements Indicator<T> {
  protected latest: T | undefined = undefined;

  get value(): T | undefined {
    return this.latest;
  }

  get ready(): boolean {
    return this.latest !== undefined;
  }

  abstract update(bar: Candle): T | undefined;
}

/**
 * Single-output indicators compute a plain number and use NaN for "not yet": cheaper in the hot
 * path than allocating, and converted to undefined at the public boundary by `publish`.
 */
export abstract class ScalarIndicator extends LatestOutput<number> {
  protected publish(v: number): number | undefined {
    const out = v === v ? v : undefined;
    this.latest = out;
    return out;
  }
}

/** Multi-output indicators return a fresh fields object per bar (callers may keep it). */
export abstract class FieldsIndicator<F extends Fields = Fields> extends LatestOutput<F> {
  protected publish(fields: F | undefined): F | undefined {
    this.latest = fields;
    return fields;
  }
}
