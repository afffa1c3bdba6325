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
  /**
   * Feeds one closed bar; returns the new value, or undefined while warming up. A multi-output
   * indicator returns the same fields object on every update with its values overwritten, so read
   * it before the next update and copy it (`{ ...v }`) to keep it.
   */
  update(bar: Candle): T | undefined;
  /**
   * Feeds one closed bar like `update` but returns nothing: read the value through `value`. The
   * IndicatorSet and batch mode feed through this.
   */
  advance(bar: Candle): void;
  /** The value after the latest update (undefined while warming up). */
  readonly value: T | undefined;
  readonly ready: boolean;
}

// Why the bases below look the way they do (each measured on the full-set benchmark):
// - Each concrete indicator writes its own `advance`, and the hot callers (the set's feeder, batch
//   mode) call `advance` itself. A call made from one method that every indicator class runs
//   through sees all of those classes, goes megamorphic and is never inlined; that dispatch cost
//   more than most steps. The shared `update` is such a method: a convenience for one-off callers.
// - `advance` returns nothing. A double returned from a call that is not inlined is boxed into a
//   new heap number, and the set's feeder inlines only a few of its calls (V8's inlining budget),
//   so returning the value cost an allocation per scalar indicator and bar that the feeder only
//   dropped, and the scavenges that follow (about a third of the full set's allocation).
// - The latest output is never stored as a boxed number or a fresh object. Storing a new heap
//   object into a long-lived indicator allocates and takes V8's GC write barrier on every bar; a
//   double field or a reused object's fields are overwritten in place.
// - A single-output indicator stores its value into `latest` itself rather than through a base
//   method: the set's feeder inlines each indicator's small `advance` but, past V8's inlining
//   budget, not the calls inside it, and a method call there boxed its double argument (full set
//   19619 -> 19156 instructions per bar).
// - An indicator whose step is long keeps `advance` a one-line call of a private `#step` that
//   stores `latest` itself: the feeder then inlines the call only, and the step returns nothing to
//   box. Returning the value from `#step` measured 19157 instructions per bar over the full set,
//   this 18969, and the step written inside `advance` (which the feeder then inlines) 19324.
// - The bases keep their state in plain (protected) properties, not #private ones: `publish` runs
//   for every multi-output class, and V8 handles a store to a private name from such a megamorphic
//   site far more slowly than a named store (~0.5 µs per bar over the full set).

/**
 * Single-output indicators compute a plain number into `latest` and use NaN for "not yet",
 * converted to undefined at the public boundary by `value`.
 */
export abstract class ScalarIndicator implements Indicator<number> {
  /** This bar's value, NaN while warming up: each `advance` stores it. */
  protected latest = Number.NaN;

  get value(): number | undefined {
    const v = this.latest;
    return v === v ? v : undefined;
  }

  get ready(): boolean {
    return this.latest === this.latest;
  }

  abstract advance(bar: Candle): void;

  update(bar: Candle): number | undefined {
    this.advance(bar);
    return this.value;
  }
}

/** Multi-output indicators write this bar's values into `out`, the one object they hand out. */
export abstract class FieldsIndicator<F extends Record<string, number>> implements Indicator<Readonly<F>> {
  protected hasValue = false;

  /** @param out the fields object, created with every field NaN (a double from the start). */
  constructor(protected readonly out: F) {}

  get value(): Readonly<F> | undefined {
    return this.hasValue ? this.out : undefined;
  }

  get ready(): boolean {
    return this.hasValue;
  }

  abstract advance(bar: Candle): void;

  update(bar: Candle): Readonly<F> | undefined {
    this.advance(bar);
    return this.value;
  }

  /** Ends an update: `out` holds this bar's values (true), or the indicator is warming up. */
  protected publish(ready: boolean): void {
    this.hasValue = ready;
  }
}
