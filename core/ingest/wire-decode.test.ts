/**
 * The generated decoder's bulk readers for packed doubles and bools (proto/packed-readers.js) must
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
