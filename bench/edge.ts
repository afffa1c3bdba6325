/**
 * Edge adapter throughput and memory, printed as ONE JSON line.
 *
 * Throughput: for every venue in edge/venues/registry.ts, its real captures are pre-loaded into memory
 * and looped into a fresh adapter (parse + normalize + book apply, events into a counting sink) on one
 * core; frames go straight to `onFrame`, and only REST answers pass through the replay transport (it
 * owns request matching). Only that loop is timed, never file IO. Frames are held as live sockets
 * hand them over (one string per frame), and each adapter gets only its own connections' frames, as
 * in replay. Binance uses the raw day recordings (depth + trade frames and the REST snapshot: the
 * target's traffic mix), the others their uniform .jsonl captures. Coinbase is reported twice: the
 * capture as recorded (7.5 MB of book snapshots per 1,030 messages) and steady state (only the
 * traffic after the snapshots is timed, books in sync: what a long-running connection sees; see
 * coinbaseSteadyState), and its level2 snapshots alone in MB/s (`coinbaseSnapshotMBPerSec`: what bounds
 * the capture as recorded). `msgPerSec` is the whole run (>= 5 s, >= 5 passes) in wall time;
 * `bestPassMsgPerSec` the fastest pass; `cpuMsgPerSec` the run per CPU-second the process used: the
 * two figures least disturbed by other jobs on a shared machine. Every pass is timed, the first ones
 * too: the run is long enough that JIT warm-up is amortised rather than left out (OKX's tier-up takes
 * 1-2 s: its first 300 ms run at a third of the steady rate, and a 1.5 s run reported ~75% of it).
 * `diagnostics` (not figures) tells where a venue's whole run lost time against its fastest pass:
 * warm-up, CPU off the main thread, or steady passes slowed by other jobs on the machine. After the
 * timed run, 5 s more of passes run between contention probes: `uncontendedPassMsgPerSec` is their
 * median while the core was uncontended (./contention-probe.ts says why and how), and
 * `diagnostics.uncontendedShare` how often it was.
 *
 * Memory: a child process builds 50 Binance books from real depth data replicated under 50 symbol
 * names, forces a GC and reports its RSS.
 */
import { cpuUsage } from "node:process";
import { createAdapter, knownVenues } from "../edge/venues/registry.ts";
import { endpointOf, ReplayTransport } from "../edge/replay/replay-transport.ts";
import { type CaptureRecord, readCapture } from "../edge/replay/capture-records.ts";
import { captureVenue } from "../edge/replay/capture-venue.ts";
import { SHARED_DATA_DIR } from "../edge/replay/shared-data.ts";
import type { MarketEvent } from "../edge/normalize/events.ts";
import { GatedTimer } from "./contention-probe.ts";

const CAPTURES = `${SHARED_DATA_DIR}exchange-captures/`;
/** Each venue's timed run: long enough to amortise JIT warm-up (1.5 s was dominated by it for OKX). */
const MIN_MS = 5000;
const MIN_PASSES = 5;
/** After the timed run, passes between contention probes (./contention-probe.ts) for this long. */
const GATED_MS = 5000;
/**
 * Gated only where a pass is this short: the machine's fast and slow phases last ~100 ms, and a
 * longer pass averages over them whatever its probes say.
 */
const GATED_MAX_PASS_MS = 10;
/** Timed share of the Coinbase steady-state run (each pass also loads 7.5 MB of snapshots, untimed). */
const STEADY_MIN_MS = 500;
const RSS_SYMBOLS = 50;
const RSS_FRAMES_PER_SYMBOL = 3000;

const utf8 = { encoder: new TextEncoder(), decoder: new TextDecoder() };

/**
 * Frames as a live socket hands them over: each a string of its own, decoded from the frame's UTF-8
 * bytes. (The capture reader yields slices of 64 KB decompressed chunks, which every parser indexes
 * more slowly and which keep whole chunks alive; that is an artefact of reading files, not traffic.)
 */
