/**
 * The replay transport: plays a capture into any `VenueAdapter` exactly as the live WebSocket manager
 * would (open → frames → REST snapshot answers), so replay, `--check` and tests run the same adapter
 * code as production.
 *
 * REST snapshots: the capture holds the responses the recorder fetched, at the time it fetched them.
 * A response answers the adapter's pending request for the same symbol (the URL's `symbol=`; a
 * response without one answers any request). A response that arrives before
 * the adapter asked is kept until it does; a request the capture never answers stays pending and is
 * reported, so the book simply stays unsynced rather than being seeded with a wrong snapshot.
 *
 * Connections: a capture may record several markets at once (Bybit's spot and linear sockets in one
 * file). Each recorded connection belongs to the adapter only when its `connect` URL is one of the
 * adapter's `endpoints`; the frames of the others are counted as foreign and not played, exactly as a
 * live adapter never sees another market's socket.
 */
import type { AdapterRequests, VenueAdapter } from "../venues/adapter.ts";
import type { CaptureItem, CaptureRecord, RecordKind } from "./capture-records.ts";
import { openEventLoopTurn } from "./event-loop-turn.ts";
import { readCaptureFeed } from "./merged-captures.ts";

/** `"max"`: as fast as possible; a number: recorded pace times this factor (1 = real time). */
export type ReplaySpeed = "max" | number;

export interface ReplayOptions {
  readonly speed?: ReplaySpeed;
  /**
   * Called after each capture item (records and malformed lines alike) with how many have been
   * played; a returned promise is awaited before the next item (the collector's backlog bound).
   */
  readonly afterItem?: (played: number) => Promise<void> | void;
  /**
   * Paced replay only: called when the replay is about to stop playing for a while, `ms` before its
   * next record is due (ahead of the recorded pace) or Infinity before it reads the next part of the
   * capture (decompressing and splitting it takes up to a few ms). Nothing is played in between, so
   * the collector seals a batch that would come due meanwhile rather than hold it.
   */
  readonly beforeWait?: (ms: number) => void;
  /**
   * Whether the caller wrote to a socket since the last call (the collector: handed a batch to the
   * uplink). Deno's node:http2 sends only on a full event-loop turn, which a replay running from
   * memory otherwise gives only every millisecond or so; on true the replay gives one at once.
   */
  readonly wroteOutput?: () => boolean;
  /** Ends the replay early, between items. */
  readonly signal?: AbortSignal;
}

export interface ReplayStats {
  records: number;
  byKind: Record<RecordKind, number>;
  malformedLines: number;
  snapshotsRequested: number;
  snapshotsAnswered: number;
  /** Requests still open when the capture ended (the capture holds no response for them). */
  snapshotsUnanswered: number;
  /** Frames the adapter asked to send and reconnects it asked for: a replay cannot honour them. */
  sendsDropped: number;
  reconnectsRequested: number;
  /** Error frames the adapter reported (`connection: reason` → count); the report's explanation of them. */
  venueErrors: Record<string, number>;
  /** Recorded connections opened to an endpoint that is not the adapter's, and their frames. */
  foreignConnections: number;
  foreignFrames: number;
  firstTimeNs: bigint;
  lastTimeNs: bigint;
}

interface Pending {
  readonly key: string;
  readonly symbol: string;
}

const ANY_SYMBOL = "*";

/** `symbol=` of a snapshot URL, upper-cased; ANY_SYMBOL when the URL has none. */
function urlSymbol(url: string): string {
  const m = /[?&]symbol=([^&]+)/i.exec(url);
  return m === null ? ANY_SYMBOL : decodeURIComponent(m[1]).toUpperCase();
}

/**
 * Scheme, host, port and path of a WebSocket URL: what identifies the market it serves. The query is
 * dropped (Binance puts the stream list there), as are a default port and a trailing slash. A URL
 * that does not parse is its own endpoint, so it matches nothing else.
 */
