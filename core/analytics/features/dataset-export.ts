/**
 * Runs an export: inputs → feature vectors → forward labels → dataset writer. Rows are written only for bars
 * that open inside [from, to); everything before `from` is warm-up.
 *
 * Ticks (trades, books, BBOs: from the tick store or trade files) go through the live analytics engine itself
 * (live/analytics-engine.ts, on a private bus) as batches, so a model trains on exactly the vectors it will be
 * given live, book features included, with venues kept apart as live. Candles have no tick form: they feed the
 * engine's FeatureUniverse directly as closed bars.
 */
import { EventBus } from "../../bus/event-bus.ts";
import type { CoreTopics } from "../../bus/topics.ts";
import { AnalyticsConfigSchema } from "../../config/core-config.ts";
import type { Bar } from "../bars/bar.ts";
import type { ReplayBatch } from "../live/batch-builder.ts";
import { AnalyticsEngine } from "../live/analytics-engine.ts";
import type { DatasetWriter } from "./dataset-writer.ts";
import type { FeatureLayout } from "./feature-layout.ts";
import { type FeatureRow, FeatureUniverse } from "./feature-universe.ts";
import { ForwardLabeler, type LabeledRow } from "./forward-labels.ts";

export type ExportInput =
  | { readonly kind: "ticks"; readonly batches: Iterable<ReplayBatch> | AsyncIterable<ReplayBatch> }
  | { readonly kind: "candles"; readonly bars: Iterable<Bar> };

export interface ExportRun {
  readonly layout: FeatureLayout;
  readonly horizons: readonly number[];
  readonly reference?: string;
  readonly fromNs?: bigint;
  readonly toNs?: bigint;
  readonly writer: DatasetWriter;
  /** Called with the number of events (or candles) consumed so far. */
  readonly onProgress?: (consumed: number) => void;
}

/** The live engine with the export's layout and nothing else (no regimes, quotes, stored bars or idle clock). */
function exportEngine(run: ExportRun, sink: (row: FeatureRow) => void): AnalyticsEngine {
  const base = run.layout.base.label;
  const config = AnalyticsConfigSchema.parse({
    timeframes: [base],
    idleCloseMs: 0,
    features: { timeframes: [base], contextTimeframes: run.layout.contexts.map((c) => c.label), reference: run.reference, dtype: run.layout.dtype },
    regime: { enabled: false },
    fusion: { enabled: false },
    store: { enabled: false },
  });
  const bus = new EventBus<CoreTopics>();
  bus.subscribe("features.vector", (v) => sink({ bar: v.bar, vector: v.vector }));
  return new AnalyticsEngine({ config, bus });
}

/** Feeds the input to its vector source, yielding what each step consumed; at the end closes the bars that ended by `toNs`. */
async function* vectors(run: ExportRun, input: ExportInput, sink: (row: FeatureRow) => void): AsyncGenerator<number> {
  if (input.kind === "ticks") {
    const engine = exportEngine(run, sink);
    for await (const b of input.batches) {
      engine.onBatch({ edgeId: b.edgeId, seq: b.seq, batch: b.batch, receivedNs: 0n });
      yield b.events;
    }
    if (run.toNs !== undefined) engine.advanceAll(run.toNs);
  } else {
    const universe = new FeatureUniverse(run.layout, sink, { reference: run.reference });
    for (const bar of input.bars) {
      universe.onClosedBar(bar);
      yield 1;
    }
    if (run.toNs !== undefined) universe.advance(run.toNs);
  }
}

export async function exportDataset(run: ExportRun, input: ExportInput): Promise<{ rows: number; events: number }> {
  const inPeriod = (row: LabeledRow) => (run.fromNs === undefined || row.bar.openTimeNs >= run.fromNs) && (run.toNs === undefined || row.bar.openTimeNs < run.toNs);
  const ready: LabeledRow[] = [];
  // One labeler per venue: a symbol's future bars are its own venue's.
  const labelers = new Map<string, ForwardLabeler>();
  const label = (row: FeatureRow) => {
    let labeler = labelers.get(row.bar.venue);
    if (!labeler) labelers.set(row.bar.venue, (labeler = new ForwardLabeler(run.horizons, (r) => inPeriod(r) && ready.push(r))));
    labeler.add(row);
  };
  let consumed = 0;
  let reported = 0;
  const flush = async () => {
    for (const row of ready.splice(0)) if (!run.writer.write(row)) await run.writer.drain();
  };
  for await (const n of vectors(run, input, label)) {
    consumed += n;
    if (consumed - reported >= 1_000) {
      reported = consumed;
      run.onProgress?.(consumed);
      await flush();
    }
  }
  for (const labeler of labelers.values()) labeler.finish();
  await flush();
  run.onProgress?.(consumed);
  return { rows: run.writer.rows, events: consumed };
}