function asReceived(r: CaptureRecord): CaptureRecord {
  return r.kind === "recv" || r.kind === "http"
    ? { ...r, msg: utf8.decoder.decode(utf8.encoder.encode(r.msg)) }
    : r;
}

async function load(
  path: string,
  keep: (r: CaptureRecord) => boolean = () => true,
): Promise<CaptureRecord[]> {
  const out: CaptureRecord[] = [];
  for await (const r of readCapture(path)) {
    if (r.kind === "malformed") throw new Error(`${path} line ${r.line}: ${r.reason}`);
    if (keep(r)) out.push(asReceived(r));
  }
  return out;
}

async function* iterate(records: readonly CaptureRecord[]): AsyncGenerator<CaptureRecord> {
  yield* records;
}

/**
 * Capture files per registered venue. A capture whose folder names no venue id but a family of them
 * (`bybit/` holds the spot and linear connections) goes to each member; `played` then keeps each
 * adapter's own connections.
 */
function inputs(): Map<string, string[]> {
  const known = knownVenues();
  const byVenue = new Map<string, string[]>();
  for (const dir of Deno.readDirSync(CAPTURES)) {
    if (!dir.isDirectory) continue;
    for (const f of Deno.readDirSync(`${CAPTURES}${dir.name}`)) {
      const path = `${CAPTURES}${dir.name}/${f.name}`;
      const recorded = dir.name === "binance-recorded" && f.name.endsWith(".gz");
      if (!recorded && !f.name.endsWith(".jsonl")) continue;
      // Binance: the day recordings only (the 30 s .jsonl captures are too short to loop fairly).
      if (!recorded && dir.name.startsWith("binance")) continue;
      const venue = captureVenue(path);
      const venues = known.includes(venue) ? [venue] : known.filter((v) => v.startsWith(`${venue}-`));
      for (const v of venues) byVenue.set(v, [...(byVenue.get(v) ?? []), path]);
    }
  }
  return byVenue;
}

/**
 * The records an adapter is really fed: as in replay, frames of recorded connections opened to an
 * endpoint that is not the adapter's are not its traffic (the Coinbase legacy-feed capture for the
 * Advanced Trade adapter, Bybit's spot connection for the linear one) and are left out.
 */
function played(venue: string, records: CaptureRecord[]): CaptureRecord[] {
  const transport = new ReplayTransport();
  const endpoints = createAdapter(venue, { sink() {}, requests: transport }).endpoints;
  if (endpoints === undefined) return records;
  const own = new Set(endpoints.map(endpointOf));
  const foreign = new Set<string>();
  return records.filter((r) => {
    if (r.kind === "connect") {
      if (r.url !== "" && !own.has(endpointOf(r.url))) foreign.add(r.conn);
      else foreign.delete(r.conn);
    }
    return !((r.kind === "connect" || r.kind === "recv") && foreign.has(r.conn));
  });
}

const BINANCE_TRAFFIC = /"stream":"[a-z0-9_]+@(depth|trade|aggTrade)/;

interface Throughput {
  /** Frames over the whole run (at least MIN_MS and MIN_PASSES passes) per second. */
  msgPerSec: number;
  /**
   * Frames per CPU-second this process used over the same run (all its threads, GC helpers
   * included): one core's throughput even when other jobs take turns on the machine's cores.
   */
  cpuMsgPerSec: number;
  /** The fastest single pass over all captures: the figure least disturbed by other jobs on the machine. */
  bestPassMsgPerSec: number;
  /**
   * The median pass among those run while the core was uncontended (a fixed-work probe before and
   * after it within 10% of its fastest; ./contention-probe.ts): the code's rate on a core of its own,
   * unlike the fastest pass a median, chosen by the probes and not by the passes' own times.
   * NaN (null in the JSON) when no pass qualified, on a machine loaded throughout; absent where a
   * pass is too long to gate (GATED_MAX_PASS_MS).
   */
  uncontendedPassMsgPerSec?: number;
  events: number;
  /** Why the whole run falls short of the fastest pass (the throughput loop only). */
  diagnostics?: RunDiagnostics;
}

