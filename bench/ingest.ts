/**
 * `npm run bench:ingest`: the real pipeline, real processes, one JSON line of figures.
 *
 * Phase 1, throughput: all six Binance recordings replayed at max speed (one edge process per venue
 * replaying its recordings as one feed, the edge parsing the venue's real JSON) through core →
 * ClickHouse; events/s counts only what is stored, read back from ClickHouse, over the whole wall
 * time (`eventsPerSecond`, process start-up included) and from the core's first batch to the last
 * durable ack (`pipelineEventsPerSecond`). Phase 2, latency: the two USD-M recordings (one edge)
 * paced to ~50k events/s with 1 ms batches, into a core warmed up first by the spot recordings
 * (`--cold-core`: without); edge receive of a batch's first event → published on the core bus,
 * p50/p99, over the whole paced run and from one second after its first batch (`afterFirstSecond`);
 * both phases also give edge receive → stored (acked durable) per batch.
 * Peak RSS of each process is read from /proc (VmHWM) while it runs. `--phase throughput` or
 * `--phase latency` runs one phase alone.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { captureVenue } from "../edge/replay/capture-venue.ts";
import { startLocalClickHouse } from "../ops/clickhouse/local-server.ts";
import { storedCounts } from "../ops/stack/run-summary.ts";
import { createIsolatedStack, type TestStack } from "../ops/stack/isolated-stack.ts";

const RECORDINGS = join(import.meta.dirname, "..", "..", "shared", "data", "exchange-captures", "binance-recorded");

function peakRssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a process has used so far; where the 2 cores went. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

interface Usage {
  peakRssMb: Record<string, number>;
  cpuSeconds: Record<string, number>;
}

/** Samples peak RSS and CPU time of each process (plus ClickHouse's server) until stopped. */
function trackUsage(processes: () => Array<{ name: string; pid: number | undefined }>): { stop(): Usage } {
  const usage: Usage = { peakRssMb: {}, cpuSeconds: {} };
  const base = new Map<string, number>();
  const sample = () => {
    for (const p of processes()) {
      usage.peakRssMb[p.name] = Math.max(usage.peakRssMb[p.name] ?? 0, peakRssMb(p.pid));
      const cpu = cpuSeconds(p.pid);
      if (!base.has(p.name)) base.set(p.name, cpu);
      if (cpu > 0) usage.cpuSeconds[p.name] = Math.round((cpu - base.get(p.name)!) * 100) / 100;
    }
  };
  sample();
  const timer = setInterval(sample, 50);
  return { stop: () => (clearInterval(timer), sample(), usage) };
}

/**
 * When the core first saw events: the pipeline's own start, after the edges' process start-up
 * (Deno boot, module load, connecting), which is paid once per process and not per event.
 */
function watchFirstEvent(http: string, batchesBefore = 0): { stop(): number | undefined } {
  let first: number | undefined;
  const timer = setInterval(async () => {
    if (first !== undefined) return;
    const stats = await coreStats(http).catch(() => null);
    if ((stats?.ingest.batchesAccepted ?? 0) > batchesBefore && first === undefined) first = Date.now();
  }, 25);
  return { stop: () => (clearInterval(timer), first) };
}

interface CoreStats {
  ingest: { batchesAccepted: number; edgeToBusMs: unknown; edgeBatchingMs: unknown; sealedToBusMs: unknown; edgeToStoredMs: unknown; events: Record<string, number> };
  analytics: { queue: { depth: number } };
  eventLoopDelayMs: unknown;
  gcPauses: unknown;
}

async function coreStats(http: string, query = ""): Promise<CoreStats> {
  return (await (await fetch(`${http}/stats${query}`)).json()) as CoreStats;
}

const eventCount = (stats: CoreStats) => Object.values(stats.ingest.events).reduce((a, b) => a + b, 0);

type Phase = "throughput" | "latency";

/** The latency phase's figures are also given without the batches of its first second (cold code). */
const WARM_UP_MS = 1000;

function phasesToRun(argv: readonly string[]): Set<Phase> {
  const at = argv.indexOf("--phase");
  if (at < 0) return new Set<Phase>(["throughput", "latency"]);
  const phase = argv[at + 1];
  if (phase !== "throughput" && phase !== "latency") throw new Error(`--phase takes throughput or latency, not ${phase}`);
  return new Set([phase]);
}

