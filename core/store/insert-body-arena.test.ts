import { describe, expect, it } from "vitest";
import { BODY_CHUNK_BYTES, type BodySpan, bodyViews, ChunkPool, InsertBodyArena } from "./insert-body-arena.ts";

const part = (length: number, fill: number) => new Uint8Array(length).fill(fill);
const bytesOf = (span: BodySpan) => span.chunk.bytes.subarray(span.start, span.end);

describe("InsertBodyArena", () => {
  it("gives back every part's bytes in order as a few views, one per chunk filled", () => {
    const arena = new InsertBodyArena(new ChunkPool());
    const parts = Array.from({ length: 700 }, (_, i) => part(1_000 + (i % 13), i % 251));
    const spans = parts.map((p) => arena.append(p));
    const views = [...bodyViews(spans)];
    expect(Buffer.concat(views).equals(Buffer.concat(parts))).toBe(true);
    const total = parts.reduce((n, p) => n + p.length, 0);
    expect(views.length).toBe(Math.ceil(total / (BODY_CHUNK_BYTES - 1_013)));
    for (const view of views) expect(view.length).toBeLessThanOrEqual(BODY_CHUNK_BYTES);
    expect([...bodyViews([])]).toEqual([]);
  });

  it("never changes a part's bytes while it is unreleased, and reuses chunks once their parts are stored", () => {
    const pool = new ChunkPool(4_096);
    const arena = new InsertBodyArena(pool);
    let fill = 0;
    const live: Array<{ span: BodySpan; fill: number; length: number }> = [];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let round = 0; round < 2_000; round++) {
      const length = 1 + Math.floor(random() * 1_500);
      fill = (fill + 1) % 256;
      live.push({ span: arena.append(part(length, fill)), fill, length });
      // Blocks are stored in order: release the oldest parts, a few at a time.
      if (live.length > 10 + random() * 30) for (const done of live.splice(0, 1 + Math.floor(random() * 10))) arena.release(done.span);
      for (const p of live) expect(bytesOf(p.span).equals(Buffer.alloc(p.length, p.fill))).toBe(true);
    }
    // ~1.5 MB went through 4 kB chunks (~370 of them); at most ~40 parts (~30 kB) were ever unreleased.
    expect(pool.stats().allocated).toBeLessThan(20);
  });

  it("puts a part larger than a chunk in a chunk of its own, which the pool does not keep", () => {
    const pool = new ChunkPool(1_024);
    const arena = new InsertBodyArena(pool);
    const small = arena.append(part(10, 1));
    const big = arena.append(part(3_000, 2));
    const after = arena.append(part(20, 3));
    expect(big.chunk.bytes.length).toBe(3_000);
    expect([...bodyViews([small, big, after])].map((v) => v.length)).toEqual([10, 3_000, 20]);
    arena.release(small);
    arena.release(big);
    expect(pool.stats()).toEqual({ allocated: 2, free: 1 });
  });
});
