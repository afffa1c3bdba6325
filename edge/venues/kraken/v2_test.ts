import assert from "node:assert/strict";
import { KrakenV2Adapter } from "./v2.ts";
import { toFixedPrecision } from "./fixed-precision.ts";
import { crc32 } from "../../book/crc32.ts";
import type { MarketEvent } from "../../normalize/events.ts";
import { assertControlFramesHandled, RecordingRequests } from "../venue-test-kit.ts";
import type { CaptureRecord } from "../test-captures.ts";
import { parseNumbersAsText } from "../frame-fields.ts";

// No Kraken v2 capture exists: these frames are hand-made in the documented v2 format, and their
// checksums are computed here by hand per the documented algorithm (top 10 asks then bids, each price
// and qty at the instrument's precision with '.' and leading zeros removed, CRC-32 unsigned).
const INSTRUMENT = JSON.stringify({
  channel: "instrument",
  type: "snapshot",
  data: {
    assets: [],
    pairs: [{
      symbol: "BTC/USD",
      base: "BTC",
      quote: "USD",
      price_precision: 1,
      qty_precision: 8,
      status: "online",
    }],
  },
});
// Written as text so the JSON numbers keep Kraken's short spelling (0.1, 0.001).
const SNAPSHOT_TEXT = "452852" + "100000" + "452864" + "154582015" + "452835" + "10000000" + "452834" +
  "154582015";
const SNAPSHOT =
  `{"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":[{"price":45283.5,"qty":0.1},{"price":45283.4,"qty":1.54582015}],"asks":[{"price":45285.2,"qty":0.001},{"price":45286.4,"qty":1.54582015}],"checksum":${
    crc32(SNAPSHOT_TEXT)
  }}]}`;
const AFTER_DELETE_TEXT = "452852" + "100000" + "452864" + "154582015" + "452834" + "154582015";
const update = (checksum: number) =>
  `{"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[{"price":45283.5,"qty":0}],"asks":[],"checksum":${checksum},"timestamp":"2023-10-06T17:35:55.440295Z"}]}`;

function setup() {
  const events: MarketEvent[] = [];
  const requests = new RecordingRequests();
  const adapter = new KrakenV2Adapter({ sink: (e) => events.push(e), requests, depth: 10 });
  return { adapter, events, requests };
}

Deno.test("kraken v2: book checksum over precision-formatted numbers verifies; a wrong one resubscribes", () => {
  const { adapter, events, requests } = setup();
  adapter.onFrame("c", INSTRUMENT, 1n);
  adapter.onFrame("c", SNAPSHOT, 2n);
  adapter.onFrame("c", update(crc32(AFTER_DELETE_TEXT)), 3n);
  assert.equal(adapter.stats().checksumsVerified, 2);
  assert.deepEqual(adapter.topOfBooks().get("BTC/USD"), {
    bidPrice: 45283.4,
    bidSize: 1.54582015,
    askPrice: 45285.2,
    askSize: 0.001,
  });
  const delta = events.at(-1)!;
  assert.ok(delta.type === "book" && !delta.snapshot);
  assert.deepEqual(delta.bids, [[45283.5, 0]]);
  assert.equal(delta.venueTimeNs, 1696613755440295000n);
  adapter.onFrame("c", update(crc32(AFTER_DELETE_TEXT) ^ 1), 4n);
  const s = adapter.stats();
  assert.equal(s.checksumsFailed, 1);
  assert.equal(s.resyncs, 1);
  assert.equal(adapter.topOfBooks().size, 0);
  const params = { channel: "book", symbol: ["BTC/USD"], depth: 10 };
  assert.deepEqual(requests.sent.map((x) => JSON.parse(x.frame)), [{ method: "unsubscribe", params }, {
    method: "subscribe",
    params,
  }]);
});

Deno.test("kraken v2: a book before its precision is known is held back, then resubscribed", () => {
  const { adapter, events, requests } = setup();
  adapter.onFrame("c", SNAPSHOT, 1n);
  assert.equal(events.length, 0);
  assert.equal(requests.sent.length, 0);
  adapter.onFrame("c", INSTRUMENT, 2n);
  assert.equal(requests.sent.length, 2);
  adapter.onFrame("c", SNAPSHOT, 3n);
  assert.equal(adapter.stats().checksumsVerified, 1);
  assert.equal(events.length, 1);
});

