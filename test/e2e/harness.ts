/**
 * Shared pieces of the end-to-end tests: real processes (core on Node, edge on Deno) against the
 * real ClickHouse from test/global-setup.ts, each test in a database of its own.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { inject } from "vitest";
import { createIsolatedStack, type TestStack } from "../../ops/stack/isolated-stack.ts";
import { REPO_ROOT } from "../../ops/stack/processes.ts";

export const SHARED_DATA = join(REPO_ROOT, "..", "shared", "data");

/** Path of a shared data file; fails clearly in CI when ../shared is missing, else returns null. */
export function sharedFile(relative: string): string | null {
  const path = join(SHARED_DATA, relative);
  if (existsSync(path)) return path;
  if (process.env.CI === "true") throw new Error(`shared data missing: ${path} (CI needs ../shared beside the repo)`);
  return null;
}

export type { TestStack } from "../../ops/stack/isolated-stack.ts";

export function createTestStack(name: string, clickhouseUrl = inject("clickhouseUrl")): TestStack {
  return createIsolatedStack(name, clickhouseUrl);
}

export interface TradeDigest {
  count: number;
  distinctIds: number;
  idSum: string;
  /** Sum of round(price * 1e4) and of round(size * 1e6): exact integer checksums of the values. */
  priceSum: string;
  sizeSum: string;
  buys: number;
}

/** The capture's own trades, read straight from the recording (independent of the edge's parser). */
export function captureTradeDigest(gzPath: string): TradeDigest {
  const lines = gunzipSync(readFileSync(gzPath)).toString("utf8").split("\n");
  const ids = new Set<string>();
  let idSum = 0n;
  let priceSum = 0n;
  let sizeSum = 0n;
  let buys = 0;
  let count = 0;
  for (const line of lines) {
    const json = line.slice(line.indexOf(" ") + 1);
    if (!json.includes('"e":"trade"')) continue;
    const data = JSON.parse(json).data;
    count++;
    ids.add(String(data.t));
    idSum += BigInt(data.t);
    priceSum += BigInt(Math.round(Number(data.p) * 1e4));
    sizeSum += BigInt(Math.round(Number(data.q) * 1e6));
    if (!data.m) buys++;
  }
  return { count, distinctIds: ids.size, idSum: String(idSum), priceSum: String(priceSum), sizeSum: String(sizeSum), buys };
}

/** The same digest over what the store holds for `edgeIds`. */
export async function storedTradeDigest(stack: TestStack, edgeIds: readonly string[]): Promise<TradeDigest> {
  const list = edgeIds.map((id) => `'${id.replace(/[\\']/g, "\\$&")}'`).join(",");
  const result = await stack.client.query({
    query: `SELECT count() AS count, uniqExact(trade_id) AS distinctIds, toString(sum(toUInt64(trade_id))) AS idSum,
      toString(sum(toInt64(round(price * 10000)))) AS priceSum, toString(sum(toInt64(round(size * 1000000)))) AS sizeSum,
      countIf(side = 'buy') AS buys
      FROM ${stack.database}.trades WHERE edge_id IN (${list})`,
    format: "JSONEachRow",
  });
  const [row] = (await result.json()) as Array<Record<string, string | number>>;
  return {
    count: Number(row.count),
    distinctIds: Number(row.distinctIds),
    idSum: String(row.idSum),
    priceSum: String(row.priceSum),
    sizeSum: String(row.sizeSum),
    buys: Number(row.buys),
  };
}

export async function waitUntil(predicate: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export async function storedTrades(stack: TestStack): Promise<number> {
  const result = await stack.client.query({ query: `SELECT count() AS n FROM ${stack.database}.trades`, format: "JSONEachRow" });
  const rows = (await result.json()) as Array<{ n: string }>;
  return Number(rows[0]?.n ?? 0);
}
