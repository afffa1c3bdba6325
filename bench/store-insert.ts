/**
 * Tick store insert throughput: trades written as RowBinary in 100k-row insert blocks.
 * `writer_rows_per_s` is the whole path (TickBatch columns → RowBinary → ClickHouse, until durable);
 * `raw_insert_rows_per_s` is ClickHouse's side alone (the same bytes, pre-encoded).
 * Uses CLICKHOUSE_URL, or starts the project-managed instance "bench". Prints one JSON line.
 *
 *   tsx bench/store-insert.ts [--rows 1000000] [--batch 10000]
 */
import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import { startLocalClickHouse, type LocalClickHouse } from "../ops/clickhouse/local-server.ts";
import { tradesBatch } from "../core/store/sample-batches.ts";
import { createScratchDatabase } from "../core/store/scratch-database.ts";
import { encodeTickBatch } from "../core/store/tick-batch-encoder.ts";
import { insertColumns } from "../core/store/tick-tables.ts";
import { quoteIdentifier } from "../core/store/sql-escape.ts";
import { TickWriter } from "../core/store/tick-writer.ts";

const { values } = parseArgs({
  options: { rows: { type: "string", default: "1000000" }, batch: { type: "string", default: "10000" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log("Usage: tsx bench/store-insert.ts [--rows N] [--batch TRADES_PER_TICKBATCH]");
  process.exit(0);
}
const totalRows = Number(values.rows);
const perBatch = Number(values.batch);
const BLOCK_ROWS = 100_000;

let server: LocalClickHouse | undefined;
const url = process.env.CLICKHOUSE_URL ?? (server = await startLocalClickHouse({ name: "bench" })).url;
const db = await createScratchDatabase(url, "bench_store_insert");
try {
  const batches = Array.from({ length: Math.ceil(totalRows / perBatch) }, (_, i) => tradesBatch("bench", i + 1, perBatch));
  const rows = batches.length * perBatch;

  const writer = new TickWriter({ client: db.client, flushRows: BLOCK_ROWS });
  await writer.open();
  const lastSeq = batches.length;
  const t0 = performance.now();
  const durable = new Promise<void>((done) => writer.on("durable", (_edge, seq) => seq === lastSeq && done()));
  for (const batch of batches) {
    if (!writer.write(batch)) await new Promise<void>((go) => writer.once("drain", () => go()));
  }
  await durable;
  const writerSeconds = (performance.now() - t0) / 1000;
  await writer.close();

  await db.client.command({ query: "TRUNCATE TABLE trades" });
  const blocks: Buffer[][] = [];
  let block: Buffer[] = [];
  let blockRows = 0;
  for (const batch of batches) {
    for (const part of encodeTickBatch(batch).parts) block.push(Buffer.from(part.bytes));
    blockRows += perBatch;
    if (blockRows >= BLOCK_ROWS) {
      blocks.push(block);
      block = [];
      blockRows = 0;
    }
  }
  if (block.length > 0) blocks.push(block);
  const query = `INSERT INTO trades (${insertColumns("trades").map(quoteIdentifier).join(", ")}) FORMAT RowBinary`;
  const t1 = performance.now();
  for (const chunks of blocks) {
    const result = await db.client.exec({ query, values: Readable.from(chunks, { objectMode: false }) });
    await finished(result.stream.resume());
  }
  const rawSeconds = (performance.now() - t1) / 1000;
  const bytes = blocks.flat().reduce((n, b) => n + b.length, 0);

  console.log(
    JSON.stringify({
      bench: "store-insert",
      table: "trades",
      rows,
      block_rows: BLOCK_ROWS,
      writer_rows_per_s: Math.round(rows / writerSeconds),
      raw_insert_rows_per_s: Math.round(rows / rawSeconds),
      bytes_per_row: Math.round(bytes / rows),
      inserts: writer.stats().inserts,
    }),
  );
} finally {
  await db.drop();
  await server?.stop();
}
