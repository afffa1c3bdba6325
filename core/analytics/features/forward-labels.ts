/**
 * Training labels: forward log returns over the next h base bars, ln(close[t+h] / close[t]). These are FUTURE
 * data by definition. They exist only in exported datasets, are named `label_…` and flagged as future in the
 * sidecar, and nothing in the feature engine reads them. Rows are held back per symbol only until their
 * longest horizon has closed, so memory stays bounded however long the export runs.
 */
import type { FeatureRow } from "./feature-universe.ts";

export interface LabelSpec {
  readonly name: string;
  readonly horizonBars: number;
  readonly description: string;
  readonly future: true;
}

export function labelSpecs(horizons: readonly number[]): LabelSpec[] {
  return horizons.map((h) => ({ name: `label_fwd_logret_${h}`, horizonBars: h, description: `FUTURE: ln(close of the bar ${h} bars later / close)`, future: true }));
}

export interface LabeledRow extends FeatureRow {
  readonly labels: Float64Array;
}

export class ForwardLabeler {
  private readonly queues = new Map<string, { row: FeatureRow; closes: number[] }[]>();
  private readonly maxHorizon: number;

  constructor(
    private readonly horizons: readonly number[],
    private readonly sink: (row: LabeledRow) => void,
  ) {
    this.maxHorizon = Math.max(...horizons);
  }

  /** Rows must arrive in bar order per symbol (the universe emits them so). */
  add(row: FeatureRow): void {
    const queue = this.queues.get(row.bar.symbol) ?? [];
    this.queues.set(row.bar.symbol, queue);
    for (const pending of queue) pending.closes.push(row.bar.close);
    queue.push({ row, closes: [] });
    while (queue.length > 0 && queue[0].closes.length >= this.maxHorizon) this.emit(queue.shift()!);
  }

  /** Emits what is left; labels whose future bar never came are NaN. */
  finish(): void {
    for (const queue of this.queues.values()) for (const pending of queue.splice(0)) this.emit(pending);
  }

  private emit({ row, closes }: { row: FeatureRow; closes: number[] }): void {
    const labels = new Float64Array(this.horizons.length);
    this.horizons.forEach((h, i) => {
      labels[i] = h <= closes.length ? Math.log(closes[h - 1] / row.bar.close) : NaN;
    });
    this.sink({ ...row, labels });
  }
}
