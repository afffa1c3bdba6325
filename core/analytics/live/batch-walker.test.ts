import { describe, expect, it } from "vitest";
import type { ingest } from "../../../proto/gen/proto.js";
import { fullBatch, SAMPLE_BASE_MS } from "../../store/sample-batches.ts";
import { type BatchVisitor, BatchWalker } from "./batch-walker.ts";
import { wire } from "./tick-batches.ts";

function record(batch: ingest.v1.ITickBatch, maxSkewNs = 60e9): { seen: string[]; walker: BatchWalker } {
  const seen: string[] = [];
  const visitor: BatchVisitor = {
    trade: (i, t, price, size, side, id) => seen.push(`trade ${i} ${t} ${price} ${size} ${side} ${id}`),
    book: (i, t, r, snap, levels, from, count) => {
      const l = Array.from({ length: count }, (_, k) => `${levels.levelIsBid[from + k] ? "b" : "a"}${levels.levelPrice[from + k]}x${levels.levelSize[from + k]}`);
      seen.push(`${snap ? "snapshot" : "delta"} ${i} ${t} ${r} ${l.join(" ")}`);
    },
    bbo: (i, t, r, bp, bs, ap, as) => seen.push(`bbo ${i} ${t} ${r} ${bp}/${bs} ${ap}/${as}`),
    health: (h, t) => seen.push(`health ${h.venue} ${t}`),
  };
  const walker = new BatchWalker(maxSkewNs);
  walker.walk(batch, visitor);
  return { seen, walker };
}

const base = BigInt(SAMPLE_BASE_MS) * 1_000_000n;

describe("BatchWalker", () => {
  it("walks every column of a wire batch in event-time order with exact ns times and each book event's own levels", () => {
    const { seen, walker } = record(fullBatch("edge", 1));
    expect(seen).toEqual([
      `health binance ${base + 7n}`,
      `bbo 1 ${base - 1_000_001n} ${base} 2650/4 2650.5/5`,
      `snapshot 0 ${base} ${base + 10n} b60999x1 b60998x2 a61002x3`,
      `delta 0 ${base + 1000n} ${base + 1500n} b61000x1.5 a61001x0`,
      `delta 1 ${base + 2000n} ${base + 2500n} b2650x3`,
      `trade 0 ${base + 314667n} 61000.5 0.001 buy t1-0`,
      `trade 1 ${base + 314789n} 2650.25 1e-7 sell t1-1\tx'y\\z`,
    ]);
    expect(walker.stats).toMatchObject({ events: 7, unknownInstrument: 0, badTime: 0, malformedColumns: 0 });
  });

  it("keeps a book event's levels aligned when an event before it is skipped", () => {
    const batch = wire({
      edgeId: "e",
      seq: 1,
      baseTimeMs: SAMPLE_BASE_MS,
      instruments: [{ venue: "v", symbol: "A/B", venueSymbol: "AB" }],
      bookDeltas: { instrument: [0, 3, 0], venueTimeDeltaNs: [1, 2, 3], receiveTimeDeltaNs: [1, 2, 3], firstUpdateId: [1, 2, 3], lastUpdateId: [1, 2, 3], prevUpdateId: [0, 1, 2], levelCount: [1, 2, 1], levelIsBid: [true, true, false, false], levelPrice: [1, 2, 3, 4], levelSize: [1, 1, 1, 1] },
    });
    const { seen, walker } = record(batch);
    expect(seen).toEqual([`delta 0 ${base + 1n} ${base + 1n} b1x1`, `delta 0 ${base + 3n} ${base + 3n} a4x1`]);
    expect(walker.stats.unknownInstrument).toBe(1);
  });
});
