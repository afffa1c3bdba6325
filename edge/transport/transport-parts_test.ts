import assert from "node:assert/strict";
import { backoffDelayMs } from "./backoff.ts";
import { Liveness } from "./liveness.ts";
import { ManualClock } from "./manual-clock.ts";
import { retryAfterMs } from "./retry-after.ts";
import { WeightBudget } from "./weight-budget.ts";
import { decodeFrame } from "./frame-decoder.ts";

Deno.test("backoff: full jitter stays within the exponential ceiling and the cap", () => {
  const policy = { baseMs: 100, capMs: 5_000 };
  assert.equal(backoffDelayMs(0, policy, () => 0.999), 99);
  assert.equal(backoffDelayMs(3, policy, () => 0.5), 400);
  assert.equal(backoffDelayMs(20, policy, () => 0.999), 4_995);
  assert.equal(backoffDelayMs(5, policy, () => 0), 0);
});

Deno.test("liveness: any frame keeps it alive; silence probes; only an unanswered probe is dead", () => {
  const l = new Liveness({ silenceMs: 1_000, probeTimeoutMs: 500 }, 0);
  assert.equal(l.check(999).kind, "alive");
  assert.equal(l.check(1_000).kind, "probe");
  assert.ok(l.probing());
  l.frame(1_200); // the probe is answered: a quiet market, not a dead feed
  assert.equal(l.probing(), false);
  const again = l.check(1_300);
  assert.deepEqual(again, { kind: "alive", nextCheckInMs: 900 });
  assert.equal(l.check(2_200).kind, "probe");
  assert.equal(l.check(2_699).kind, "alive");
  assert.deepEqual(l.check(2_700), { kind: "dead", silentForMs: 1_500 });
});

Deno.test("weight budget: a full bucket, then refill at the per-minute rate", () => {
  const b = new WeightBudget(120, 0);
  for (let i = 0; i < 6; i++) assert.equal(b.take(20, 0), 0);
  assert.equal(b.take(20, 0), 10_000); // 20 weight at 2 per second
  assert.equal(b.take(20, 9_999), 1);
  assert.equal(b.take(20, 10_000), 0);
  assert.throws(() => new WeightBudget(0, 0), /weightPerMinute/);
});

Deno.test("retry-after: seconds and HTTP dates", () => {
  assert.equal(retryAfterMs("3", 0), 3_000);
  assert.equal(retryAfterMs(null, 0), undefined);
  assert.equal(retryAfterMs("soon", 0), undefined);
  const now = Date.parse("2024-08-08T00:00:00Z");
  assert.equal(retryAfterMs("Thu, 08 Aug 2024 00:00:07 GMT", now), 7_000);
});

Deno.test("manual clock fires due timers in time order, including ones they set", () => {
  const c = new ManualClock();
  const seen: string[] = [];
  c.setTimer(() => seen.push("b"), 20);
  c.setTimer(() => {
    seen.push("a");
    c.setTimer(() => seen.push("c"), 15);
  }, 10);
  const cancelled = c.setTimer(() => seen.push("never"), 5);
  c.clearTimer(cancelled);
  c.advance(24);
  assert.deepEqual(seen, ["a", "b"]);
  c.advance(1);
  assert.deepEqual(seen, ["a", "b", "c"]);
});

Deno.test("frame decoder: text, utf-8 binary, gzip binary, and a counted failure", async () => {
  assert.equal(await decodeFrame('{"a":1}'), '{"a":1}');
  assert.equal(await decodeFrame(new TextEncoder().encode("hé").buffer), "hé");
  const gz = await new Response(
    new Blob([new TextEncoder().encode('{"ping":1}')]).stream().pipeThrough(new CompressionStream("gzip")),
  ).arrayBuffer();
  assert.equal(await decodeFrame(gz), '{"ping":1}');
  assert.ok(await decodeFrame(new Uint8Array([0xff, 0xfe]).buffer) instanceof Error);
  assert.ok(await decodeFrame(42) instanceof Error);
});
