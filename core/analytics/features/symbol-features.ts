/**
 * The feature state of one symbol: base-bar history, context bars resampled from the base bars, the book
 * reduction and the blocks. `onBaseBar` is the only entry that produces a vector, and it runs only on a
 * closed base bar, with every input already limited to what was known at that close.
 */
import type { Bar } from "../bars/bar.ts";
import { BarResampler } from "../bars/bar-resampler.ts";
import { parseTimeframe } from "../bars/timeframe.ts";
import { BarHistory } from "./bar-history.ts";
import { BookState } from "./book-state.ts";
import { CONTEXT_HISTORY } from "./context-features.ts";
import type { FeatureBlock, FeatureState } from "./feature-block.ts";
import type { FeatureLayout } from "./feature-layout.ts";

/** Base bars kept: the longest window (120-bar correlation) plus slack. */
const BASE_HISTORY = 128;

export class SymbolFeatures {
  readonly book = new BookState();
  readonly base = new BarHistory(BASE_HISTORY);
  private readonly context: BarHistory[];
  private readonly daily = new BarHistory(2);
  private readonly resamplers: BarResampler[];
  private readonly blocks: FeatureBlock[];
  readonly width: number;

  constructor(readonly layout: FeatureLayout) {
    this.context = layout.contexts.map(() => new BarHistory(CONTEXT_HISTORY + 3));
    this.resamplers = [
      ...layout.contexts.map((tf, i) => new BarResampler(tf, (bar) => this.context[i].push(bar))),
      new BarResampler(parseTimeframe("1d"), (bar) => this.daily.push(bar)),
    ];
    this.blocks = layout.createBlocks();
    this.width = this.blocks.reduce((n, b) => n + b.specs.length, 0);
  }

  /**
   * Consumes one closed base bar and returns its feature vector.
   * @param reference the reference symbol's base history if it has closed this same bar
   */
  onBaseBar(bar: Bar, reference: BarHistory | undefined): Float64Array {
    this.base.push(bar);
    for (const r of this.resamplers) r.add(bar);
    this.book.closeBar();
    const state: FeatureState = { bar, base: this.base, context: this.context, daily: this.daily, book: this.book, reference };
    const out = new Float64Array(this.width);
    let at = 0;
    for (const block of this.blocks) {
      block.write(state, out, at);
      at += block.specs.length;
    }
    return out;
  }
}
