import { describe, expect, it } from "vitest";
import { market } from "../../proto/gen/proto.js";
import { fullBatch } from "./sample-batches.ts";
import { encodeTickBatch, TickBatchError } from "./tick-batch-encoder.ts";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const le64 = (value: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigInt64LE(value);
  return b.toString("hex");
};
const f64 = (value: number) => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(value);
  return b.toString("hex");
};
const str = (value: string) => Buffer.concat([Buffer.from([Buffer.byteLength(value)]), Buffer.from(value)]).toString("hex");

describe("encodeTickBatch", () => {
  it("writes one RowBinary row per trade, book event and row event", () => {
    const { parts, skipped } = encodeTickBatch(fullBatch("e1", 9));
    expect(skipped).toEqual([]);
    expect(Object.fromEntries(parts.map((p) => [p.table, p.rows]))).toEqual({
      trades: 2, book_deltas: 2, book_snapshots: 1, bbo: 1, derivative_tickers: 1, liquidations: 1, edge_health: 1,
    });
  });

  it("lays out a book event's fields and level arrays exactly as ClickHouse reads RowBinary", () => {
    const snapshot = encodeTickBatch(fullBatch("e1", 9)).parts.find((p) => p.table === "book_snapshots")!;
    const expected = [
      str("e1"), le64(9n), "00000000", // edge_id, seq, event_index (UInt32)
      str("binance"), str("BTC/USDT"), str("BTCUSDT"),
      le64(1723161255030000000n), le64(1723161255030000010n), // venue / receive time, exact ns
      le64(0n), le64(9007199254740991n), le64(0n), // first / last / prev update id
      "02" + f64(60999) + f64(60998), "02" + f64(1) + f64(2), // bid_price, bid_size
      "01" + f64(61002), "01" + f64(3), // ask_price, ask_size
    ].join("");
    expect(hex(snapshot.bytes)).toBe(expected);
  });

  it("gives the same row whether an event's levels come bids first or interleaved", () => {
    const bidsFirst = fullBatch("e1", 9);
    const interleaved = fullBatch("e1", 9);
    interleaved.bookSnapshots!.levelIsBid = [false, true, true];
    interleaved.bookSnapshots!.levelPrice = [61002, 60999, 60998];
    interleaved.bookSnapshots!.levelSize = [3, 1, 2];
    const snapshot = (b: typeof bidsFirst) => hex(encodeTickBatch(b).parts.find((p) => p.table === "book_snapshots")!.bytes);
    expect(snapshot(interleaved)).toBe(snapshot(bidsFirst));
    const notNumber = fullBatch("e1", 9);
    (notNumber.bookSnapshots!.levelSize as unknown[])[1] = "2";
    expect(() => encodeTickBatch(notNumber)).toThrow(/book_snapshots\[0\]: a level price or size is not a number/);
  });

  it("keeps ns times exact where a JS number would round, and strings with tabs and quotes as they are", () => {
    const trades = encodeTickBatch(fullBatch("e1", 9)).parts.find((p) => p.table === "trades")!;
    const second = [
      str("e1"), le64(9n), str("bybit-linear"), str("ETH/USDT:USDT"), str("ETHUSDT"),
      le64(1723161255030314789n), le64(1723161255029999995n), str("t9-1\tx'y\\z"), f64(2650.25), f64(1e-7), "02",
    ].join("");
    expect(hex(trades.bytes).endsWith(second)).toBe(true);
  });

  it("leaves out, and only counts, the tables the caller already has", () => {
    const { parts, skipped } = encodeTickBatch(fullBatch("e1", 9), (table) => table !== "trades" && table !== "book_deltas");
    expect(parts.map((p) => p.table)).not.toContain("trades");
    expect(skipped).toEqual([
      { table: "trades", rows: 2 },
      { table: "book_deltas", rows: 2 },
    ]);
  });

  it("names the offending field of a malformed batch", () => {
    const badSide = fullBatch("e1", 1);
    badSide.trades!.side = [market.v1.Side.SIDE_BUY, 9 as market.v1.Side];
    expect(() => encodeTickBatch(badSide)).toThrow(/trades\[1\]: unknown enum value 9/);
    const badLevels = fullBatch("e1", 1);
    badLevels.bookDeltas!.levelCount = [2, 2];
    expect(() => encodeTickBatch(badLevels)).toThrow(/book_deltas.level_is_bid has 3 values, expected 4/);
    const noEdge = fullBatch("", 1);
    expect(() => encodeTickBatch(noEdge)).toThrow(TickBatchError);
    const badId = fullBatch("e1", 1);
    badId.bbos!.updateId = [-1];
    expect(() => encodeTickBatch(badId)).toThrow(/not an unsigned integer/);
    const badTime = fullBatch("e1", 1);
    badTime.trades!.receiveTimeDeltaNs = [0, 0.5];
    expect(() => encodeTickBatch(badTime)).toThrow(/trades\[1\]: time delta 0.5 ns is not a safe integer/);
    const badInstrument = fullBatch("e1", 1);
    badInstrument.bbos!.instrument = [7];
    expect(() => encodeTickBatch(badInstrument)).toThrow(/bbos\[0\]: instrument index 7 outside the dictionary/);
  });
});