Deno.test("kraken v2: trades (live only), ticker BBO, acks; malformed frames counted", () => {
  const { adapter, events } = setup();
  adapter.onFrame(
    "c",
    '{"method":"subscribe","result":{"channel":"trade","symbol":"BTC/USD"},"success":true,"time_in":"2023-09-25T09:04:31.742599Z","time_out":"2023-09-25T09:04:31.742648Z"}',
    1n,
  );
  adapter.onFrame(
    "c",
    '{"channel":"trade","type":"snapshot","data":[{"symbol":"BTC/USD","side":"sell","price":1,"qty":1,"ord_type":"market","trade_id":1,"timestamp":"2023-09-25T07:49:37.708706Z"}]}',
    1n,
  );
  adapter.onFrame(
    "c",
    '{"channel":"trade","type":"update","data":[{"symbol":"MATIC/USD","side":"sell","price":0.5117,"qty":40.0,"ord_type":"market","trade_id":4665906,"timestamp":"2023-09-25T07:49:37.708706Z"}]}',
    2n,
  );
  adapter.onFrame(
    "c",
    '{"channel":"ticker","type":"update","data":[{"symbol":"ALGO/USD","bid":0.10025,"bid_qty":740.0,"ask":0.10036,"ask_qty":1361.44813783,"last":0.10035,"volume":997038.98383185,"vwap":0.10148,"low":0.09979,"high":0.10285,"change":-0.00017,"change_pct":-0.17}]}',
    3n,
  );
  adapter.onFrame("c", '{"channel":"heartbeat"}', 4n);
  assert.deepEqual(events.map((e) => e.type), ["trade", "bbo"]);
  const [trade, bbo] = events;
  assert.ok(
    trade.type === "trade" && trade.tradeId === "4665906" && trade.side === "sell" && trade.size === 40,
  );
  assert.equal(trade.venueTimeNs, 1695628177708706000n);
  assert.ok(bbo.type === "bbo" && bbo.bidPrice === 0.10025 && bbo.askSize === 1361.44813783);
  const bad = [
    '{"channel":"book","type":"update","data":[{"symbol":"BTC/USD","bids":[{"price":"x","qty":1}],"asks":[],"checksum":1}]}',
    '{"channel":"trade","type":"update","data":[{"symbol":"BTC/USD","side":"up","price":1,"qty":1,"trade_id":1,"timestamp":"2023-09-25T07:49:37Z"}]}',
    '{"channel":',
    "\u0000",
  ];
  adapter.onFrame("c", INSTRUMENT, 5n);
  for (const b of bad) adapter.onFrame("c", b, 6n);
  adapter.onFrame(
    "c",
    '{"channel":"book","type":"snapshot","data":[{"symbol":"BTC/USD","bids":[{"price":45283.55,"qty":1}],"asks":[],"checksum":1}]}',
    7n,
  );
  assert.equal(adapter.stats().malformed, bad.length + 1); // the last has more decimals than the precision
});

Deno.test("toFixedPrecision and parseNumbersAsText are exact on the text", () => {
  assert.equal(toFixedPrecision("0.1", 8), "0.10000000");
  assert.equal(toFixedPrecision("45283.5", 1), "45283.5");
  assert.equal(toFixedPrecision("40.0", 0), "40");
  assert.equal(toFixedPrecision("1e-8", 8), "0.00000001");
  assert.equal(toFixedPrecision("0.12000", 2), "0.12");
  assert.throws(() => toFixedPrecision("0.123", 2));
  assert.deepEqual(parseNumbersAsText('{"id":17843232920108168701,"q":[0.10000000]}'), {
    id: "17843232920108168701",
    q: ["0.10000000"],
  });
});

Deno.test("kraken v2: a refused subscription (success:false) is reported; the pong is liveness", () => {
  // No v2 capture exists: the hand-made instrument + book frames stand in for the feed.
  const frames: CaptureRecord[] = [INSTRUMENT, SNAPSHOT, update(crc32(AFTER_DELETE_TEXT))].map((msg, i) => ({
    kind: "recv",
    conn: "kraken-v2.ws.0",
    url: "",
    msg,
    timeNs: BigInt(i + 1),
  }));
  assertControlFramesHandled(
    (sink, requests) => new KrakenV2Adapter({ sink, requests, depth: 10 }),
    frames,
    {
      pong:
        '{"method":"pong","req_id":101,"time_in":"2023-09-24T14:10:23.799685Z","time_out":"2023-09-24T14:10:23.799703Z"}',
      refusal:
        '{"error":"Currency pair not supported XBT/USD","method":"subscribe","success":false,"symbol":"XBT/USD","time_in":"2018-11-12T21:14:59.545897Z","time_out":"2018-11-12T21:14:59.545901Z"}',
      reason: /^subscribe: Currency pair not supported XBT\/USD \(XBT\/USD\)$/,
    },
  );
});

Deno.test('kraken v2: plans ping with {"method":"ping"}, which is also the probe', () => {
  const [plan] = setup().adapter.plan(["BTC/USD"]);
  assert.deepEqual(plan.heartbeat, { intervalMs: 30_000, frame: '{"method":"ping"}' });
  assert.equal(plan.probe, undefined);
});