async function main(): Promise<void> {
  const phases = phasesToRun(process.argv.slice(2));
  const files = readdirSync(RECORDINGS).filter((f) => f.endsWith(".gz")).sort();
  if (files.length === 0) throw new Error(`no recordings in ${RECORDINGS}`);
  const clickhouse = process.env.CLICKHOUSE_URL ? null : await startLocalClickHouse({ name: "bench" });
  const url = process.env.CLICKHOUSE_URL ?? clickhouse!.url;
  const result: Record<string, unknown> = { machine: { cpus: (await import("node:os")).cpus().length } };
  try {
    if (phases.has("throughput")) await throughputPhase();
    if (phases.has("latency")) await latencyPhase();
  } finally {
    await clickhouse?.stop();
  }
  console.log(JSON.stringify(result));

  async function throughputPhase(): Promise<void> {
    const stack = createIsolatedStack("bench_tput", url);
    try {
      const core = await stack.startCore();
      const started = Date.now();
      // One edge per venue, collecting all of that venue's recorded symbols: how edges are deployed.
      const byVenue = new Map<string, string[]>();
      for (const f of files) {
        const venue = captureVenue(join(RECORDINGS, f));
        byVenue.set(venue, [...(byVenue.get(venue) ?? []), f]);
      }
      const edges = [...byVenue].map(([venue, venueFiles], i) =>
        stack.startEdge(`bench-${i}`, [
          "--venue", venue,
          ...venueFiles.flatMap((f) => ["--replay", join(RECORDINGS, f)]),
          "--core", core.ingest, "--until-done", "--trace-every", "0",
        ])
      );
      const usage = trackUsage(() => [
        ...[core.process, ...edges].map((p) => ({ name: p.name, pid: p.child.pid })),
        { name: "clickhouse", pid: clickhouse?.pid },
      ]);
      const firstEvent = watchFirstEvent(core.http);
      process.stderr.write(`bench: replaying ${files.length} recordings at max speed...\n`);
      const codes = await Promise.all(edges.map((e) => e.exited));
      const ended = Date.now();
      const wallSeconds = (ended - started) / 1000;
      const pipelineSeconds = (ended - (firstEvent.stop() ?? started)) / 1000;
      const { peakRssMb: rss, cpuSeconds } = usage.stop();
      if (codes.some((c) => c !== 0)) throw new Error(`edge exit codes ${codes}`);
      const stored = await storedCounts(stack.client, edges.map((e) => e.name), stack.database);
      const coreSide = await coreStats(core.http);
      const events = stored.trades + stored.bookDeltas + stored.bookSnapshots + stored.bbo;
      result.throughput = {
        recordings: files.length,
        edges: edges.length,
        eventsStored: events,
        stored,
        wallSeconds,
        eventsPerSecond: Math.round(events / wallSeconds),
        pipelineSeconds,
        pipelineEventsPerSecond: Math.round(events / pipelineSeconds),
        // Every batch until acked durable: at max speed this is mostly time queued behind earlier batches.
        edgeReceiveToStoredMs: coreSide.ingest.edgeToStoredMs,
        peakRssMb: { core: rss.core, edgesMax: Math.max(...edges.map((e) => rss[e.name] ?? 0)) },
        cpuSeconds: {
          core: cpuSeconds.core,
          edges: Math.round(edges.reduce((sum, e) => sum + (cpuSeconds[e.name] ?? 0), 0) * 100) / 100,
          byEdge: Object.fromEntries([...byVenue.keys()].map((venue, i) => [venue, cpuSeconds[edges[i].name]])),
          clickhouse: cpuSeconds.clickhouse,
        },
      };
    } finally {
      await stack.close();
    }
  }

  /**
   * Latency at ~50k events/s, against a core that has been running: a core in service is long past its
   * first seconds, when V8 still runs cold code (~25% more core CPU over this short run, measured). So the
   * spot recordings (other instruments) go through it first at max speed; the paced edge is a fresh
   * process. `--cold-core` skips that.
   */
  async function latencyPhase(): Promise<void> {
    const paced = createIsolatedStack("bench_latency", url);
    try {
      const core2 = await paced.startCore();
      const warmCore = !process.argv.includes("--cold-core");
      if (warmCore) await warmUp(paced, core2);
      const before = await coreStats(core2.http);
      const pacedFiles = files.filter((f) => f.startsWith("usdm-"));
      const speed = 50_000 / pacedFiles.length / 260; // each USD-M recording carries ~260 events/s of recorded time
      process.stderr.write(`bench: latency phase, ${pacedFiles.length} recordings at ${speed.toFixed(0)}x...\n`);
      const pacedStarted = Date.now();
      const pacedEdges = [
        paced.startEdge("lat-0", [
          "--venue", "binance-usdm",
          ...pacedFiles.flatMap((f) => ["--replay", join(RECORDINGS, f)]),
          "--speed", String(speed), "--batch-ms", "1", "--core", core2.ingest, "--until-done", "--trace-every", "0",
        ]),
      ];
      const pacedUsage = trackUsage(() => [
        ...[core2.process, ...pacedEdges].map((p) => ({ name: p.name, pid: p.child.pid })),
        { name: "clickhouse", pid: clickhouse?.pid },
      ]);
      const pacedFirstEvent = watchFirstEvent(core2.http, before.ingest.batchesAccepted);
      await Promise.all(pacedEdges.map((e) => e.exited));
      const firstBatchAt = pacedFirstEvent.stop() ?? pacedStarted;
      const { cpuSeconds: pacedCpu } = pacedUsage.stop();
      const pacedSeconds = (Date.now() - firstBatchAt) / 1000;
      // Latency percentiles over the paced edge's batches only (the warm-up's all came before it started).
      const stats = await coreStats(core2.http, `?latencySince=${pacedStarted}`);
      // The same run without its first second, when the new edge (and a cold core) still run cold code.
      const steady = await coreStats(core2.http, `?latencySince=${firstBatchAt + WARM_UP_MS}`);
      const pacedEvents = eventCount(stats) - eventCount(before);
      result.latency = {
        targetEventsPerSecond: 50_000,
        warmCore,
        // From the core's first batch: edge start-up is not part of the paced rate.
        achievedEventsPerSecond: Math.round(pacedEvents / pacedSeconds),
        edgeReceiveToBusMs: stats.ingest.edgeToBusMs,
        split: { edgeBatchingMs: stats.ingest.edgeBatchingMs, sealedToBusMs: stats.ingest.sealedToBusMs },
        // Mostly the tick writer's flush age (about one insert per table per second).
        edgeReceiveToStoredMs: stats.ingest.edgeToStoredMs,
        afterFirstSecond: {
          edgeReceiveToBusMs: steady.ingest.edgeToBusMs,
          split: { edgeBatchingMs: steady.ingest.edgeBatchingMs, sealedToBusMs: steady.ingest.sealedToBusMs },
        },
        // The paced run's CPU, start-up included: per-batch costs show here, as the batches are small.
        cpuSeconds: { core: pacedCpu.core, edge: pacedCpu[pacedEdges[0].name], clickhouse: pacedCpu.clickhouse },
        // These two cover the core's whole life, warm-up included.
        coreEventLoopDelayMs: stats.eventLoopDelayMs,
        coreGcPauses: stats.gcPauses,
      };
    } finally {
      await paced.close();
    }
  }

  /** The spot recordings at max speed through the latency core, then until its analytics queue is empty. */
  async function warmUp(stack: TestStack, core: { ingest: string; http: string }): Promise<void> {
    const spotFiles = files.filter((f) => f.startsWith("spot-"));
    process.stderr.write(`bench: warming the latency core with ${spotFiles.length} spot recordings...\n`);
    const edge = stack.startEdge("warm-0", [
      "--venue", "binance", ...spotFiles.flatMap((f) => ["--replay", join(RECORDINGS, f)]),
      "--core", core.ingest, "--until-done", "--trace-every", "0",
    ]);
    if ((await edge.exited) !== 0) throw new Error("warm-up edge failed");
    while ((await coreStats(core.http)).analytics.queue.depth > 0) await new Promise((r) => setTimeout(r, 50));
  }
}

await main();