/**
 * Where a run's time goes besides steady passes, so that a gap between the whole run and the fastest
 * pass can be told apart: JIT warm-up, CPU spent off the main thread, or passes slowed by other jobs
 * on the machine (a steady median far below the fastest pass while warm-up and other threads are
 * small).
 */
interface RunDiagnostics {
  passes: number;
  /** The median pass of the run's second half (JIT warm-up long over), its time and its rate. */
  steadyMedianPassMs: number;
  steadyMedianPassMsgPerSec: number;
  /** Wall time the first half's passes took beyond the steady median: what warm-up cost the run. */
  warmupMs: number;
  /**
   * Share of the process's CPU time used by threads other than the main one (V8's compiler and GC
   * helpers), which `cpuMsgPerSec` counts too; from /proc, absent where there is none.
   */
  otherThreadsCpuShare?: number;
  /** Share of the gated passes that ran uncontended (`uncontendedPassMsgPerSec`): how quiet the machine was. */
  uncontendedShare?: number;
}

/** CPU ticks of the process's main thread and of all its threads (Linux /proc); undefined elsewhere. */
function threadTicks(): { main: number; all: number } | undefined {
  try {
    let main = 0;
    let all = 0;
    for (const task of Deno.readDirSync("/proc/self/task")) {
      const stat = Deno.readTextFileSync(`/proc/self/task/${task.name}/stat`);
      // utime and stime: fields 14 and 15, counted after the parenthesised command name.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      all += ticks;
      if (task.name === String(Deno.pid)) main = ticks;
    }
    return { main, all };
  } catch {
    return undefined;
  }
}

function diagnose(
  passMs: number[],
  framesPerPass: number,
  ticks0: ReturnType<typeof threadTicks>,
): RunDiagnostics {
  const steady = passMs.slice(passMs.length >> 1).sort((a, b) => a - b);
  const median = steady[steady.length >> 1];
  let warmupMs = 0;
  for (const ms of passMs.slice(0, passMs.length >> 1)) warmupMs += Math.max(0, ms - median);
  const ticks1 = threadTicks();
  const used = ticks0 !== undefined && ticks1 !== undefined ? ticks1.all - ticks0.all : 0;
  return {
    passes: passMs.length,
    steadyMedianPassMs: +median.toFixed(2),
    steadyMedianPassMsgPerSec: Math.round(framesPerPass / (median / 1000)),
    warmupMs: Math.round(warmupMs),
    ...(used > 0 ? { otherThreadsCpuShare: +(1 - (ticks1!.main - ticks0!.main) / used).toFixed(3) } : {}),
  };
}

/** Loop the captures through fresh adapters until MIN_MS has passed; received frames per second. */
async function throughput(venue: string, captures: CaptureRecord[][]): Promise<Throughput> {
  let frames = 0;
  let events = 0;
  let best = 0;
  let passes = 0;
  const sink = (_e: MarketEvent) => void events++;
  /** One pass over all captures, each into a fresh adapter. */
  const pass = async () => {
    for (const records of captures) {
      const transport = new ReplayTransport();
      const adapter = createAdapter(venue, { sink, requests: transport });
      for (const r of records) {
        if (r.kind === "recv") {
          adapter.onFrame(r.conn, r.msg, r.timeNs);
          frames++;
        } else if (r.kind === "connect") {
          adapter.onOpen(r.conn);
        } else if (r.kind === "http") {
          // The transport matches REST answers to requests; it is only entered for these rare records.
          await transport.run(iterate([r]), adapter);
        }
      }
    }
  };
  const passMs: number[] = [];
  const ticks0 = threadTicks();
  const cpu0 = cpuUsage();
  const t0 = performance.now();
  do {
    const passStart = performance.now();
    const passFrames = frames;
    await pass();
    const ms = performance.now() - passStart;
    best = Math.max(best, (frames - passFrames) / (ms / 1000));
    passMs.push(ms);
    passes++;
  } while (performance.now() - t0 < MIN_MS || passes < MIN_PASSES);
  const cpu = cpuUsage(cpu0);
  const wallMs = performance.now() - t0;
  const runFrames = frames;
  const runEvents = events;
  const framesPerPass = frames / passes;
  const diagnostics = diagnose(passMs, framesPerPass, ticks0);
  const result: Throughput = {
    msgPerSec: Math.round(runFrames / (wallMs / 1000)),
    cpuMsgPerSec: Math.round(runFrames / ((cpu.user + cpu.system) / 1e6)),
    bestPassMsgPerSec: Math.round(best),
    events: runEvents,
    diagnostics,
  };
  if (diagnostics.steadyMedianPassMs > GATED_MAX_PASS_MS) return result;
  // Then, warm: passes between contention probes, for the rate on a core the pass has to itself.
  const gated = new GatedTimer();
  const gatedStart = performance.now();
  do await gated.time(pass); while (performance.now() - gatedStart < GATED_MS);
  const g = gated.summary();
  result.uncontendedPassMsgPerSec = Math.round(framesPerPass / (g.uncontendedMedianMs / 1000));
  diagnostics.uncontendedShare = g.uncontendedShare;
  return result;
}

