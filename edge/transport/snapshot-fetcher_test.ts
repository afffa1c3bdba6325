/**
 * The REST snapshot fetcher against a real local HTTP server, with a manual clock: the weight budget
 * is checked by counting requests per simulated window, Retry-After by moving time to either side.
 */
import assert from "node:assert/strict";
import { startCaptureVenueServer } from "./capture-venue-server.ts";
import { ManualClock } from "./manual-clock.ts";
import { SnapshotFetcher } from "./snapshot-fetcher.ts";
import { ignoreTransport, type SnapshotOutcome, type TransportObserver } from "./transport-observer.ts";

async function settle(fetcher: SnapshotFetcher, server: { restRequests: unknown[] }, answered: () => number) {
  // Requests go out synchronously with the clock step; wait until every sent one has been answered.
  for (let i = 0; i < 2_000; i++) {
    if (answered() === fetcher.stats.sent && fetcher.stats.sent >= server.restRequests.length) return;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error("fetcher did not settle");
}

function rig(rest?: Parameters<typeof startCaptureVenueServer>[0]["rest"], weightPerMinute = 100) {
  const snapshots = new Map(
    Array.from({ length: 12 }, (_, i) => [`/fapi/v1/depth?symbol=S${i}&limit=1000`, `{"lastUpdateId":${i}}`]),
  );
  const server = startCaptureVenueServer({ frames: [], snapshots, rest });
  const clock = new ManualClock();
  const delivered: { key: string; body: string | null; atMs: number }[] = [];
  const outcomes: SnapshotOutcome[] = [];
  const observer: TransportObserver = {
    ...ignoreTransport,
    snapshotFetched: (_k, outcome) => outcomes.push(outcome),
  };
  const sentAt: number[] = [];
  const fetcher = new SnapshotFetcher(
    {
      weightPerMinute,
      maxAttempts: 4,
      maxConcurrent: 2,
      timeoutMs: 10_000,
      backoff: { baseMs: 1_000, capMs: 8_000 },
    },
    {
      clock,
      fetch: (input, init) => {
        sentAt.push(clock.nowMs());
        return fetch(server.rewrite(String(input)), init);
      },
      random: () => 1,
      observer,
      deliver: (key, body) => delivered.push({ key, body, atMs: clock.nowMs() }),
    },
  );
  const answered = () => outcomes.length;
  return { server, clock, fetcher, delivered, outcomes, sentAt, answered };
}

const url = (i: number) => `https://fapi.binance.com/fapi/v1/depth?symbol=S${i}&limit=1000`;

Deno.test("snapshot fetcher: never spends more weight than the per-minute budget allows", async () => {
  const r = rig();
  try {
    for (let i = 0; i < 12; i++) r.fetcher.request(`S${i}#1`, url(i), 20);
    await settle(r.fetcher, r.server, r.answered);
    // 100 weight per minute, 20 each: a full bucket pays for 5 at once, then one per 12 s.
    assert.equal(r.sentAt.length, 5);
    for (let step = 0; step < 120 && r.delivered.length < 12; step++) {
      r.clock.advance(1_000);
      await settle(r.fetcher, r.server, r.answered);
    }
    assert.equal(r.delivered.length, 12);
    assert.ok(r.delivered.every((d) => d.body !== null));
    for (let i = 0; i < r.sentAt.length; i++) {
      const spent = (i + 1) * 20;
      const allowed = 100 + (r.sentAt[i] / 60_000) * 100;
      assert.ok(spent <= allowed + 1e-9, `request ${i} at ${r.sentAt[i]} ms exceeds the budget`);
    }
    // Any 60 s window holds at most a bucket plus a minute of refill.
    for (const t of r.sentAt) assert.ok(r.sentAt.filter((s) => s >= t && s < t + 60_000).length <= 10);
    assert.equal(r.sentAt[5], 12_000);
  } finally {
    r.fetcher.stop();
    await r.server.close();
  }
});

Deno.test("snapshot fetcher: a 429 pauses the venue for Retry-After, then the request succeeds", async () => {
  const r = rig((n) => (n === 0 ? { status: 429, retryAfter: "3" } : undefined));
  try {
    r.fetcher.request("S0#1", url(0), 20);
    await settle(r.fetcher, r.server, r.answered);
    assert.deepEqual(r.outcomes, ["throttled"]);
    r.fetcher.request("S1#1", url(1), 20);
    r.clock.advance(2_999);
    await settle(r.fetcher, r.server, r.answered);
    assert.equal(r.server.restRequests.length, 1, "nothing is sent before Retry-After has passed");
    r.clock.advance(1);
    await settle(r.fetcher, r.server, r.answered);
    assert.equal(r.sentAt[1], 3_000);
    assert.deepEqual(r.delivered.map((d) => [d.key, d.body]), [["S0#1", '{"lastUpdateId":0}'], [
      "S1#1",
      '{"lastUpdateId":1}',
    ]]);
    assert.equal(r.fetcher.stats.throttled, 1);
  } finally {
    r.fetcher.stop();
    await r.server.close();
  }
});

Deno.test("snapshot fetcher: 5xx retries with backoff, a 404 and exhausted retries answer null", async () => {
  const r = rig((_n, path) => (path.includes("S0") ? { status: 503 } : undefined), 10_000);
  try {
    r.fetcher.request("S0#1", url(0), 1);
    r.fetcher.request("S99#1", "https://fapi.binance.com/fapi/v1/depth?symbol=S99&limit=1000", 1);
    await settle(r.fetcher, r.server, r.answered);
    assert.deepEqual(r.delivered, [{ key: "S99#1", body: null, atMs: 0 }]);
    for (let step = 0; step < 40 && r.delivered.length < 2; step++) {
      r.clock.advance(1_000);
      await settle(r.fetcher, r.server, r.answered);
    }
    // random() = 1: backoff 2 s, 4 s, 8 s after attempts 1..3, then attempt 4 gives up.
    assert.deepEqual(r.sentAt.filter((_, i) => i !== 1), [0, 2_000, 6_000, 14_000]);
    assert.equal(r.delivered[1].key, "S0#1");
    assert.equal(r.delivered[1].body, null);
    assert.equal(r.fetcher.stats.failed, 2);
  } finally {
    r.fetcher.stop();
    await r.server.close();
  }
});

Deno.test("snapshot fetcher: a second request for a waiting key replaces it", async () => {
  const r = rig(undefined, 20);
  try {
    r.fetcher.request("S0#1", url(0), 20);
    r.fetcher.request("S1#1", url(1), 20);
    r.fetcher.request("S1#1", url(2), 20);
    await settle(r.fetcher, r.server, r.answered);
    assert.equal(r.fetcher.outstanding, 1);
    r.clock.advance(60_000);
    await settle(r.fetcher, r.server, r.answered);
    assert.deepEqual(r.server.restRequests.map((q) => q.path), [
      "/fapi/v1/depth?symbol=S0&limit=1000",
      "/fapi/v1/depth?symbol=S2&limit=1000",
    ]);
  } finally {
    r.fetcher.stop();
    await r.server.close();
  }
});
