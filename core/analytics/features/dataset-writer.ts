/**
 * Writes an exported dataset: one CSV row per symbol and base bar (identity columns, the features in schema
 * order, then the labels), and a JSON sidecar with the schema, its hash, the labels (marked future) and the
 * period, so a training run can prove which features and data it was given.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { FeatureSchema } from "./feature-schema.ts";
import type { LabeledRow, LabelSpec } from "./forward-labels.ts";

const IDENTITY = ["venue", "symbol", "timeframe", "open_time_ns", "close_time_ns", "open_time_utc"];

export interface DatasetMeta {
  readonly period: { readonly from: string | null; readonly to: string | null };
  readonly symbols: readonly string[];
  readonly reference: string | null;
  readonly source: string;
}

export class DatasetWriter {
  private readonly out: WriteStream;
  private readonly round: (v: number) => number;
  rows = 0;
  private first: bigint | undefined;
  private last: bigint | undefined;

  constructor(
    readonly path: string,
    private readonly schema: FeatureSchema,
    private readonly labels: readonly LabelSpec[],
  ) {
    this.out = createWriteStream(path);
    this.round = schema.dtype === "float32" ? Math.fround : (v) => v;
    this.out.write(`${[...IDENTITY, ...schema.features.map((f) => f.name), ...labels.map((l) => l.name)].join(",")}\n`);
  }

  /** Returns false when the stream wants the caller to wait for "drain". */
  write(row: LabeledRow): boolean {
    const { bar } = row;
    this.first ??= bar.openTimeNs;
    this.last = bar.openTimeNs;
    this.rows++;
    const cells: string[] = [csvText(bar.venue), csvText(bar.symbol), bar.timeframe, String(bar.openTimeNs), String(bar.closeTimeNs), new Date(Number(bar.openTimeNs / 1_000_000n)).toISOString()];
    for (const v of row.vector) cells.push(String(this.round(v)));
    for (const v of row.labels) cells.push(String(this.round(v)));
    return this.out.write(`${cells.join(",")}\n`);
  }

  async drain(): Promise<void> {
    await new Promise<void>((resolve) => this.out.once("drain", resolve));
  }

  /** Closes the CSV and writes `<path>.json`. */
  async close(meta: DatasetMeta): Promise<string> {
    await new Promise<void>((resolve, reject) => this.out.end((err?: Error | null) => (err ? reject(err) : resolve())));
    const sidecar = `${this.path}.json`;
    const iso = (ns: bigint | undefined) => (ns === undefined ? null : new Date(Number(ns / 1_000_000n)).toISOString());
    const body = {
      file: this.path,
      rows: this.rows,
      identityColumns: IDENTITY,
      schema: this.schema,
      schemaHash: this.schema.hash,
      labels: this.labels,
      labelNote: "label_* columns are FUTURE data (forward returns) for training targets only; never use them as inputs",
      missingValues: "NaN: feature warm-up, absent input (no order book, no reference), or a label whose future bar is beyond the data",
      period: meta.period,
      barsCovered: { firstOpen: iso(this.first), lastOpen: iso(this.last) },
      symbols: meta.symbols,
      reference: meta.reference,
      source: meta.source,
    };
    await writeFile(sidecar, `${JSON.stringify(body, null, 2)}\n`);
    return sidecar;
  }
}

/** Symbols and venues are plain identifiers; quote the rare one with a comma or quote. */
function csvText(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