interface SnapshotThroughput {
  /** Snapshot frame text (MB = 10^6 chars, ASCII) per second over the whole run, wall time. */
  mbPerSec: number;
  /** The same per CPU-second this process used. */
  cpuMBPerSec: number;
  /** The fastest single pass. */
  bestPassMBPerSec: number;
  /**
   * The fastest pass of V8's own JSON.parse over the same frames, and nothing else: the floor under
   * any parser in this runtime, which the adapter's snapshot path (parse, book load, forwarded event)
   * is to be read against.
   */
  jsonParseBestPassMBPerSec: number;
  snapshots: number;
  levels: number;
}

/**
 * Coinbase level2 snapshots alone (the capture's two, 7.5 MB and 69k levels): each frame into a fresh
 * adapter (open, then the frame: parse, book load and the forwarded snapshot event), in MB of frame
 * text per second. The rate that bounds the capture as recorded, whose msg/s counts 1,030 messages.
 */
function coinbaseSnapshots(records: CaptureRecord[]): SnapshotThroughput {
  const frames = records.filter((r) =>
    r.kind === "recv" && r.msg.includes('"channel":"l2_data"') && r.msg.includes('"type":"snapshot"')
  );
  const bytes = frames.reduce((n, r) => n + r.msg.length, 0);
  let levels = 0;
  let best = 0;
  let passes = 0;
  let total = 0;
  const cpu0 = cpuUsage();
  const t0 = performance.now();
  do {
    const passStart = performance.now();
    levels = 0;
    for (const r of frames) {
      let applied = 0;
      const sink = (e: MarketEvent) => {
        if (e.type !== "book" || !e.snapshot) return;
        applied++;
        levels += e.bids.length + e.asks.length;
      };
      const adapter = createAdapter("coinbase", { sink, requests: new ReplayTransport() });
      adapter.onOpen(r.conn);
      adapter.onFrame(r.conn, r.msg, r.timeNs);
      if (applied !== 1) throw new Error("coinbase snapshot frame not applied");
    }
    best = Math.max(best, bytes / 1e6 / ((performance.now() - passStart) / 1000));
    total += bytes;
    passes++;
  } while (performance.now() - t0 < MIN_MS || passes < MIN_PASSES);
  const cpu = cpuUsage(cpu0);
  return {
    mbPerSec: Math.round(total / 1e6 / ((performance.now() - t0) / 1000)),
    cpuMBPerSec: Math.round(total / 1e6 / ((cpu.user + cpu.system) / 1e6)),
    bestPassMBPerSec: Math.round(best),
    jsonParseBestPassMBPerSec: Math.round(jsonParseBestMBPerSec(frames.map((r) => r.msg), bytes)),
    snapshots: frames.length,
    levels,
  };
}

