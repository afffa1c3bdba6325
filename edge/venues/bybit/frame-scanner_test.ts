/**
 * The Bybit frame scanner never changes a result: field by field it reads what JSON.parse + the
 * adapter's field readers read, on every frame of the capture; adapters with and without it agree
 * on the capture and on damaged copies of every frame (see ../scanner-test-kit.ts).
 */
import assert from "node:assert/strict";
import { BybitAdapter } from "./adapter.ts";
import { BOOK, BybitFrameScanner, NONE, TRADES } from "./frame-scanner.ts";
import { textLevels } from "../frame-fields.ts";
import { loadCapture } from "../test-captures.ts";
import {
  assertAcceptedIsJson,
  assertSameReplay,
  damaged,
  reversedKeys,
  withDamage,
} from "../scanner-test-kit.ts";
import type { BybitMarket } from "./symbols.ts";

const recs = await loadCapture("bybit/bybit-v5-linear-spot_2026-08-09.jsonl");
const ignore = recs === undefined;
const frames = () => recs!.filter((r) => r.kind === "recv").map((r) => r.msg);

Deno.test({
  name:
    "bybit scanner: every orderbook and publicTrade frame of the capture is read, field by field as JSON.parse",
  ignore,
  fn() {
    const sc = new BybitFrameScanner();
    let books = 0;
    let trades = 0;
    for (const f of frames()) {
      const kind = sc.scan(f);
      // deno-lint-ignore no-explicit-any
      const m: any = JSON.parse(f);
      const channel = typeof m.topic === "string" ? m.topic.split(".")[0] : undefined;
      if (channel === "orderbook" || channel === "publicTrade") assert.notEqual(kind, NONE, f.slice(0, 200));
      if (kind === NONE) continue;
      assert.equal(sc.topic, m.topic);
      assert.equal(sc.channel, channel);
      assert.equal(sc.ts, m.ts);
      if (kind === TRADES) {
        trades++;
        assert.deepEqual(sc.rows, m.data);
        continue;
      }
      assert.equal(kind, BOOK);
      books++;
      assert.equal(sc.type, m.type);
      assert.equal(sc.symbol, m.data.s);
      assert.equal(sc.updateId, m.data.u);
      for (const [mine, theirs] of [[sc.bids, m.data.b], [sc.asks, m.data.a]] as const) {
        // The scanner's reused arrays may hold stale entries past its levels.
        assert.deepEqual(mine.numbers.slice(0, 2 * mine.length), textLevels(theirs, "levels").numbers);
        assert.equal(mine.length, theirs.length);
      }
    }
    assert.ok(books > 2000);
    assert.ok(trades > 0);
  },
});

for (const market of ["linear", "spot"] as BybitMarket[]) {
  const make = (o: ConstructorParameters<typeof BybitAdapter>[1], scanner: boolean) =>
    new BybitAdapter(market, o, { scanner });

  Deno.test({
    name: `bybit-${market} scanner: adapters with and without it give identical events, stats and tops`,
    ignore,
    async fn() {
      const fast = await assertSameReplay(make, recs!);
      assert.ok(fast.stats.bookUpdatesApplied > 0);
      assert.equal(fast.stats.malformed, 0);
    },
  });

  Deno.test({
    name: `bybit-${market} scanner: any key order (data before topic) reads the same`,
    ignore,
    async fn() {
      const reordered = recs!.map((r) => r.kind === "recv" ? { ...r, msg: reversedKeys(r.msg) } : r);
      const sc = new BybitFrameScanner();
      const read = reordered.filter((r) => r.kind === "recv" && sc.scan(r.msg) !== NONE).length;
      assert.equal(read, frames().filter((f) => sc.scan(f) !== NONE).length);
      const fast = await assertSameReplay(make, reordered);
      assert.ok(fast.stats.bookUpdatesApplied > 0);
    },
  });

  Deno.test({
    name: `bybit-${market} scanner: damaged frames behave as on the JSON.parse path`,
    ignore,
    async fn() {
      const fast = await assertSameReplay(make, withDamage(recs!));
      assert.ok(fast.stats.malformed > 0);
    },
  });
}

Deno.test({
  name: "bybit scanner: any damaged frame it accepts is valid JSON",
  ignore,
  fn() {
    const sc = new BybitFrameScanner();
    const all = frames().flatMap((f, i) => damaged(f, i));
    assert.ok(assertAcceptedIsJson((f) => sc.scan(f) !== NONE, all) > 0);
  },
});
