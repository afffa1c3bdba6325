/**
 * Several Binance spot recordings (BTCUSDT over a day rotation, ETHUSDT) replayed as one feed into
 * one adapter must give, symbol by symbol, exactly what replaying each recording alone gives.
 */
import assert from "node:assert/strict";
import type { MarketEvent } from "../normalize/events.ts";
import { createAdapter } from "../venues/registry.ts";
import { readCaptures } from "./merged-captures.ts";
import { replayCapture } from "./replay-transport.ts";
import { hasSharedData, sharedDataPath } from "./shared-data.ts";

const REC = "exchange-captures/binance-recorded/";
const BTC = [`${REC}spot-btcusdt_20240808.gz`, `${REC}spot-btcusdt_20240809.gz`];
const ETH = [`${REC}spot-ethusdt_20240808.gz`];

async function replay(relatives: readonly string[]) {
  const events: MarketEvent[] = [];
  const { adapter, stats } = await replayCapture(
    relatives.map(sharedDataPath),
    (requests) => createAdapter("binance", { sink: (e) => void events.push(e), requests }),
  );
  return { events, adapter, stats };
}

/** Events without their instrument object (each adapter run has its own), for deep comparison. */
const plain = (events: MarketEvent[], symbol: string) =>
  events.filter((e) => e.instrument.symbol === symbol).map((e) => ({ ...e, instrument: e.instrument.venueSymbol }));

Deno.test({
  name: "merged recordings replay per symbol exactly as each recording alone",
  ignore: !hasSharedData(...BTC, ...ETH),
  fn: async () => {
    const together = await replay([...ETH, ...BTC]);
    const btc = await replay(BTC);
    const eth = await replay(ETH);
    assert.equal(together.stats.records, btc.stats.records + eth.stats.records);
    assert.equal(together.stats.snapshotsAnswered, 2, "each recording's snapshot reached its own symbol");
    assert.equal(together.adapter.stats().sequenceGaps, 0);
    assert.equal(together.adapter.stats().malformed, 0);
    for (const [symbol, alone] of [["BTC/USDT", btc], ["ETH/USDT", eth]] as const) {
      const merged = plain(together.events, symbol);
      assert.ok(merged.length > 10_000, `${symbol}: ${merged.length} events`);
      assert.deepEqual(merged, plain(alone.events, symbol));
      assert.deepEqual(together.adapter.topOfBooks().get(symbol), alone.adapter.topOfBooks().get(symbol));
    }
  },
});

Deno.test({
  name: "merged records come in receive-time order, each recording on its own connection",
  ignore: !hasSharedData(...BTC, ...ETH),
  fn: async () => {
    let last = 0n;
    const connections = new Set<string>();
    for await (const r of readCaptures([...BTC, ...ETH].map(sharedDataPath))) {
      assert.notEqual(r.kind, "malformed");
      if (r.kind === "malformed") continue;
      assert.ok(r.timeNs >= last, `out of order at ${r.timeNs}`);
      last = r.timeNs;
      connections.add(r.conn);
    }
    assert.deepEqual([...connections].sort(), ["rec0.recorded.ws.0", "rec1.recorded.ws.0"]);
  },
});
