/**
 * The generated decoder's bulk readers for packed columns (proto/packed-readers.js) must
 * decode exactly what protobufjs encodes, and refuse damaged packed fields instead of reading past them.
 */
import { describe, expect, it } from "vitest";
import { ingest } from "../../proto/gen/proto.js";

const levels = {
  instrument: [0, 0],
  venueTimeDeltaNs: [1, 2],
  receiveTimeDeltaNs: [3, 4],
  firstUpdateId: [1, 2],
  lastUpdateId: [1, 2],
  prevUpdateId: [0, 1],
  levelCount: [3, 2],
  levelIsBid: [true, false, true, false, true],
  levelPrice: [61659.7, -0, Number.MIN_VALUE, Number.MAX_VALUE, 1e-9],
  levelSize: [NaN, Infinity, -Infinity, 0.1 + 0.2, 2 ** 53],
};

describe("packed double and bool columns", () => {
  it("decode bit for bit, special values included", () => {
    const bytes = ingest.v1.BookColumns.encode(levels).finish();
    const decoded = ingest.v1.BookColumns.decode(bytes);
    expect(decoded.levelIsBid).toEqual(levels.levelIsBid);
    expect(decoded.levelPrice.map((v) => Object.is(v, -0) ? "-0" : v)).toEqual(levels.levelPrice.map((v) => Object.is(v, -0) ? "-0" : v));
    expect(decoded.levelSize).toEqual(levels.levelSize);
  });

  it("decodes from a buffer that starts mid-allocation (unaligned doubles)", () => {
    const bytes = ingest.v1.BookColumns.encode(levels).finish();
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const decoded = ingest.v1.BookColumns.decode(shifted.subarray(3));
    expect(decoded.levelPrice[0]).toBe(61659.7);
    expect(decoded.levelSize[4]).toBe(2 ** 53);
  });

  it("refuses a packed double field whose length is not a multiple of 8, and a truncated one", () => {
    // Field 9 (level_price), wire type 2, length 7.
    const odd = Uint8Array.from([0x4a, 7, 1, 2, 3, 4, 5, 6, 7]);
    expect(() => ingest.v1.BookColumns.decode(odd)).toThrow(/multiple of 8/);
    const truncated = Uint8Array.from([0x4a, 16, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(() => ingest.v1.BookColumns.decode(truncated)).toThrow(/index out of range/);
  });
});

describe("packed varint columns", () => {
  it("decode sint64 deltas and uint64 ids up to ±(2^53-1), uint32 and enums exactly", () => {
    const max = Number.MAX_SAFE_INTEGER;
    const trades = {
      instrument: [0, 1, 4294967295, 7],
      venueTimeDeltaNs: [-max, -1, 0, max],
      receiveTimeDeltaNs: [1, -2, 3, -4],
      tradeId: ["a", "b", "c", "d"],
      price: [1, 2, 3, 4],
      size: [1, 2, 3, 4],
      side: [0, 1, 2, 1],
    };
    const decoded = ingest.v1.TradeColumns.decode(ingest.v1.TradeColumns.encode(trades).finish());
    expect({ ...decoded }).toEqual(trades);
    const book = ingest.v1.BookColumns.decode(ingest.v1.BookColumns.encode({ lastUpdateId: [0, 5123107839020, max] }).finish());
    expect(book.lastUpdateId).toEqual([0, 5123107839020, max]);
  });

  it("appends a field split over several packed runs, and refuses a truncated varint", () => {
    const run = ingest.v1.BookColumns.encode({ levelCount: [1, 300] }).finish();
    const twice = new Uint8Array(run.length * 2);
    twice.set(run);
    twice.set(run, run.length);
    expect(ingest.v1.BookColumns.decode(twice).levelCount).toEqual([1, 300, 1, 300]);
    // Field 7 (level_count), packed, 2 bytes claimed: 0xac 0x02 is 300; cut after 0xac.
    expect(() => ingest.v1.BookColumns.decode(Uint8Array.from([0x3a, 2, 0xac]))).toThrow(/index out of range/);
  });
});
