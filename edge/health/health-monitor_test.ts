/**
 * Verdict rules and emission of the health monitor, driven through its observer and sink interfaces
 * with a manual clock.
 */
import assert from "node:assert/strict";
import type { BookEvent, HealthEvent } from "../normalize/events.ts";
import { ManualClock } from "../transport/manual-clock.ts";
import { judgeBook } from "./book-quality.ts";
import { HealthMonitor } from "./health-monitor.ts";

const POLICY = { maxSpreadBps: 50, minLevels: 3, staleAfterMs: 30_000, invalidRedAfterMs: 15_000 };
const VIEW = {
  valid: true,
  invalidForMs: 0,
  bestBid: 100,
  bestAsk: 100.1,
  bidLevels: 10,
  askLevels: 10,
  sinceUpdateMs: 0,
};

Deno.test("book quality: each rule with its severity and reason", () => {
  assert.equal(judgeBook(VIEW, POLICY).severity, "GREEN");
  assert.deepEqual(judgeBook({ ...VIEW, bestBid: 100.2 }, POLICY).code, "crossed");
  assert.equal(judgeBook({ ...VIEW, bestBid: 100.2 }, POLICY).severity, "RED");
  assert.equal(judgeBook({ ...VIEW, bestAsk: 101 }, POLICY).code, "wide");
  assert.match(judgeBook({ ...VIEW, bestAsk: 101 }, POLICY).reason, /spread 99\.5 bps > 50/);
  assert.equal(judgeBook({ ...VIEW, askLevels: 2 }, POLICY).code, "thin");
  assert.equal(judgeBook({ ...VIEW, sinceUpdateMs: 31_000 }, POLICY).severity, "YELLOW");
  assert.equal(judgeBook({ ...VIEW, valid: false, invalidForMs: 1_000 }, POLICY).code, "resyncing");
  const red = judgeBook({ ...VIEW, valid: false, invalidForMs: 15_000 }, POLICY);
  assert.equal(red.severity, "RED");
  assert.match(red.reason, /no valid book for 15\.0 s/);
});

const instrument = { venue: "binance", symbol: "BTC/USDT", venueSymbol: "BTCUSDT" };

function book(snapshot: boolean, bids: [number, number][], asks: [number, number][], t: bigint): BookEvent {
  return {
    type: "book",
    instrument,
    venueTimeNs: t,
    receiveTimeNs: t + 2_000_000n,
    snapshot,
    firstUpdateId: 0,
    lastUpdateId: 0,
    prevUpdateId: 0,
    bids,
    asks,
  };
}

Deno.test("health monitor: connection lifecycle, book rows, emission on change and periodically", () => {
  const clock = new ManualClock();
  const emitted: HealthEvent[] = [];
  const m = new HealthMonitor({
    venue: "binance",
    clock,
    onHealth: (e) => emitted.push(e),
    policy: { evaluateEveryMs: 1_000, emitEveryMs: 10_000, downRedAfterMs: 5_000, book: { minLevels: 2 } },
  });
  m.start();
  m.connecting("c0", "wss://x");
  m.opened("c0", "wss://x");
  const t = clock.nowNs();
  m.frame("c0", t, 100);
  m.recordEvent(book(true, [[100, 1], [99, 2]], [[101, 1], [102, 3]], t));
  emitted.length = 0;
  clock.advance(1_000);
  const rows = m.rows();
  const bookRow = rows.find((r) => r.kind === "book")!;
  // No adapter attached: the book is not confirmed valid by an adapter, so it is resyncing.
  assert.equal(bookRow.code, "resyncing");
  assert.equal(bookRow.event.latencyP50Ms > 1.9 && bookRow.event.latencyP50Ms < 2.1, true);
  assert.equal(bookRow.event.clockOffsetNs < 0n, true, "venue − edge ≈ −2 ms from a 2 ms delay");
  const conn = rows.find((r) => r.kind === "connection")!;
  assert.equal(conn.event.severity, "GREEN");

  m.closed("c0", "closed by peer: code 1006");
  const down = emitted.filter((e) => e.connection === "c0" && e.symbol === "");
  assert.equal(down.at(-1)?.severity, "YELLOW", "a fresh drop is YELLOW (reconnecting)");
  emitted.length = 0;
  clock.advance(5_000);
  const red = emitted.filter((e) => e.connection === "c0" && e.symbol === "" && e.severity === "RED");
  assert.equal(red.length, 1, "RED is emitted once, when it starts");
  assert.match(red[0].reason, /down for 5\.0 s \(closed by peer: code 1006\)/);
  emitted.length = 0;
  clock.advance(3_000);
  assert.equal(emitted.length, 0, "no change, no periodic emit yet");
  clock.advance(1_000);
  assert.ok(emitted.length >= 3, "periodic emit of every row");
  m.opened("c0", "wss://x");
  const back = m.rows().find((r) => r.kind === "connection")!;
  assert.equal(back.code, "flapping");
  assert.equal(back.event.reconnects, 1);
  m.venueError("c0", "Invalid request: invalid stream");
  assert.equal(m.overall(), "RED");
  const refused = m.rows().find((r) => r.kind === "connection")!;
  assert.equal(refused.code, "venue-error");
  assert.equal(refused.event.metrics.venueErrors, 1, "each refusal is counted");
  m.stop();
  assert.equal(clock.pendingTimers(), 0);
});