/** The fastest of 20 passes of JSON.parse over `texts` (`bytes` in all), in MB per second. */
function jsonParseBestMBPerSec(texts: readonly string[], bytes: number): number {
  let best = 0;
  for (let pass = 0; pass < 20; pass++) {
    const start = performance.now();
    for (const text of texts) JSON.parse(text);
    best = Math.max(best, bytes / 1e6 / ((performance.now() - start) / 1000));
  }
  return best;
}

/**
 * Coinbase in steady state: the traffic that follows the capture's snapshots (updates, trades, tickers,
 * heartbeats), with the books in sync. Each pass feeds the capture into a fresh adapter, the snapshots
 * untimed, and times only what follows them; a pass must turn every level2 update into a forwarded book
 * event (a book found crossed or out of sequence forwards nothing), so the figure always includes the
 * book apply. Looping the updates over the evolved books instead would replay stale levels into them.
 */
function coinbaseSteadyState(records: CaptureRecord[]): Throughput {
  const isSnapshot = (r: CaptureRecord) => r.kind === "recv" && r.msg.includes('"type":"snapshot"');
  let liveFrom = 0;
  records.forEach((r, i) => {
    if (isSnapshot(r)) liveFrom = i + 1;
  });
  const updates = records.slice(liveFrom).filter((r) => r.kind === "recv" && r.msg.includes('"channel":"l2_data"')).length;
  let frames = 0;
  let events = 0;
  let best = 0;
  let passes = 0;
  let timedMs = 0;
  let cpuMicros = 0;
  do {
    let bookEvents = 0;
    const sink = (e: MarketEvent) => {
      events++;
      if (e.type === "book") bookEvents++;
    };
    const adapter = createAdapter("coinbase", { sink, requests: new ReplayTransport() });
    const feed = (r: CaptureRecord) => {
      if (r.kind === "recv") adapter.onFrame(r.conn, r.msg, r.timeNs);
      else if (r.kind === "connect") adapter.onOpen(r.conn);
    };
    for (let i = 0; i < liveFrom; i++) feed(records[i]);
    bookEvents = 0;
    const cpu0 = cpuUsage();
    const passStart = performance.now();
    for (let i = liveFrom; i < records.length; i++) {
      feed(records[i]);
      if (records[i].kind === "recv") frames++;
    }
    const passMs = performance.now() - passStart;
    const cpu = cpuUsage(cpu0);
    if (bookEvents !== updates) throw new Error(`coinbase steady state: ${bookEvents} book events for ${updates} updates`);
    timedMs += passMs;
    cpuMicros += cpu.user + cpu.system;
    best = Math.max(best, (records.length - liveFrom) / (passMs / 1000));
    passes++;
  } while (timedMs < STEADY_MIN_MS || passes < MIN_PASSES);
  return {
    msgPerSec: Math.round(frames / (timedMs / 1000)),
    cpuMsgPerSec: Math.round(frames / (cpuMicros / 1e6)),
    bestPassMsgPerSec: Math.round(best),
    events,
  };
}

async function rssChild(): Promise<void> {
  const path = `${CAPTURES}binance-recorded/spot-btcusdt_20240808.gz`;
  const base: CaptureRecord[] = [];
  for await (const r of readCapture(path)) {
    if (r.kind === "malformed" || (r.kind === "recv" && !r.msg.includes("@depth"))) continue;
    base.push(r);
    if (base.length >= RSS_FRAMES_PER_SYMBOL) break;
  }
  let events = 0;
  const transport = new ReplayTransport();
  const adapter = createAdapter("binance", { sink: () => void events++, requests: transport });
  async function* all(): AsyncGenerator<CaptureRecord> {
    for (let i = 0; i < RSS_SYMBOLS; i++) {
      const conn = `recorded.ws.${i}`;
      for (const r of base) {
        yield {
          ...r,
          conn,
          // The snapshot record's URL names its symbol (the replay matches answers to requests by it).
          url: r.url.replaceAll("BTCUSDT", `S${i}USDT`),
          msg: r.msg.replaceAll("btcusdt", `s${i}usdt`).replaceAll("BTCUSDT", `S${i}USDT`),
        };
      }
    }
  }
  await transport.run(all(), adapter);
  base.length = 0;
  (globalThis as { gc?: () => void }).gc?.();
  const books = adapter.topOfBooks().size;
  if (books !== RSS_SYMBOLS) throw new Error(`rss: ${books} of ${RSS_SYMBOLS} books synced`);
  console.log(JSON.stringify({ rssMB: Math.round(Deno.memoryUsage().rss / 2 ** 20), books, events }));
}

