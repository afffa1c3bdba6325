import { describe, expect, it } from "vitest";
import { RowBinaryBuffer } from "../../store/row-binary.ts";
import { NsHalves, RowBinaryReader } from "./row-binary-reader.ts";

/** Rows as the store's encoder writes them: string, UInt64, Int64 (ns), Float64, Array(Float64), Int8, UInt32. */
function encoded(): Uint8Array {
  const out = new RowBinaryBuffer(16);
  for (let i = 0; i < 50; i++) {
    out.string(i % 7 === 0 ? "ünïcode-edge" : "edge-1");
    out.u64(5_123_107_840_008 + i);
    const ns = 1_723_161_256_322_123_456n + BigInt(i) * 999n;
    out.i64(Number(ns & 0xffffffffn), Number(ns >> 32n));
    out.f64(i === 3 ? NaN : 61800.3 + i / 10);
    out.varint(i % 4);
    for (let l = 0; l < i % 4; l++) out.f64(-l - 0.1);
    out.u8(i % 3);
    out.u32(i);
  }
  return out.finish();
}

function decode(chunks: Uint8Array[]): unknown[] {
  const reader = new RowBinaryReader();
  const rows: unknown[] = [];
  for (const chunk of chunks) {
    reader.rows(Buffer.from(chunk), (r) => {
      const edge = r.string();
      const seq = r.u64();
      r.i64();
      const time = NsHalves.of(r);
      rows.push([edge, seq, time.deltaFrom(NsHalves.ofMs(1_723_161_256_000)), r.f64(), r.f64Array(), r.i8(), r.u32()]);
    });
  }
  expect(reader.leftover).toBe(false);
  return rows;
}

describe("RowBinaryReader", () => {
  it("decodes rows exactly, however the stream is cut into chunks", () => {
    const bytes = encoded();
    const whole = decode([bytes]);
    expect(whole).toHaveLength(50);
    expect(whole[0]).toEqual(["ünïcode-edge", 5_123_107_840_008, 322_123_456, 61800.3, [], 0, 0]);
    expect(whole[3]).toEqual(["edge-1", 5_123_107_840_011, 322_123_456 + 3 * 999, NaN, [-0.1, -1.1, -2.1], 0, 3]);
    for (const size of [1, 3, 7, 64]) {
      const chunks: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
      expect(decode(chunks)).toEqual(whole);
    }
  });

  it("reports a stream that ends inside a row", () => {
    const reader = new RowBinaryReader();
    reader.rows(Buffer.from(encoded().subarray(0, 10)), (r) => r.string() && r.u64());
    expect(reader.leftover).toBe(true);
  });

  it("orders and differences exact ns halves", () => {
    const a = NsHalves.ofMs(1_723_161_256_322);
    const b = new NsHalves(a.hi, a.lo + 1);
    expect(a.compare(b)).toBeLessThan(0);
    expect(b.deltaFrom(a)).toBe(1);
    expect(NsHalves.ofMs(1_723_161_257_000).deltaFrom(a)).toBe(678_000_000);
    expect(new NsHalves(0, 0).isZero).toBe(true);
  });
});
