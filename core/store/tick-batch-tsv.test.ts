import { describe, expect, it } from "vitest";
import { fullBatch } from "./sample-batches.ts";
import { encodeTickBatch, TickBatchError } from "./tick-batch-tsv.ts";
import { insertColumns } from "./tick-tables.ts";

describe("encodeTickBatch", () => {
  it("writes one TSV row per trade, book level and row event, with fields in insert-column order", () => {
    const { parts, skipped } = encodeTickBatch(fullBatch("e1", 9));
    expect(skipped).toEqual([]);
    expect(Object.fromEntries(parts.map((p) => [p.table, p.rows]))).toEqual({
      trades: 2, book_deltas: 3, book_snapshots: 3, bbo: 1, derivative_tickers: 1, liquidations: 1, edge_health: 1,
    });
    for (const part of parts) {
      const lines = part.text.split("\n");
      expect(lines.pop()).toBe("");
      expect(lines).toHaveLength(part.rows);
      for (const line of lines) expect(line.split("\t")).toHaveLength(insertColumns(part.table).length);
    }
    const trades = parts.find((p) => p.table === "trades")!.text.split("\n");
    expect(trades[1]).toBe("e1\t9\tbybit-linear\tETH/USDT:USDT\tETHUSDT\t1723161255030314789\t1723161255029999995\tt9-1\\tx'y\\\\z\t2650.25\t1e-7\tsell");
  });

  it("leaves out, and only counts, the tables the caller already has", () => {
    const { parts, skipped } = encodeTickBatch(fullBatch("e1", 9), (table) => table !== "trades" && table !== "book_deltas");
    expect(parts.map((p) => p.table)).not.toContain("trades");
    expect(skipped).toEqual([
      { table: "trades", rows: 2 },
      { table: "book_deltas", rows: 3 },
    ]);
  });

  it("names the offending field of a malformed batch", () => {
    const badSide = fullBatch("e1", 1);
    badSide.trades!.side = [1, 9];
    expect(() => encodeTickBatch(badSide)).toThrow(/trades\[1\]: unknown enum value 9/);
    const badLevels = fullBatch("e1", 1);
    badLevels.bookDeltas!.levelCount = [2, 2];
    expect(() => encodeTickBatch(badLevels)).toThrow(/book_deltas.level_is_bid has 3 values, expected 4/);
    const noEdge = fullBatch("", 1);
    expect(() => encodeTickBatch(noEdge)).toThrow(TickBatchError);
    const badId = fullBatch("e1", 1);
    badId.bbos!.updateId = [-1];
    expect(() => encodeTickBatch(badId)).toThrow(/not an unsigned integer/);
  });
});
