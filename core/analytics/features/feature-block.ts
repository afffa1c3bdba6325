/**
 * The one mechanism every feature group plugs into: a block names its features (with warm-up and meaning)
 * and writes exactly that many numbers into the vector. The vector is the concatenation of its blocks, so the
 * schema (names and order) and the computation can never drift apart.
 */
import type { Bar } from "../bars/bar.ts";
import type { BarHistory } from "./bar-history.ts";
import type { BookState } from "./book-state.ts";

export interface FeatureSpec {
  readonly name: string;
  /**
   * Warm-up, in base bars: an upper bound on how many continuous base bars pass before the value is defined
   * (NaN before; the first context bar or day may be partial, so some features are defined a little earlier).
   * Features whose input is absent stay NaN regardless: book_* without a book, xa_* without a reference,
   * lvl_support/resistance_* while no swing level lies on that side of the price.
   */
  readonly warmupBars: number;
  readonly description: string;
}

/** Everything known about one symbol at the close of its latest base bar, and nothing later. */
export interface FeatureState {
  readonly bar: Bar;
  readonly base: BarHistory;
  /** Last CLOSED bars of each context timeframe, in the engine's context order. */
  readonly context: readonly BarHistory[];
  /** Last closed UTC days (for pivots). */
  readonly daily: BarHistory;
  readonly book: BookState;
  /** The reference symbol's base history when it has closed the same bar; undefined otherwise. */
  readonly reference: BarHistory | undefined;
}

export interface FeatureBlock {
  readonly specs: readonly FeatureSpec[];
  /** Called once per closed base bar, in time order; stateful blocks update here. */
  write(state: FeatureState, out: Float64Array, at: number): void;
}

/** A block for one symbol; factories are called once per symbol so blocks may hold per-symbol state. */
export type FeatureBlockFactory = () => FeatureBlock;
