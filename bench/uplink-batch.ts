/**
 * `deno run -A bench/uplink-batch.ts`: the edge's batch building + encoding, one JSON line.
 *
 * The events of a real Binance USD-M day recording (replayed through the binance-usdm adapter, once,
 * untimed) are fed to BatchBuilder (columns written as wire bytes) and to the reference builder
 * (arrays + protobufjs' generated encode, what the edge did before), sealing every 2048 events as the
 * pipeline does. Figures are ns per event for add + seal, best of N passes each (the machine is
 * shared: the best pass is the least disturbed), passes of the two builders interleaved.
 */
import { replayCapture } from "../edge/replay/replay-transport.ts";
import { sharedDataPath } from "../edge/replay/shared-data.ts";
import { createAdapter } from "../edge/venues/registry.ts";
import type { MarketEvent } from "../edge/normalize/events.ts";
import { BatchBuilder } from "../edge/uplink/batch-builder.ts";
import { ReferenceBatchBuilder } from "../edge/uplink/reference-batch-builder.ts";

const CAPTURE = "exchange-captures/binance-recorded/usdm-btcusdt_20240808.gz";
const BATCH_EVENTS = 2048;
const PASSES = Number(Deno.env.get("PASSES") ?? 9);

const events: MarketEvent[] = [];
await replayCapture(sharedDataPath(CAPTURE), (requests) =>
  createAdapter("binance-usdm", { sink: (e) => events.push(e), requests }));

let levels = 0;
const byType: Record<string, number> = {};
for (const e of events) {
  byType[e.type] = (byType[e.type] ?? 0) + 1;
  if (e.type === "book") levels += e.bids.length + e.asks.length;
}

interface Builder {
  add(e: MarketEvent): void;
  seal(seq: number, traceparent: string, nowNs: bigint): { bytes: Uint8Array } | null;
  readonly size: number;
}

/** One pass over all events; ns per event and bytes produced. */
function pass(builder: Builder): { nsPerEvent: number; bytes: number } {
  let bytes = 0;
  let seq = 0;
  const started = performance.now();
  for (let i = 0; i < events.length; i++) {
    builder.add(events[i]);
    if (builder.size >= BATCH_EVENTS) bytes += builder.seal(++seq, "", 0n)!.bytes.length;
  }
  bytes += builder.seal(++seq, "", 0n)?.bytes.length ?? 0;
  return { nsPerEvent: ((performance.now() - started) * 1e6) / events.length, bytes };
}

const best = { wire: Infinity, protobufjs: Infinity };
const bytes = { wire: 0, protobufjs: 0 };
for (let i = 0; i < PASSES; i++) {
  const a = pass(new BatchBuilder("bench"));
  const b = pass(new ReferenceBatchBuilder("bench"));
  best.wire = Math.min(best.wire, a.nsPerEvent);
  best.protobufjs = Math.min(best.protobufjs, b.nsPerEvent);
  bytes.wire = a.bytes;
  bytes.protobufjs = b.bytes;
}

const round = (x: number) => Math.round(x * 10) / 10;
console.log(JSON.stringify({
  capture: CAPTURE,
  events: events.length,
  byType,
  bookLevels: levels,
  batchEvents: BATCH_EVENTS,
  passes: PASSES,
  addSealNsPerEvent: { wire: round(best.wire), protobufjs: round(best.protobufjs) },
  speedup: round(best.protobufjs / best.wire),
  bytesPerEvent: { wire: round(bytes.wire / events.length), protobufjs: round(bytes.protobufjs / events.length) },
}));
