/**
 * The three Binance markets differ only in hosts, stream names, snapshot endpoint, symbol shapes and
 * book-sync rules; everything else (frame parsing, event building, sharding) is shared. This module is
 * the per-market table, so adding a market is a new entry, not a new adapter.
 */
import type { SequencedDiff, SyncRules } from "../../book/book-sync.ts";
import { parseUnified, splitByQuote, unifiedSymbol } from "../../normalize/unified-symbol.ts";

export type BinanceVenue = "binance" | "binance-usdm" | "binance-coinm";

export interface BinanceMarket {
  readonly venue: BinanceVenue;
  /** Combined-stream endpoint (`/stream?streams=` is appended). */
  readonly wsBase: string;
  readonly wsBackups: readonly string[];
  /** REST depth snapshot URL for a venue symbol, and its request weight. */
  snapshotUrl(venueSymbol: string): string;
  readonly snapshotWeight: number;
  /** Depth diff stream suffix. */
  readonly depthStream: string;
  readonly rules: SyncRules;
  /** Venue id → ccxt unified symbol; undefined when the id has an unknown shape. */
  unify(venueSymbol: string): string | undefined;
  /** ccxt unified symbol → venue id; undefined when the symbol is not of this market. */
  venueSymbolOf(unified: string): string | undefined;
}

/**
 * Spot diffs chain by id: `U == previous u + 1`; the snapshot contains every diff with
 * `u <= lastUpdateId`; the first applied one satisfies `U <= lastUpdateId + 1 <= u`.
 */
const spotRules: SyncRules = {
  isStale: (d: SequencedDiff, snapshotId: number) => d.lastId <= snapshotId,
  bridges: (d: SequencedDiff, snapshotId: number) =>
    d.firstId <= snapshotId + 1 && snapshotId + 1 <= d.lastId,
  continues: (d: SequencedDiff, prevLastId: number) => d.firstId === prevLastId + 1,
};

/**
 * Futures update ids are shared across symbols, so ids skip: diffs chain by `pu == previous u`;
 * stale means `u < lastUpdateId` (strictly) and the bridge is `U <= lastUpdateId <= u`.
 */
const futuresRules: SyncRules = {
  isStale: (d: SequencedDiff, snapshotId: number) => d.lastId < snapshotId,
  bridges: (d: SequencedDiff, snapshotId: number) => d.firstId <= snapshotId && snapshotId <= d.lastId,
  continues: (d: SequencedDiff, prevLastId: number) => d.prevId === prevLastId,
};

/** "BTCUSDT_240927" → ["BTCUSDT", "240927"]; "BTCUSD_PERP" → ["BTCUSD", "PERP"]. */
function splitContract(id: string): [pair: string, suffix: string | undefined] {
  const i = id.indexOf("_");
  return i < 0 ? [id, undefined] : [id.slice(0, i), id.slice(i + 1)];
}

const spot: BinanceMarket = {
  venue: "binance",
  wsBase: "wss://stream.binance.com:9443",
  // Binance documents port 443 on the same host and a market-data-only host as alternatives.
  wsBackups: ["wss://stream.binance.com:443", "wss://data-stream.binance.vision"],
  snapshotUrl: (s) => `https://api.binance.com/api/v3/depth?symbol=${s}&limit=1000`,
  // GET /api/v3/depth weight: limit 1-100 → 5, 101-500 → 25, 501-1000 → 50, 1001-5000 → 250.
  snapshotWeight: 50,
  depthStream: "depth@100ms",
  rules: spotRules,
  unify(id) {
    const pair = splitByQuote(id);
    return pair === undefined ? undefined : unifiedSymbol(pair, { kind: "spot" });
  },
  venueSymbolOf(unified) {
    const u = parseUnified(unified);
    return u === undefined || u.settle !== undefined ? undefined : u.base + u.quote;
  },
};

const usdm: BinanceMarket = {
  venue: "binance-usdm",
  wsBase: "wss://fstream.binance.com",
  // Binance publishes a single public futures market-data host: failover is a reconnect to it.
  wsBackups: [],
  snapshotUrl: (s) => `https://fapi.binance.com/fapi/v1/depth?symbol=${s}&limit=1000`,
  // GET /fapi/v1/depth weight: limit 5-50 → 2, 100 → 5, 500 → 10, 1000 → 20.
  snapshotWeight: 20,
  // Undocumented but served: unthrottled diffs, the lowest-latency way to keep a futures book.
  depthStream: "depth@0ms",
  rules: futuresRules,
  unify(id) {
    const [pairId, expiry] = splitContract(id);
    const pair = splitByQuote(pairId);
    if (pair === undefined || (expiry !== undefined && !/^\d{6}$/.test(expiry))) return undefined;
    return unifiedSymbol(pair, expiry === undefined ? { kind: "linear" } : { kind: "linear", expiry });
  },
  venueSymbolOf(unified) {
    const u = parseUnified(unified);
    if (u === undefined || u.settle !== u.quote) return undefined;
    return u.base + u.quote + (u.expiry === undefined ? "" : `_${u.expiry}`);
  },
};

const coinm: BinanceMarket = {
  venue: "binance-coinm",
  wsBase: "wss://dstream.binance.com",
  wsBackups: [],
  snapshotUrl: (s) => `https://dapi.binance.com/dapi/v1/depth?symbol=${s}&limit=1000`,
  // GET /dapi/v1/depth weight: limit 5-50 → 2, 100 → 5, 500 → 10, 1000 → 20.
  snapshotWeight: 20,
  depthStream: "depth@0ms",
  rules: futuresRules,
  unify(id) {
    const [pairId, suffix] = splitContract(id);
    const pair = splitByQuote(pairId);
    if (pair === undefined) return undefined;
    if (suffix === "PERP") return unifiedSymbol(pair, { kind: "inverse" });
    if (suffix !== undefined && /^\d{6}$/.test(suffix)) {
      return unifiedSymbol(pair, { kind: "inverse", expiry: suffix });
    }
    return undefined;
  },
  venueSymbolOf(unified) {
    const u = parseUnified(unified);
    if (u === undefined || u.settle !== u.base) return undefined;
    return `${u.base}${u.quote}_${u.expiry ?? "PERP"}`;
  },
};

export const BINANCE_MARKETS: Readonly<Record<BinanceVenue, BinanceMarket>> = {
  "binance": spot,
  "binance-usdm": usdm,
  "binance-coinm": coinm,
};
