/**
 * When the pipeline seals a batch on a feed that goes quiet: the latency a quiet feed adds is the
 * batch deadline, never more, and a replay that knows it is about to wait does not hold its batch.
 */
import assert from "node:assert/strict";
import type { MarketEvent } from "../normalize/events.ts";
import { EdgePipeline } from "./edge-pipeline.ts";
import { Spool } from "./spool.ts";

const trade = (id: number): MarketEvent => ({
  type: "trade",
  instrument: { venue: "binance", symbol: "BTC/USDT", venueSymbol: "BTCUSDT" },
  venueTimeNs: 1_723_075_200_000_000_000n,
  receiveTimeNs: 1_723_075_200_001_000_000n,
  tradeId: String(id),
  price: 60_000,
  size: 0.5,
  side: "buy",
});

function pipeline(maxBatchDelayMs: number): { pipeline: EdgePipeline; spool: Spool } {
  const spool = Spool.open(Deno.makeTempDirSync());
  return { pipeline: new EdgePipeline({ edgeId: "edge-t", spool, onSealed: () => {}, maxBatchDelayMs }), spool };
}

Deno.test("edge pipeline: a wait that outlasts the batch deadline seals the batch at once; a shorter one does not", async () => {
  const { pipeline: p, spool } = pipeline(60_000);
  p.sink(trade(1));
  p.frameDone("1");
  p.idleFor(1_000);
  assert.equal(spool.nextSeq, 1, "a 1 s wait ends long before a 60 s deadline: the batch stays open");
  p.sink(trade(2));
  p.frameDone("2");
  p.idleFor(60_000);
  assert.equal(spool.nextSeq, 2, "the deadline falls within the wait: sealed now");
  assert.deepEqual([...spool.unacked()].map((b) => b.seq), [1]);
  assert.equal(p.stats().stored.trades, 2, "one batch, both trades");
  p.idleFor(60_000);
  assert.equal(spool.nextSeq, 2, "nothing open: nothing sealed");
  p.close();
  await spool.close();
});

Deno.test("edge pipeline: on a quiet feed a batch is sealed by the first tick after half its deadline, not a tick later", async () => {
  // Ticks every 300 ms. A batch opened just after the pipeline started is 300 ms old at the first
  // tick: sealed there (it would pass its 600 ms deadline before the next), not at 600 ms or later.
  const { pipeline: p, spool } = pipeline(600);
  p.sink(trade(1));
  p.frameDone("1");
  await new Promise((resolve) => setTimeout(resolve, 150));
  assert.equal(spool.nextSeq, 1, "not sealed before the first tick");
  await new Promise((resolve) => setTimeout(resolve, 350));
  assert.equal(spool.nextSeq, 2, "sealed by the first tick, before the deadline");
  p.close();
  await spool.close();
});
