/**
 * Runs an export: events → feature universe → forward labels → dataset writer. Rows are written only for bars
 * that open inside [from, to); everything before `from` is warm-up. The vectors are the live engine's, so
 * a model trains on exactly what it will see.
 */
import type { DatasetWriter } from "./dataset-writer.ts";
import type { ExportEvent } from "./export-sources.ts";
import type { FeatureLayout } from "./feature-layout.ts";
import { FeatureUniverse } from "./feature-universe.ts";
import { ForwardLabeler, type LabeledRow } from "./forward-labels.ts";

export interface ExportRun {
  readonly layout: FeatureLayout;
  readonly horizons: readonly number[];
  readonly reference?: string;
  readonly fromNs?: bigint;
  readonly toNs?: bigint;
  readonly writer: DatasetWriter;
  /** Called with the number of events consumed so far. */
  readonly onProgress?: (consumed: number) => void;
}

export async function exportDataset(run: ExportRun, events: Iterable<ExportEvent> | AsyncIterable<ExportEvent>): Promise<{ rows: number; events: number }> {
  const inPeriod = (row: LabeledRow) => (run.fromNs === undefined || row.bar.openTimeNs >= run.fromNs) && (run.toNs === undefined || row.bar.openTimeNs < run.toNs);
  const ready: LabeledRow[] = [];
  const labeler = new ForwardLabeler(run.horizons, (row) => inPeriod(row) && ready.push(row));
  const universe = new FeatureUniverse(run.layout, (row) => labeler.add(row), { reference: run.reference });
  let consumed = 0;
  const flush = async () => {
    for (const row of ready.splice(0)) if (!run.writer.write(row)) await run.writer.drain();
  };
  for await (const event of events) {
    if (event.kind === "trade") universe.onTrade(event.trade);
    else universe.onClosedBar(event.bar);
    if (++consumed % 1_000 === 0) {
      run.onProgress?.(consumed);
      await flush();
    }
  }
  // Close the last bars: the clock moves to the end of the period (or one base bar past the data).
  if (run.toNs !== undefined) universe.advance(run.toNs);
  labeler.finish();
  await flush();
  run.onProgress?.(consumed);
  return { rows: run.writer.rows, events: consumed };
}
