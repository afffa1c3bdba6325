/**
 * The Coinbase frame scanner never changes a result: field by field it reads what JSON.parse + the
 * adapter's parseUpdates read, on every l2_data frame of the capture; adapters with and without it
 * agree on the capture and on damaged copies of its frames (see ./scanner-test-kit.ts).
 */
import assert from "node:assert/strict";
import { CoinbaseAdapter } from "./coinbase.ts";
import { CoinbaseFrameScanner, LEVEL2, NONE } from "./coinbase-frame-scanner.ts";
import { loadCapture } from "./test-captures.ts";
import { assertAcceptedIsJson, assertSameReplay, damaged, withDamage } from "./scanner-test-kit.ts";

const recs = await loadCapture("coinbase/coinbase-advanced-trade_2026-08-09.jsonl");
const ignore = recs === undefined;
const frames = () => recs!.filter((r) => r.kind === "recv").map((r) => r.msg);
const make = (o: ConstructorParameters<typeof CoinbaseAdapter>[0], scanner: boolean) =>
  new CoinbaseAdapter(o, { scanner });

Deno.test({
  name: "coinbase scanner: every l2_data frame of the capture is read, field by field as JSON.parse",
  ignore,
  fn() {
    const sc = new CoinbaseFrameScanner();
    let read = 0;
    for (const f of frames()) {
      const kind = sc.scan(f);
      // deno-lint-ignore no-explicit-any
      const m: any = JSON.parse(f);
      if (m.channel === "l2_data") assert.equal(kind, LEVEL2, f.slice(0, 200));
      if (kind === NONE) continue;
      read++;
      assert.equal(sc.channel, m.channel);
      assert.equal(sc.timestamp, m.timestamp);
      assert.equal(sc.sequence, m.sequence_num);
      assert.equal(sc.events.length, m.events.length);
      // deno-lint-ignore no-explicit-any
      m.events.forEach((e: any, i: number) => {
        const got = sc.events[i];
        assert.equal(got.type, e.type);
        assert.equal(got.productId, e.product_id);
        const side = (s: string) =>
          e.updates.filter((u: Record<string, string>) => u.side === s).map((
            u: Record<string, string>,
          ) => [+u.price_level, +u.new_quantity]);
        assert.deepEqual(got.bids, side("bid"));
        assert.deepEqual(got.asks, side("offer"));
      });
    }
    assert.ok(read > 700);
  },
});

Deno.test({
  name: "coinbase scanner: adapters with and without it give identical events, stats and tops",
  ignore,
  async fn() {
    const fast = await assertSameReplay(make, recs!);
    assert.ok(fast.stats.bookUpdatesApplied > 0);
    assert.equal(fast.stats.malformed, 0);
  },
});

Deno.test({
  name: "coinbase scanner: damaged frames behave as on the JSON.parse path",
  ignore,
  async fn() {
    // The live frames (the snapshots are MBs each: damaged copies of a few of them are enough).
    const small = recs!.filter((r) => r.kind !== "recv" || r.msg.length < 20_000);
    const fast = await assertSameReplay(make, withDamage(small));
    assert.ok(fast.stats.malformed > 0);
    const sc = new CoinbaseFrameScanner();
    const all = frames().filter((f) => f.length < 20_000).flatMap((f, i) => damaged(f, i));
    assert.ok(assertAcceptedIsJson((f) => sc.scan(f) !== NONE, all) > 0);
  },
});