export function endpointOf(url: string): string {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, "")}`;
}

/**
 * A replay behind schedule (or at max speed) never waits, and records that come from memory or from
 * one big decompressed chunk resolve as microtasks: without a real yield, timers (batch sealing) and
 * sockets (the uplink, acks) would run only between file reads, tens of ms apart. Live frames arrive
 * as socket events, so only replay needs this; it yields a full event-loop turn (event-loop-turn.ts).
 */
const YIELD_EVERY_MS = 1;

export class ReplayTransport implements AdapterRequests {
  readonly stats: ReplayStats = {
    records: 0,
    byKind: { connect: 0, send: 0, recv: 0, http: 0 },
    malformedLines: 0,
    snapshotsRequested: 0,
    snapshotsAnswered: 0,
    snapshotsUnanswered: 0,
    sendsDropped: 0,
    reconnectsRequested: 0,
    venueErrors: {},
    foreignConnections: 0,
    foreignFrames: 0,
    firstTimeNs: 0n,
    lastTimeNs: 0n,
  };
  #pending: Pending[] = [];
  /** Responses that came before their request, by symbol. */
  readonly #early = new Map<string, CaptureRecord>();
  /** Answers found at request time, delivered after the current record (never re-entrantly). */
  #due: Array<{ key: string; record: CaptureRecord }> = [];
  /** Recorded connections that are not the adapter's (see the module comment). */
  readonly #foreign = new Set<string>();

  send(_connectionId: string, _frame: string): void {
    this.stats.sendsDropped++;
  }

  reconnect(_connectionId: string, _reason: string): void {
    this.stats.reconnectsRequested++;
  }

  reportError(connectionId: string, reason: string): void {
    const key = `${connectionId}: ${reason}`;
    this.stats.venueErrors[key] = (this.stats.venueErrors[key] ?? 0) + 1;
  }

  requestSnapshot(key: string, url: string, _weight: number): void {
    this.stats.snapshotsRequested++;
    const symbol = urlSymbol(url);
    const early = this.#early.get(symbol) ?? this.#early.get(ANY_SYMBOL);
    if (early !== undefined) {
      this.#early.delete(this.#early.has(symbol) ? symbol : ANY_SYMBOL);
      this.#due.push({ key, record: early });
      return;
    }
    this.#pending = this.#pending.filter((p) => p.symbol !== symbol);
    this.#pending.push({ key, symbol });
  }

  /** Play `records` into `adapter`; resolves when the capture ends. */
  run(records: AsyncIterable<CaptureItem>, adapter: VenueAdapter, options: ReplayOptions = {}): Promise<ReplayStats> {
    return this.runFeed(singletons(records), adapter, options);
  }

  /** Play a feed of record arrays (readCaptureFeed) into `adapter`; resolves when it ends. */
  async runFeed(feed: AsyncIterable<readonly CaptureItem[]>, adapter: VenueAdapter, options: ReplayOptions = {}): Promise<ReplayStats> {
    const speed = options.speed ?? "max";
    if (speed !== "max" && !(speed > 0)) throw new Error(`replay speed must be "max" or > 0, got ${speed}`);
    const { afterItem, beforeWait, wroteOutput, signal } = options;
    const stats = this.stats;
    const endpoints = adapter.endpoints === undefined
      ? undefined
      : new Set(adapter.endpoints.map(endpointOf));
    let wallStart = 0;
    let lastYield = performance.now();
    let played = 0;
    const loop = await openEventLoopTurn();
    const turnIfWritten = async () => {
      if (wroteOutput?.()) {
        await loop.turn();
        lastYield = performance.now();
      }
    };
    try {
      for await (const items of feed) {
        if (speed !== "max" && beforeWait) {
          beforeWait(Infinity);
          await turnIfWritten();
        }
        for (let i = 0; i < items.length; i++) {
          if (signal?.aborted) return this.#finish();
          const record = items[i];
          played++;
          if (record.kind === "malformed") {
            stats.malformedLines++;
          } else {
            if (stats.records === 0) {
              stats.firstTimeNs = record.timeNs;
              wallStart = performance.now();
            }
            stats.records++;
            stats.byKind[record.kind]++;
            stats.lastTimeNs = record.timeNs;
            if (speed !== "max") {
              // Awaited only when early: an await per record cost a promise and a microtask hop each.
              const waitMs = this.#earlyMs(record.timeNs, wallStart, speed);
              if (waitMs >= 1) {
                beforeWait?.(waitMs);
                // A timer wait is a full event-loop turn: what was written goes out during it (so the
                // answer is not needed, only the reset), and no loopback yield is owed for a while.
                wroteOutput?.();
                await new Promise((resolve) => setTimeout(resolve, waitMs));
                lastYield = performance.now();
              }
            }
            this.#play(record, adapter, endpoints);
            this.#deliverDue(adapter);
          }
          const wait = afterItem?.(played);
          if (wait) await wait;
          await turnIfWritten();
          if ((played & 63) === 0 && performance.now() - lastYield >= YIELD_EVERY_MS) {
            await loop.turn();
            lastYield = performance.now();
          }
        }
      }
    } finally {
      loop.close();
    }
    return this.#finish();
  }

  #finish(): ReplayStats {
    this.stats.snapshotsUnanswered = this.#pending.length;
    return this.stats;
  }

  #play(record: CaptureRecord, adapter: VenueAdapter, endpoints: ReadonlySet<string> | undefined): void {
    switch (record.kind) {
      case "connect":
        // Raw recordings name no URL: they hold one connection, of the venue they were recorded for.
        if (endpoints !== undefined && record.url !== "" && !endpoints.has(endpointOf(record.url))) {
          this.#foreign.add(record.conn);
          this.stats.foreignConnections++;
          return;
        }
        this.#foreign.delete(record.conn);
        return adapter.onOpen(record.conn);
      case "recv":
        if (this.#foreign.has(record.conn)) {
          this.stats.foreignFrames++;
          return;
        }
        return adapter.onFrame(record.conn, record.msg, record.timeNs);
      case "http":
        return this.#answer(record, adapter);
      case "send":
        return;
    }
  }

  #answer(record: CaptureRecord, adapter: VenueAdapter): void {
    const symbol = urlSymbol(record.url);
    const i = this.#pending.findIndex((p) =>
      symbol === ANY_SYMBOL || p.symbol === symbol || p.symbol === ANY_SYMBOL
    );
    if (i < 0) {
      this.#early.set(symbol, record);
      return;
    }
    const [pending] = this.#pending.splice(i, 1);
    this.stats.snapshotsAnswered++;
    adapter.onSnapshot(pending.key, record.msg, record.timeNs);
  }

  #deliverDue(adapter: VenueAdapter): void {
    while (this.#due.length > 0) {
      const { key, record } = this.#due.shift()!;
      this.stats.snapshotsAnswered++;
      adapter.onSnapshot(
        key,
        record.msg,
        this.stats.lastTimeNs > record.timeNs ? this.stats.lastTimeNs : record.timeNs,
      );
    }
  }

  /** How long before its paced time `timeNs` comes up (≤ 0: due). */
  #earlyMs(timeNs: bigint, wallStart: number, speed: number): number {
    const dueMs = Number(timeNs - this.stats.firstTimeNs) / 1e6 / speed;
    return dueMs - (performance.now() - wallStart);
  }
}

export interface ReplayResult<A extends VenueAdapter> {
  readonly adapter: A;
  readonly stats: ReplayStats;
}

/**
 * Replay the capture at `path` into the adapter `build` makes with the replay's request channel.
 * The adapter is built here because its snapshot requests must reach this replay. Several paths play
 * as one feed (merged-captures.ts): files of one recording rotated by day continue one another, other
 * recordings merge in by receive time.
 */
export async function replayCapture<A extends VenueAdapter>(
  path: string | readonly string[],
  build: (requests: AdapterRequests) => A,
  options: ReplayOptions = {},
): Promise<ReplayResult<A>> {
  const transport = new ReplayTransport();
  const adapter = build(transport);
  const stats = await transport.runFeed(readCaptureFeed(typeof path === "string" ? [path] : path), adapter, options);
  return { adapter, stats };
}

async function* singletons<T>(items: AsyncIterable<T>): AsyncGenerator<T[]> {
  for await (const item of items) yield [item];
}
