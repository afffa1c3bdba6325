/**
 * The Coinbase frame scanner never changes a result: field by field it reads what JSON.parse + the
 * adapter's parseUpdates read, on every l2_data frame of the capture; adapters with and without it
 * agree on the capture and on damaged copies of its frames (see ./scanner-test-kit.ts).
 */
import assert from "node:assert/strict";
import { CoinbaseAdapter } from "./coinbase.ts";
import { CoinbaseFrameScanner, LEVEL2, NONE } from "./coinbase-frame-scanner.ts";
import { loadCapture } from "./test-captures.ts";
import {
  assertAcceptedIsJson,
  assertSameReplay,
  damaged,
  reversedKeys,
  withDamage,
} from "./scanner-test-kit.ts";

const recs = await loadCapture("coinbase/coinbase-advanced-trade_2026-08-09.jsonl");
const ignore = recs === undefined;
const frames = () => recs!.filter((r) => r.kind === "recv").map((r) => r.msg);
const make = (o: ConstructorParameters<typeof CoinbaseAdapter>[0], scanner: boolean) =>
  new CoinbaseAdapter(o, { scanner });

/** Levels laid down as numbers (price i at 2i, size at 2i + 1) as [price, size] pairs. */
const pairs = (numbers: number[]) => numbers.flatMap((p, i) => i % 2 === 0 ? [[p, numbers[i + 1]]] : []);

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
        // A snapshot's levels come as numbers, an update's as pairs; the other form stays empty.
        const snapshot = e.type === "snapshot";
        assert.deepEqual(snapshot ? pairs(got.bidNumbers) : got.bids, side("bid"));
        assert.deepEqual(snapshot ? pairs(got.askNumbers) : got.asks, side("offer"));
        assert.equal((snapshot ? got.bids : got.bidNumbers).length, 0);
        assert.equal((snapshot ? got.asks : got.askNumbers).length, 0);
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

/** The capture with each snapshot cut to its first `levels` updates (real levels, as Coinbase spells them). */
function smallSnapshots(levels: number) {
  return recs!.map((r) => {
    if (
      r.kind !== "recv" || !r.msg.includes('"type":"snapshot"') || !r.msg.startsWith('{"channel":"l2_data"')
    ) {
      return r;
    }
    const m = JSON.parse(r.msg);
    for (const e of m.events) {
      // deno-lint-ignore no-explicit-any
      const side = (s: string) => e.updates.filter((u: any) => u.side === s).slice(0, levels);
      e.updates = [...side("bid"), ...side("offer")];
    }
    return { ...r, msg: JSON.stringify(m) };
  });
}

Deno.test({
  name: "coinbase scanner: snapshot levels (laid down as numbers) agree with JSON.parse, damaged copies too",
  ignore,
  async fn() {
    const small = smallSnapshots(40);
    const fast = await assertSameReplay(make, withDamage(small));
    assert.ok(fast.stats.malformed > 0);
    const snapshots = small.filter((r) => r.kind === "recv" && r.msg.includes('"type":"snapshot"'));
    const sc = new CoinbaseFrameScanner();
    const all = snapshots.flatMap((r, i) => damaged(r.msg, i));
    assert.ok(assertAcceptedIsJson((f) => sc.scan(f) !== NONE, all) > 0);
  },
});

Deno.test({
  name: "coinbase scanner: any key order (events before channel, updates before type) reads the same",
  ignore,
  async fn() {
    const reordered = smallSnapshots(40).map((r) =>
      r.kind === "recv" && r.msg.startsWith('{"channel":"l2_data"') ? { ...r, msg: reversedKeys(r.msg) } : r
    );
    const sc = new CoinbaseFrameScanner();
    const frames = reordered.filter((r) => r.kind === "recv" && r.msg.includes('"l2_data"'));
    assert.ok(frames.length > 700);
    for (const r of frames) assert.equal(sc.scan(r.msg), LEVEL2, r.msg.slice(0, 200));
    const fast = await assertSameReplay(make, reordered);
    assert.ok(fast.stats.bookUpdatesApplied > 700);
  },
});
