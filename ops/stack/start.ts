/**
 * `npm start`: the whole stack on this machine. Starts a project-managed ClickHouse (unless
 * CLICKHOUSE_URL is set), the core, and one edge per venue in ops/config/stack.json on live public
 * feeds, or, with `--replay PATH[,PATH]`, one edge per venue replaying its recordings, offline. Prints where to look and a
 * ticks/s line every second; Ctrl-C stops everything cleanly. With `--until-done` a replay stops by
 * itself once everything replayed is stored and prints one JSON summary read back from ClickHouse.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createClient } from "@clickhouse/client";
import { startLocalClickHouse, type LocalClickHouse } from "../clickhouse/local-server.ts";
import { captureVenue } from "../../edge/replay/capture-venue.ts";
import { loadStackConfig } from "./stack-config.ts";
import { type LogLine, type ManagedProcess, REPO_ROOT, spawnCore, spawnEdge } from "./processes.ts";
import { storedCounts } from "./run-summary.ts";

const HELP = `npm start [-- options]

Starts ClickHouse (local, under .data/), the core and the edges.

Options:
  --config FILE        stack config (default ops/config/stack.json)
  --replay P[,P...]    replay recordings instead of live feeds (one edge per venue)
  --speed max|N        replay pace (default max)
  --until-done         with --replay: stop once everything is stored; print a JSON summary last
  --quiet              no per-second line (the summary still prints)
  -h, --help           this text

Env: CLICKHOUSE_URL (use this server instead of a local one), OTEL_EXPORTER_OTLP_ENDPOINT (traces).
`;

interface Running {
  clickhouse: LocalClickHouse | null;
  core: ManagedProcess | null;
  edges: ManagedProcess[];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      config: { type: "string" },
      replay: { type: "string" },
      speed: { type: "string" },
      "until-done": { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values["until-done"] && !values.replay) throw new Error("--until-done needs --replay");
  const config = loadStackConfig(values.config ?? join(REPO_ROOT, "ops", "config", "stack.json"));
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const runDir = join(REPO_ROOT, ".data", "stack", runId);
  mkdirSync(runDir, { recursive: true });
  const tokenFile = join(runDir, "ingest-token");
  writeFileSync(tokenFile, randomBytes(24).toString("hex"), { mode: 0o600 });
  chmodSync(tokenFile, 0o600);

  const running: Running = { clickhouse: null, core: null, edges: [] };
  let shuttingDown = false;
  const shutdown = async () => {
    if (shuttingDown) return;
    shuttingDown = true;
    await Promise.all(running.edges.map((e) => e.stop("SIGTERM")));
    await running.core?.stop("SIGTERM");
    await running.clickhouse?.stop();
    rmSync(tokenFile, { force: true });
  };
  process.on("SIGINT", () => void shutdown().then(() => process.exit(130)));
  process.on("SIGTERM", () => void shutdown().then(() => process.exit(143)));

  try {
    const echo = (name: string, line: LogLine | string) => {
      if (typeof line === "string") console.error(`[${name}] ${line}`);
      else if (line.level === "error" || line.level === "warn") console.error(`[${name}] ${JSON.stringify(line)}`);
    };
    let clickhouseUrl = process.env.CLICKHOUSE_URL;
    if (!clickhouseUrl) {
      running.clickhouse = await startLocalClickHouse({ name: "stack" });
      clickhouseUrl = running.clickhouse.url;
    }
    const started = Date.now();
    running.core = spawnCore({
      CLICKHOUSE_URL: clickhouseUrl,
      CLICKHOUSE_DATABASE: config.core.database,
      CORE_INGEST_PORT: String(config.core.ingestPort),
      CORE_HTTP_PORT: String(config.core.httpPort),
      CORE_INGEST_TOKENS_FILE: tokenFile,
    }, { onLine: echo });
    const ready = await running.core.waitFor((l) => l.message === "core ready", 120_000);
    const ingestAddress = String(ready.ingest);
    const httpUrl = String(ready.http);

    const replays = values.replay ? values.replay.split(",").map((p) => resolve(p)) : [];
    // One edge per venue, replaying that venue's recordings as one feed (as a deployed edge collects them).
    const byVenue = new Map<string, string[]>();
    for (const path of replays) byVenue.set(captureVenue(path), [...(byVenue.get(captureVenue(path)) ?? []), path]);
    const edgeSpecs = replays.length
      ? [...byVenue].map(([venue, paths], i) => ({
        venue,
        id: `replay-${runId}-${i}`,
        args: [...paths.flatMap((path) => ["--replay", path]), "--speed", values.speed ?? "max", ...(values["until-done"] ? ["--until-done"] : [])],
      }))
      : config.edges.map((e) => ({ venue: e.venue, id: `${e.venue}-live`, args: ["--symbols", e.symbols.join(","), "--health-port", "0"] }));
    for (const spec of edgeSpecs) {
      running.edges.push(spawnEdge(spec.id, [
        "--venue", spec.venue,
        "--core", ingestAddress,
        "--edge-id", spec.id,
        "--spool", join(replays.length ? runDir : join(REPO_ROOT, ".data"), "spool", spec.id),
        "--token-file", tokenFile,
        ...spec.args,
      ], { onLine: echo }));
    }
    console.log([
      `ClickHouse: ${clickhouseUrl} (database ${config.core.database}; tables trades, book_deltas, book_snapshots, bbo, derivative_tickers, liquidations, edge_health)`,
      `core: ingest gRPC ${ingestAddress}, HTTP ${httpUrl} (/health, /metrics, /stats)`,
      `edges: ${edgeSpecs.map((s) => `${s.id} (${s.venue})`).join(", ")}`,
      `traces: ${process.env.OTEL_EXPORTER_OTLP_ENDPOINT ?? "off (set OTEL_EXPORTER_OTLP_ENDPOINT to export to Jaeger)"}`,
      values["until-done"] ? "running until every replayed event is stored" : "Ctrl-C stops everything",
    ].join("\n"));

    let lastEvents = 0;
    const ticker = setInterval(async () => {
      try {
        const stats = (await (await fetch(`${httpUrl}/stats`)).json()) as { ingest: { events: Record<string, number> }; memory: { rss: number } };
        const events = Object.values(stats.ingest.events).reduce((a, b) => a + b, 0);
        if (!values.quiet) {
          console.log(`ticks/s ${events - lastEvents} | total ${events} | ${JSON.stringify(stats.ingest.events)} | core rss ${Math.round(stats.memory.rss / 1e6)} MB`);
        }
        lastEvents = events;
      } catch {
        // The core may be restarting; the next tick tries again.
      }
    }, 1000);

    if (!values["until-done"]) {
      await Promise.race([running.core.exited, ...running.edges.map((e) => e.exited)]);
      clearInterval(ticker);
      throw new Error("a stack process exited unexpectedly");
    }
    const codes = await Promise.all(running.edges.map((e) => e.exited));
    clearInterval(ticker);
    if (codes.some((c) => c !== 0)) throw new Error(`edge exit codes ${codes.join(",")}`);
    const wallSeconds = (Date.now() - started) / 1000;
    const coreStats = (await (await fetch(`${httpUrl}/stats`)).json()) as {
      ingest: { duplicateBatches: number; rejectedBatches: number };
      store: Record<string, unknown>;
    };
    const client = createClient({ url: clickhouseUrl, database: config.core.database });
    const stored = await storedCounts(client, edgeSpecs.map((s) => s.id));
    await client.close();
    const adapters = running.edges.map((e) => e.lines.find((l) => l.message === "replay finished")?.adapter as Record<string, number> | undefined);
    const sum = (key: string) => adapters.reduce((a, s) => a + Number(s?.[key] ?? 0), 0);
    const events = stored.trades + stored.bookDeltas + stored.bookSnapshots + stored.bbo + stored.derivatives + stored.liquidations;
    await shutdown();
    console.log(JSON.stringify({
      stored,
      duplicatesDropped: { batches: coreStats.ingest.duplicateBatches, storeBatches: coreStats.store.duplicateBatches, storeRows: coreStats.store.duplicateRows },
      rejectedBatches: coreStats.ingest.rejectedBatches,
      gaps: sum("sequenceGaps"),
      resyncs: sum("resyncs"),
      malformed: sum("malformed"),
      wallSeconds,
      eventsPerSecond: Math.round(events / wallSeconds),
    }));
    return 0;
  } catch (error) {
    console.error(`npm start: ${(error as Error).message}`);
    await shutdown();
    return 1;
  }
}

process.exit(await main());