async function main(): Promise<void> {
  // `--venue=a,b`: only those venues' throughput, no RSS child (profiling one venue at a time).
  const only = Deno.args.find((a) => a.startsWith("--venue="))?.slice("--venue=".length).split(",");
  let rss = { rssMB: NaN, books: 0 };
  if (only === undefined) {
    const child = await new Deno.Command(Deno.execPath(), {
      // The young generation the edge runs with (ops/stack/processes.ts): 125 MB for the 50 books with it, 136 without.
      args: ["run", "-A", "--v8-flags=--expose-gc,--min-semi-space-size=16", new URL(import.meta.url).pathname, "--rss"],
      stdout: "piped",
    }).output();
    rss = JSON.parse(new TextDecoder().decode(child.stdout).trim().split("\n").pop()!);
  }

  const results: Record<string, Throughput> = {};
  let snapshots: SnapshotThroughput | undefined;
  for (const [venue, paths] of [...inputs()].sort(([a], [b]) => a.localeCompare(b))) {
    if (only !== undefined && !only.includes(venue)) continue;
    const keep = venue.startsWith("binance")
      ? (r: CaptureRecord) => r.kind !== "recv" || BINANCE_TRAFFIC.test(r.msg.slice(0, 60))
      : undefined;
    const captures = (await Promise.all(paths.sort().map((p) => load(p, keep))))
      .map((records) => played(venue, records))
      .filter((records) => records.some((r) => r.kind === "recv"));
    if (captures.length === 0) continue;
    results[venue] = await throughput(venue, captures);
    if (venue === "coinbase") {
      const adv = played(venue, await load(paths.find((p) => p.includes("advanced-trade"))!));
      results["coinbase-steady"] = coinbaseSteadyState(adv);
      snapshots = coinbaseSnapshots(adv);
    }
  }
  console.log(JSON.stringify({
    bench: "edge",
    cores: 1,
    msgPerSec: Object.fromEntries(Object.entries(results).map(([v, r]) => [v, r.msgPerSec])),
    bestPassMsgPerSec: Object.fromEntries(Object.entries(results).map(([v, r]) => [v, r.bestPassMsgPerSec])),
    cpuMsgPerSec: Object.fromEntries(Object.entries(results).map(([v, r]) => [v, r.cpuMsgPerSec])),
    uncontendedPassMsgPerSec: Object.fromEntries(
      Object.entries(results).flatMap(([v, r]) => r.uncontendedPassMsgPerSec === undefined ? [] : [[v, r.uncontendedPassMsgPerSec]]),
    ),
    // Not msg/s: Coinbase level2 snapshot frames alone, MB of frame text per second (see coinbaseSnapshots).
    ...(snapshots === undefined ? {} : { coinbaseSnapshotMBPerSec: snapshots }),
    // Not figures: why a venue's whole run falls short of its fastest pass (see RunDiagnostics).
    diagnostics: Object.fromEntries(
      Object.entries(results).flatMap(([v, r]) => r.diagnostics === undefined ? [] : [[v, r.diagnostics]]),
    ),
    rss50SymbolsMB: rss.rssMB,
    rssBooks: rss.books,
    targets: { binanceMsgPerSec: 300_000, otherMsgPerSec: 150_000, rss50SymbolsMB: 150 },
  }));
}

if (Deno.args.includes("--rss")) await rssChild();
else await main();
