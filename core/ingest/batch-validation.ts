/**
 * Structural checks on a decoded TickBatch. protobuf decoding accepts any byte soup that happens to
 * parse; these checks make sure the columns line up before a single row reaches the store, so a bad
 * batch is refused whole with a clear reason instead of storing half of it.
 */
import type { ingest } from "../../proto/gen/proto.js";

type Columns = Record<string, unknown[] | undefined>;

function sameLengths(name: string, columns: Columns, keys: string[]): string | null {
  const expected = columns[keys[0]]?.length ?? 0;
  for (const key of keys) {
    const length = columns[key]?.length ?? 0;
    if (length !== expected) return `${name}.${key} has ${length} values, ${keys[0]} has ${expected}`;
  }
  return null;
}

function indicesInRange(name: string, indices: readonly (number | null | undefined)[] | null | undefined, count: number): string | null {
  if (!indices) return null;
  // Indexed, not for-of: this runs once per event of every batch, and the iterator allocated per value.
  for (let i = 0; i < indices.length; i++) {
    const index = indices[i];
    if (index == null || index >= count) return `${name}.instrument index ${index} outside the ${count}-entry dictionary`;
  }
  return null;
}

/** Returns null when the batch is well-formed, else the first problem found. */
export function validateBatch(batch: ingest.v1.TickBatch): string | null {
  if (!batch.edgeId) return "edge_id is empty";
  if (!(batch.seq >= 1)) return "seq must be >= 1";
  if (!(batch.baseTimeMs > 0)) return "base_time_ms must be > 0";
  const instrumentCount = batch.instruments.length;
  for (const [i, instrument] of batch.instruments.entries()) {
    if (!instrument.venue || !instrument.symbol || !instrument.venueSymbol) {
      return `instruments[${i}] lacks venue, symbol or venue_symbol`;
    }
  }
  const trades = batch.trades as unknown as Columns | null;
  if (trades) {
    const keys = ["instrument", "venueTimeDeltaNs", "receiveTimeDeltaNs", "tradeId", "price", "size", "side"];
    const problem = sameLengths("trades", trades, keys) ??
      indicesInRange("trades", batch.trades?.instrument, instrumentCount);
    if (problem) return problem;
  }
  for (const [name, book] of [["book_deltas", batch.bookDeltas], ["book_snapshots", batch.bookSnapshots]] as const) {
    if (!book) continue;
    const keys = [
      "instrument",
      "venueTimeDeltaNs",
      "receiveTimeDeltaNs",
      "firstUpdateId",
      "lastUpdateId",
      "prevUpdateId",
      "levelCount",
    ];
    const problem = sameLengths(name, book as unknown as Columns, keys) ??
      sameLengths(name, book as unknown as Columns, ["levelIsBid", "levelPrice", "levelSize"]) ??
      indicesInRange(name, book.instrument, instrumentCount);
    if (problem) return problem;
    const levels = (book.levelCount ?? []).reduce((sum, n) => sum + n, 0);
    const present = book.levelPrice?.length ?? 0;
    if (levels !== present) return `${name}.level_count sums to ${levels} but ${present} levels are present`;
  }
  const bbos = batch.bbos as unknown as Columns | null;
  if (bbos) {
    const keys = [
      "instrument",
      "venueTimeDeltaNs",
      "receiveTimeDeltaNs",
      "updateId",
      "bidPrice",
      "bidSize",
      "askPrice",
      "askSize",
    ];
    const problem = sameLengths("bbos", bbos, keys) ?? indicesInRange("bbos", batch.bbos?.instrument, instrumentCount);
    if (problem) return problem;
  }
  for (const [name, rows] of [["derivatives", batch.derivatives], ["liquidations", batch.liquidations]] as const) {
    const problem = indicesInRange(name, rows.map((r) => r.instrument), instrumentCount);
    if (problem) return problem;
  }
  return null;
}
