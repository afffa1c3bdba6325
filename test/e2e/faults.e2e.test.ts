/**
 * Fault tolerance with real processes. Each scenario replays a real Binance recording at 30x its
 * recorded pace, breaks something mid-replay, and must end with exactly the capture's trades stored:
 * none lost, none stored twice.
 */
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalClickHouse } from "../../ops/clickhouse/local-server.ts";
import {
  captureTradeDigest,
  createTestStack,
  sharedFile,
  storedTradeDigest,
  storedTrades,
  waitUntil,
} from "./harness.ts";

const capture = sharedFile("exchange-captures/binance-recorded/spot-ethusdt_20240808.gz");
const REPLAY = ["--venue", "binance", "--speed", "30", "--batch-ms", "10"];

describe.skipIf(!capture)("faults mid-replay", () => {
  const expected = capture ? captureTradeDigest(capture) : null;

  it("core killed and restarted: the edge resends from its spool", async () => {
    const stack = createTestStack("corekill");
    try {
      const first = await stack.startCore();
      const port = Number(first.ingest.split(":").pop());
      const edge = stack.startEdge("e2e-corekill", [...REPLAY, "--replay", capture!, "--core", first.ingest, "--until-done"]);
      await waitUntil(async () => (await storedTrades(stack)) > 500, 60_000, "first trades stored");
      await first.process.stop("SIGKILL");
      await new Promise((r) => setTimeout(r, 1500));
      await stack.startCore({ ingestPort: port });
      expect(await edge.exited).toBe(0);
      expect(await storedTradeDigest(stack, ["e2e-corekill"])).toEqual(expected);
    } finally {
      await stack.close();
    }
  });

  it("ClickHouse stopped for 10 s: the core holds, retries, and loses nothing", async () => {
    let clickhouse = await startLocalClickHouse({ name: `e2e-outage-${process.pid}` });
    const stack = createTestStack("chstop", clickhouse.url);
    try {
      const core = await stack.startCore();
      const edge = stack.startEdge("e2e-chstop", [...REPLAY, "--replay", capture!, "--core", core.ingest, "--until-done"]);
      await waitUntil(async () => (await storedTrades(stack)) > 500, 60_000, "first trades stored");
      await clickhouse.stop();
      await new Promise((r) => setTimeout(r, 10_000));
      const url = clickhouse.url;
      clickhouse = await startLocalClickHouse({ name: `e2e-outage-${process.pid}` });
      expect(clickhouse.url).toBe(url);
      expect(await edge.exited).toBe(0);
      expect(await storedTradeDigest(stack, ["e2e-chstop"])).toEqual(expected);
    } finally {
      await stack.close().catch(() => {});
      // A server of its own, stopped and removed here, pass or fail: no instance or folder outlives the test.
      await clickhouse.stop();
      rmSync(clickhouse.dataDir, { recursive: true, force: true });
    }
  });

  it("edge killed and restarted: its spool survives and the replay resumes", async () => {
    const stack = createTestStack("edgekill");
    try {
      const core = await stack.startCore();
      const args = [...REPLAY, "--replay", capture!, "--core", core.ingest, "--until-done"];
      const first = stack.startEdge("e2e-edgekill", args);
      await waitUntil(async () => (await storedTrades(stack)) > 1000, 60_000, "first trades stored");
      await first.stop("SIGKILL");
      const second = stack.startEdge("e2e-edgekill", args);
      expect(await second.exited).toBe(0);
      expect(second.lines.some((l) => l.message === "replay resumes after restart")).toBe(true);
      expect(await storedTradeDigest(stack, ["e2e-edgekill"])).toEqual(expected);
    } finally {
      await stack.close();
    }
  });
});
