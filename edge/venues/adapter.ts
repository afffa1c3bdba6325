/**
 * The one small interface every venue adapter implements (one module per venue, tardis-node style).
 *
 * An adapter is pure protocol: it never opens sockets itself. A transport (live WebSocket manager or
 * capture replay) calls it with what the venue sent, and it answers with normalized events and with
 * requests (frames to send, REST snapshots to fetch, connections to restart). The same adapter code
 * therefore runs live, in replay, in `--check` reports and in tests.
 */
import type { EventSink } from "../normalize/events.ts";

/** One WebSocket connection the adapter wants: where, and what to send once open. */
export interface ConnectionPlan {
  /** Stable id, unique within the adapter, e.g. "binance-usdm.ws.0". */
  readonly id: string;
  readonly url: string;
  /** Backup URLs tried in order when `url` fails (failover). */
  readonly backupUrls?: readonly string[];
  /** Text frames to send right after the socket opens (subscriptions). */
  readonly subscribe: readonly string[];
  /** Venue-protocol keep-alive: a frame to send every `intervalMs` (absent: rely on WS ping). */
  readonly heartbeat?: { readonly intervalMs: number; readonly frame: string };
  /**
   * A frame the venue always answers (e.g. Binance `LIST_SUBSCRIPTIONS`), sent when the connection
   * has been silent too long, so a quiet market is told apart from a dead feed. Absent: the
   * heartbeat frame is used, and without either, silence alone decides.
   */
  readonly probe?: string;
}

/** What an adapter may ask of its transport. */
export interface AdapterRequests {
  /** Send a text frame on a connection (e.g. pong, resubscribe). */
  send(connectionId: string, frame: string): void;
  /**
   * Fetch a REST book snapshot. The transport answers later through `onSnapshot` with the same
   * `key` (live: an HTTP GET within the venue's weight limits; replay: the recorded response).
   */
  requestSnapshot(key: string, url: string, weight: number): void;
  /** Drop and reopen a connection (e.g. a resubscribe-only venue after a checksum failure). */
  reconnect(connectionId: string, reason: string): void;
  /**
   * The venue refused something the edge needs (an error frame, a rejected subscription): health
   * turns that connection RED with this reason, so a refused feed never passes for a quiet market.
   */
  reportError(connectionId: string, reason: string): void;
}

/** Counters every adapter keeps; the `--check` report and the health monitor read them. */
export interface AdapterStats {
  messagesByType: Record<string, number>;
  trades: number;
  bookUpdatesApplied: number;
  checksumsVerified: number;
  checksumsFailed: number;
  sequenceGaps: number;
  resyncs: number;
  crossedBooks: number;
  malformed: number;
  /** Venue error frames (refused subscriptions and requests); each was also sent to `reportError`. */
  venueErrors: number;
  /** Frames understood but deliberately ignored (acks, candles, backfills). */
  ignored: number;
}

/** Best bid/ask of a book the adapter currently holds as valid (absent: none or invalid). */
export interface TopOfBook {
  readonly bidPrice: number;
  readonly bidSize: number;
  readonly askPrice: number;
  readonly askSize: number;
}

export interface VenueAdapter {
  readonly venue: string;
  /**
   * The WebSocket endpoints (scheme, host, port, path; no query) this adapter's plans connect to.
   * Replay feeds the adapter only the recorded connections opened to one of them, so a capture that
   * mixes markets (Bybit spot + linear) gives each adapter its own frames. Absent: every recorded
   * connection is the adapter's.
   */
  readonly endpoints?: readonly string[];
  /** Connections (sharded within the venue's limits) for these unified or venue symbols. */
  plan(symbols: readonly string[]): ConnectionPlan[];
  /** A connection opened (fresh or after reconnect): the adapter resets that connection's books. */
  onOpen(connectionId: string): void;
  /** One received text frame. Must never throw: malformed input is counted and skipped. */
  onFrame(connectionId: string, text: string, receiveTimeNs: bigint): void;
  /** A REST snapshot response (or its failure, `body === null`). */
  onSnapshot(key: string, body: string | null, receiveTimeNs: bigint): void;
  stats(): AdapterStats;
  /** Top of every valid book, keyed by unified symbol. */
  topOfBooks(): Map<string, TopOfBook>;
}

/** Everything an adapter is built with. */
export interface AdapterOptions {
  readonly sink: EventSink;
  readonly requests: AdapterRequests;
  /** Levels per side kept and forwarded (the venue may send more). */
  readonly depth?: number;
}

export function emptyStats(): AdapterStats {
  return {
    messagesByType: {},
    trades: 0,
    bookUpdatesApplied: 0,
    checksumsVerified: 0,
    checksumsFailed: 0,
    sequenceGaps: 0,
    resyncs: 0,
    crossedBooks: 0,
    malformed: 0,
    venueErrors: 0,
    ignored: 0,
  };
}
