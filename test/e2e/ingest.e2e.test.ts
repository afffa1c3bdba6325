/**
 * Real processes end to end: ClickHouse + core + an edge replaying a real Binance recording.
 * Afterwards the trades table holds exactly the capture's trades (count and checksums), with
 * nanosecond receive times exact.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { captureTradeDigest, createTestStack, sharedFile, storedTradeDigest } from "./harness.ts";

const capture = sharedFile("exchange-captures/binance-recorded/usdm-btcusdt_20240808.gz");
const tradesCsv = sharedFile("ticks/binance-futures_BTCUSDT_20240808_trades.csv");

describe.skipIf(!capture || !tradesCsv)("edge → core → ClickHouse", () => {
  const stack = createTestStack("ingest");
  afterAll(() => stack.close());

  it("stores exactly the capture's trades, once, with exact ns times", async () => {
    const core = await stack.startCore();
    const edge = stack.startEdge("e2e-usdm", ["--venue", "binance-usdm", "--replay", capture!, "--core", core.ingest, "--until-done"]);
    expect(await edge.exited).toBe(0);
    const expected = captureTradeDigest(capture!);
    expect(expected.count).toBe(21_313);
    expect(await storedTradeDigest(stack, ["e2e-usdm"])).toEqual(expected);

    // Receive time of a trade deep in the file, against the independent extraction, as exact text.
    const rows = readFileSync(tradesCsv!, "utf8").trim().split("\n").slice(1);
    const [localTsNs, , tradeTimeMs, tradeId] = rows[12_345].split(",");
    const result = await stack.client.query({
      query: `SELECT toString(receive_time_ns) AS r, toString(venue_time_ns) AS v FROM ${stack.database}.trades WHERE trade_id = '${tradeId}'`,
      format: "JSONEachRow",
    });
    expect(await result.json()).toEqual([{ r: localTsNs, v: `${tradeTimeMs}000000` }]);

    const books = await stack.client.query({
      query: `SELECT count() AS n FROM ${stack.database}.book_snapshots WHERE length(bid_price) > 0 AND length(ask_price) > 0`,
      format: "JSONEachRow",
    });
    expect(Number(((await books.json()) as Array<{ n: string }>)[0].n)).toBeGreaterThanOrEqual(1);
  });
});
