/**
 * The README's first command, `npm start -- --replay … --until-done`, as a newcomer runs it: the whole
 * stack (core, one edge per venue) on the real recordings, stopping by itself and printing its
 * summary read back from ClickHouse. Uses the test ClickHouse (CLICKHOUSE_URL) and a database of its own.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@clickhouse/client";
import { describe, expect, inject, it } from "vitest";
import { REPO_ROOT } from "../../ops/stack/processes.ts";
import { captureTradeDigest, sharedFile } from "./harness.ts";

const REC = "exchange-captures/binance-recorded/";
const FILES = ["spot-btcusdt_20240808.gz", "spot-btcusdt_20240809.gz", "spot-ethusdt_20240808.gz", "usdm-btcusdt_20240808.gz"];

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "ops", "stack", "start.ts"), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm start --replay --until-done", () => {
  const paths = FILES.map((f) => sharedFile(REC + f));
  it.skipIf(paths.some((p) => p === null))("runs the stack on several venues' recordings, stops by itself, and reports exactly what was stored", async () => {
    const database = `e2e_start_${Date.now().toString(36)}`;
    const dir = mkdtempSync(join(tmpdir(), "npm-start-"));
    const config = join(dir, "stack.json");
    writeFileSync(config, JSON.stringify({ core: { ingestPort: 0, httpPort: 0, database }, edges: [{ venue: "binance", symbols: ["BTC/USDT"] }] }));
    const url = inject("clickhouseUrl");
    try {
      const { code, stdout, stderr } = await run(["--config", config, "--replay", paths.join(","), "--until-done", "--quiet"], { CLICKHOUSE_URL: url });
      expect(code, stderr.slice(-2000)).toBe(0);
      const summary = JSON.parse(stdout.trim().split("\n").at(-1)!);
      const trades = paths.reduce((n, p) => n + captureTradeDigest(p!).count, 0);
      expect(summary.stored.trades).toBe(trades);
      // Each symbol's book synced from its recording's snapshot (the day-2 BTC file continues day 1's).
      expect(summary.stored.bookSnapshots).toBe(3);
      expect(summary.stored.bookDeltas).toBeGreaterThan(10_000);
      expect({ gaps: summary.gaps, resyncs: summary.resyncs, malformed: summary.malformed, rejected: summary.rejectedBatches }).toEqual({ gaps: 0, resyncs: 0, malformed: 0, rejected: 0 });
      expect(summary.duplicatesDropped.storeRows).toBe(0);
    } finally {
      const client = createClient({ url });
      await client.command({ query: `DROP DATABASE IF EXISTS ${database}` });
      await client.close();
    }
  });
});
