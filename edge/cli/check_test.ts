import assert from "node:assert/strict";
import { printCheck, runCheck } from "./check.ts";
import { readLines } from "../replay/lines.ts";
import { hasSharedData, sharedDataPath } from "../replay/shared-data.ts";

const USDM = "exchange-captures/binance-recorded/usdm-btcusdt_20240808.gz";
const USDM_BBO = "ticks/binance-futures_BTCUSDT_20240808_bbo.csv";
const COINM = "exchange-captures/binance-delivery/binance-coinm-delivery_2021-07-22.jsonl";
const OKX = "exchange-captures/okx/okx-v5_2022-05-13.jsonl";

Deno.test({
  name: "check report on the USD-M recording: no gaps, nothing malformed, final top = last bbo row",
  ignore: !hasSharedData(USDM, USDM_BBO),
  fn: async () => {
    const report = await runCheck({ replayPath: sharedDataPath(USDM) });
    assert.equal(report.venue, "binance-usdm");
    assert.equal(report.sequenceGaps, 0);
    assert.equal(report.resyncs, 0);
    assert.equal(report.crossedBooks, 0);
    assert.equal(report.malformed, 0);
    assert.equal(report.trades, 21_313);
    assert.deepEqual(report.messagesByType, {
      depthUpdate: 6551,
      bookTicker: 66_089,
      trade: 21_313,
      snapshot: 1,
    });
    assert.ok(report.bookUpdatesApplied > 6500);
    // The last row of the independent bbo extraction: local_ts_ns,event,tx,update_id,bid,bid_qty,ask,ask_qty.
    let last = "";
    for await (const line of readLines(sharedDataPath(USDM_BBO))) if (line !== "") last = line;
    const [, , , , bid, bidQty, ask, askQty] = last.split(",");
    assert.deepEqual(report.books, {
      "BTC/USDT:USDT": { bidPrice: +bid, bidSize: +bidQty, askPrice: +ask, askSize: +askQty },
    });
  },
});

Deno.test({
  name: "check report on a multi-symbol uniform capture prints one JSON line",
  ignore: !hasSharedData(COINM),
  fn: async () => {
    const printed: string[] = [];
    const log = console.log;
    console.log = (line: string) => printed.push(line);
    try {
      await printCheck({ venue: "binance-coinm", replayPath: sharedDataPath(COINM) });
    } finally {
      console.log = log;
    }
    assert.equal(printed.length, 1);
    assert.ok(!printed[0].includes("\n"));
    const report = JSON.parse(printed[0]);
    assert.equal(report.sequenceGaps, 0);
    assert.equal(report.malformed, 0);
    assert.equal(report.bookUpdatesApplied, 1788, "2,047 diffs less the 259 the snapshots contain");
    assert.equal(Object.keys(report.books).length, 10);
    assert.equal(report.messagesByType.kline, 33);
    assert.equal(report.ignored, 33);
    assert.ok(report.books["BTC/USD:BTC-211231"].bidPrice < report.books["BTC/USD:BTC-211231"].askPrice);
  },
});

Deno.test("check refuses an unknown venue with the list of known ones", async () => {
  await assert.rejects(
    () => runCheck({ venue: "nope", replayPath: "/dev/null" }),
    /unknown venue "nope".*binance/,
  );
});

Deno.test({
  name: "check report counts a venue's refusal and names it, apart from malformed frames",
  ignore: !hasSharedData(OKX),
  fn: async () => {
    // The real OKX capture with OKX's documented refusal recorded right after the first frame.
    const lines = (await Deno.readTextFile(sharedDataPath(OKX))).split("\n").filter((l) => l !== "");
    const first = lines.findIndex((l) => JSON.parse(l).kind === "recv");
    const { ts, conn } = JSON.parse(lines[first]);
    const refusal =
      '{"event":"error","code":"60012","msg":"Invalid request: bad channel","connId":"a4d3ae55"}';
    lines.splice(first + 1, 0, JSON.stringify({ ts, kind: "recv", conn, msg: refusal }));
    const dir = await Deno.makeTempDir();
    try {
      const path = `${dir}/okx-refused.jsonl`;
      await Deno.writeTextFile(path, lines.join("\n") + "\n");
      const report = await runCheck({ venue: "okx", replayPath: path });
      assert.equal(report.venueErrors, 1);
      assert.equal(report.messagesByType.error, 1);
      assert.deepEqual(report.replay.venueErrors, { [`${conn}: 60012: Invalid request: bad channel`]: 1 });
      assert.equal(report.malformed, 0);
      assert.equal(report.checksumsVerified, 290, "the books are untouched by the refusal");
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
