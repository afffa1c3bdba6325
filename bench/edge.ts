/**
 * Edge adapter throughput and memory, printed as ONE JSON line.
 *
 * Throughput: for every venue in edge/venues/registry.ts, its real captures are pre-loaded into memory
 * and looped into a fresh adapter (parse + normalize + book apply, events into a counting sink) on one
 * core; frames go straight to `onFrame`, and only REST answers pass through the replay transport (it
 * owns request matching). Only that loop is timed, never file IO. Binance uses the raw
 * day recordings (depth + trade frames and the REST snapshot: the target's traffic mix), the others
 * their uniform .jsonl captures. Coinbase is reported twice: the capture as recorded (7.5 MB of book
 * snapshots per 1,030 messages) and steady state (its live traffic renumbered to continue one
 * connection after the snapshots, i.e. what a long-running connection sees).
 *
 * Memory: a child process builds 50 Binance books from real depth data replicated under 50 symbol
 * names, forces a GC and reports its RSS.
 */
import { createAdapter, knownVenues } from "../edge/venues/registry.ts";
import { ReplayTransport } from "../edge/replay/replay-transport.ts";
import { type CaptureRecord, readCapture } from "../edge/replay/capture-records.ts";
import { captureVenue } from "../edge/replay/capture-venue.ts";
import { SHARED_DATA_DIR } from "../edge/replay/shared-data.ts";
import type { MarketEvent } from "../edge/normalize/events.ts";

const CAPTURES = `${SHARED_DATA_DIR}exchange-captures/`;
const MIN_MS = 1500;
const RSS_SYMBOLS = 50;
const RSS_FRAMES_PER_SYMBOL = 3000;

async function load(
  path: string,
  keep: (r: CaptureRecord) => boolean = () => true,
): Promise<CaptureRecord[]> {
  const out: CaptureRecord[] = [];
  for await (const r of readCapture(path)) {
    if (r.kind === "malformed") throw new Error(`${path} line ${r.line}: ${r.reason}`);
    if (keep(r)) out.push(r);
  }
  return out;
}

async function* iterate(records: readonly CaptureRecord[]): AsyncGenerator<CaptureRecord> {
  yield* records;
}

/** Capture files per registered venue. */
function inputs(): Map<string, string[]> {
  const known = new Set(knownVenues());
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
      if (!known.has(venue)) continue;
      byVenue.set(venue, [...(byVenue.get(venue) ?? []), path]);
    }
  }
  return byVenue;
}

const BINANCE_TRAFFIC = /"stream":"[a-z0-9_]+@(depth|trade|aggTrade)/;

/** Loop the captures through fresh adapters until MIN_MS has passed; received frames per second. */
async function throughput(
  venue: string,
  captures: CaptureRecord[][],
): Promise<{ msgPerSec: number; events: number }> {
  let frames = 0;
  let events = 0;
  const sink = (_e: MarketEvent) => void events++;
  const t0 = performance.now();
  do {
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
  } while (performance.now() - t0 < MIN_MS);
  return { msgPerSec: Math.round(frames / ((performance.now() - t0) / 1000)), events };
}

/** Coinbase live traffic after the snapshots, renumbered to continue the connection's sequence. */
function coinbaseSteadyState(records: CaptureRecord[]): CaptureRecord[][] {
  const frames = records.filter((r) => r.kind === "recv");
  const live = frames.filter((r) => !r.msg.includes('"type":"snapshot"'));
  let seq = frames.length;
  const loops: CaptureRecord[] = [...records];
  for (let i = 0; i < 20; i++) {
    for (const r of live) {
      loops.push({ ...r, msg: r.msg.replace(/"sequence_num":\d+/, `"sequence_num":${seq++}`) });
    }
  }
  return [loops];
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
          msg: r.msg.replaceAll("btcusdt", `s${i}usdt`).replaceAll("BTCUSDT", `S${i}USDT`),
        };
      }
    }
  }
  await transport.run(all(), adapter);
  base.length = 0;
  (globalThis as { gc?: () => void }).gc?.();
  const books = adapter.topOfBooks().size;
  console.log(JSON.stringify({ rssMB: Math.round(Deno.memoryUsage().rss / 2 ** 20), books, events }));
}

async function main(): Promise<void> {
  const child = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "--v8-flags=--expose-gc", new URL(import.meta.url).pathname, "--rss"],
    stdout: "piped",
  }).output();
  const rss = JSON.parse(new TextDecoder().decode(child.stdout).trim().split("\n").pop()!);

  const results: Record<string, { msgPerSec: number; events: number }> = {};
  for (const [venue, paths] of inputs()) {
    const keep = venue.startsWith("binance")
      ? (r: CaptureRecord) => r.kind !== "recv" || BINANCE_TRAFFIC.test(r.msg.slice(0, 60))
      : undefined;
    const captures = await Promise.all(paths.sort().map((p) => load(p, keep)));
    results[venue] = await throughput(venue, captures);
    if (venue === "coinbase") {
      const adv = captures[paths.indexOf(paths.find((p) => p.includes("advanced-trade"))!)];
      results["coinbase-steady"] = await throughput(venue, coinbaseSteadyState(adv));
    }
  }
  console.log(JSON.stringify({
    bench: "edge",
    cores: 1,
    msgPerSec: Object.fromEntries(Object.entries(results).map(([v, r]) => [v, r.msgPerSec])),
    rss50SymbolsMB: rss.rssMB,
    rssBooks: rss.books,
    targets: { binanceMsgPerSec: 300_000, otherMsgPerSec: 150_000, rss50SymbolsMB: 150 },
  }));
}

if (Deno.args.includes("--rss")) await rssChild();
else await main();
