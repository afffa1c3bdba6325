/**
 * Hand-built ingest batches for the store's tests and bench: every table filled, with the awkward
 * values (ns beyond 2^53, negative deltas, tabs and quotes in strings) that must survive storage.
 * Batches go through the real protobuf encode/decode, as they would arrive from an edge.
 */
import { ingest, market } from "../../proto/gen/proto.js";

export const SAMPLE_BASE_MS = 1723161255030;

const INSTRUMENTS = [
  { venue: "binance", symbol: "BTC/USDT", venueSymbol: "BTCUSDT" },
  { venue: "bybit-linear", symbol: "ETH/USDT:USDT", venueSymbol: "ETHUSDT" },
];

function wire(batch: ingest.v1.ITickBatch): ingest.v1.TickBatch {
  return ingest.v1.TickBatch.decode(ingest.v1.TickBatch.encode(batch).finish());
}

/** One batch with rows for every tick table: 2 trades, 3+3 book levels, 1 bbo/derivative/liquidation/health. */
export function fullBatch(edgeId: string, seq: number): ingest.v1.TickBatch {
  return wire({
    edgeId,
    seq,
    baseTimeMs: SAMPLE_BASE_MS,
    instruments: INSTRUMENTS,
    trades: {
      instrument: [0, 1],
      venueTimeDeltaNs: [314667, 314789],
      receiveTimeDeltaNs: [400000, -5],
      tradeId: [`t${seq}-0`, `t${seq}-1\tx'y\\z`],
      price: [61000.5, 2650.25],
      size: [0.001, 1e-7],
      side: [market.v1.Side.SIDE_BUY, market.v1.Side.SIDE_SELL],
    },
    bookDeltas: {
      instrument: [0, 1],
      venueTimeDeltaNs: [1000, 2000],
      receiveTimeDeltaNs: [1500, 2500],
      firstUpdateId: [100 * seq + 1, 100 * seq + 2],
      lastUpdateId: [100 * seq + 1, 100 * seq + 2],
      prevUpdateId: [100 * seq, 100 * seq + 1],
      levelCount: [2, 1],
      levelIsBid: [true, false, true],
      levelPrice: [61000, 61001, 2650],
      levelSize: [1.5, 0, 3],
    },
    bookSnapshots: {
      instrument: [0],
      venueTimeDeltaNs: [0],
      receiveTimeDeltaNs: [10],
      firstUpdateId: [0],
      lastUpdateId: [9007199254740991],
      prevUpdateId: [0],
      levelCount: [3],
      levelIsBid: [true, true, false],
      levelPrice: [60999, 60998, 61002],
      levelSize: [1, 2, 3],
    },
    bbos: {
      instrument: [1],
      venueTimeDeltaNs: [-1_000_001],
      receiveTimeDeltaNs: [0],
      updateId: [77],
      bidPrice: [2650],
      bidSize: [4],
      askPrice: [2650.5],
      askSize: [5],
    },
    derivatives: [
      {
        instrument: 1,
        venueTimeDeltaNs: 3,
        receiveTimeDeltaNs: 4,
        fundingRate: 0.0001,
        hasNextFundingTime: true,
        nextFundingTimeDeltaNs: 3_600_000_000_000,
        markPrice: 2650.1,
        indexPrice: 2650.2,
        openInterest: 12345.5,
      },
    ],
    liquidations: [{ instrument: 0, venueTimeDeltaNs: 5, receiveTimeDeltaNs: 6, side: market.v1.Side.SIDE_SELL, price: 60000, size: 0.5 }],
    health: [
      {
        edgeId,
        venue: "binance",
        symbol: "BTC/USDT",
        connection: "ws-1",
        timeDeltaNs: 7,
        severity: market.v1.Severity.SEVERITY_YELLOW,
        reason: "sequence gap: expected 11 got 13",
        clockOffsetNs: -1234567,
        latencyP50Ms: 1.5,
        latencyP99Ms: 9.25,
        messagesPerSecond: 120,
        reconnects: 1,
        resyncs: 2,
        gaps: 3,
        checksumFailures: 4,
        malformed: 5,
        dropped: 6,
        metrics: { depth: 20, "odd\tkey'": 0.5 },
      },
    ],
  });
}

/** A trades-only batch of `count` trades (the bench's and bulk tests' load). */
export function tradesBatch(edgeId: string, seq: number, count: number): ingest.v1.TickBatch {
  const instrument = new Array<number>(count);
  const vt = new Array<number>(count);
  const rt = new Array<number>(count);
  const tradeId = new Array<string>(count);
  const price = new Array<number>(count);
  const size = new Array<number>(count);
  const side = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    instrument[i] = i % 2;
    vt[i] = i * 1000 + 17;
    rt[i] = i * 1000 + 250_017;
    tradeId[i] = `${seq}-${i}`;
    price[i] = 61000 + (i % 100) * 0.5;
    size[i] = 0.001 * (1 + (i % 7));
    side[i] = 1 + (i % 2);
  }
  return wire({
    edgeId,
    seq,
    baseTimeMs: SAMPLE_BASE_MS + seq * 1000,
    instruments: INSTRUMENTS,
    trades: { instrument, venueTimeDeltaNs: vt, receiveTimeDeltaNs: rt, tradeId, price, size, side },
  });
}

/** The batch with only the named parts kept: what a crash between two tables' inserts leaves stored. */
export function onlyParts(batch: ingest.v1.ITickBatch, keep: Array<"trades" | "bookDeltas" | "bookSnapshots" | "bbos" | "derivatives" | "liquidations" | "health">): ingest.v1.TickBatch {
  const all = ["trades", "bookDeltas", "bookSnapshots", "bbos", "derivatives", "liquidations", "health"] as const;
  const copy: ingest.v1.ITickBatch = { ...ingest.v1.TickBatch.toObject(wire(batch)) };
  for (const part of all) if (!keep.includes(part)) delete copy[part];
  return wire(copy);
}
