/**
 * The edge CLI: `deno task edge --venue binance --symbols BTC/USDT,ETH/USDT --core HOST:PORT`
 * `[--replay PATH --speed max|1] [--check]`. Run with --help for every option.
 */
import { parseArgs } from "node:util";
import { hostname } from "node:os";
import { runCheck } from "./check.ts";
import { startCollector } from "./collector.ts";
import { log } from "./log.ts";
import { knownVenues } from "../venues/registry.ts";
import { initTracing, shutdownTracing } from "../telemetry/tracing.ts";

const HELP = `edge collector

Usage:
  deno task edge --venue V --symbols A,B --core HOST:PORT [options]
  deno task edge --venue V --replay FILE --core HOST:PORT [--speed max|N] [--until-done]
  deno task edge --venue V --replay FILE --check

Options:
  --venue V          venue id (${knownVenues().join(", ")})
  --symbols A,B      unified (BTC/USDT) or venue (BTCUSDT) symbols for live feeds
  --core HOST:PORT   the core's ingest address (env CORE_ADDRESS)
  --replay FILE      play a recorded capture (.jsonl or binance-recorded .gz) instead of the live feed;
                     repeat it for several recordings of the venue (merged by receive time)
  --speed max|N      replay pace: as fast as possible (default) or N x recorded pace
  --until-done       with --replay: exit once everything replayed is acked as stored by the core
  --check            with --replay: no core; print one JSON correctness report as the last line
  --edge-id ID       stable id of this edge (default: VENUE-HOSTNAME); keeps its sequence numbers
  --spool DIR        spool directory (default .data/spool/EDGE_ID); survives restarts
  --token-file F     file holding the core's bearer token (or env EDGE_TOKEN)
  --batch-events N   seal a batch at N events (default 2048)
  --batch-ms N       seal a batch after N ms (default 20)
  --trace-every N    trace one batch in N (default 100; OTEL_EXPORTER_OTLP_ENDPOINT enables export)
  --health-port N    live: serve /health and /metrics on N (0: any free port; env EDGE_HEALTH_PORT)
  --health-host H    address for that endpoint (default 127.0.0.1; env EDGE_HEALTH_HOST)
  -h, --help         this text
`;

function fail(message: string): never {
  console.error(`edge: ${message}\n\nRun with --help for usage.`);
  Deno.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: Deno.args,
      options: {
        venue: { type: "string" },
        symbols: { type: "string" },
        core: { type: "string" },
        replay: { type: "string", multiple: true },
        speed: { type: "string" },
        "until-done": { type: "boolean" },
        check: { type: "boolean" },
        "edge-id": { type: "string" },
        spool: { type: "string" },
        "token-file": { type: "string" },
        "batch-events": { type: "string" },
        "batch-ms": { type: "string" },
        "trace-every": { type: "string" },
        "health-port": { type: "string" },
        "health-host": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(HELP);
    return;
  }
  const venue = values.venue ?? fail("--venue is required");
  if (!knownVenues().includes(venue)) fail(`unknown venue "${venue}"; known: ${knownVenues().join(", ")}`);
  const speed = values.speed === undefined || values.speed === "max" ? "max" : Number(values.speed);
  if (speed !== "max" && !(speed > 0)) fail(`--speed must be "max" or a positive number, got ${values.speed}`);
  const positive = (name: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) fail(`${name} must be a non-negative integer, got ${text}`);
    return n;
  };

  if (values.check) {
    if (values.replay?.length !== 1) fail("--check needs exactly one --replay FILE");
    const report = await runCheck({ venue, replayPath: values.replay[0], speed });
    console.log(JSON.stringify(report));
    return;
  }

  const core = values.core ?? Deno.env.get("CORE_ADDRESS") ?? fail("--core HOST:PORT is required");
  const symbols = (values.symbols ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (!values.replay && symbols.length === 0) fail("--symbols is required for live feeds");
  const edgeId = values["edge-id"] ?? `${venue}-${hostname()}`;
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(edgeId)) fail(`--edge-id must be 1-64 of [A-Za-z0-9._-], got ${edgeId}`);
  const tokenFile = values["token-file"];
  const token = tokenFile ? (await Deno.readTextFile(tokenFile)).trim() : Deno.env.get("EDGE_TOKEN");
  const tracer = await initTracing(`edge-${venue}`);
  const collector = startCollector({
    venue,
    symbols,
    core,
    edgeId,
    token,
    spoolDir: values.spool ?? `.data/spool/${edgeId}`,
    replay: values.replay,
    speed,
    untilDone: values["until-done"],
    batchEvents: positive("--batch-events", values["batch-events"]),
    batchDelayMs: positive("--batch-ms", values["batch-ms"]),
    traceEvery: positive("--trace-every", values["trace-every"]),
    tracer,
    healthPort: positive("--health-port", values["health-port"] ?? Deno.env.get("EDGE_HEALTH_PORT")),
    healthHost: values["health-host"] ?? Deno.env.get("EDGE_HEALTH_HOST"),
  });
  const stop = () => {
    log("info", "stopping", { edgeId });
    collector.stop();
  };
  Deno.addSignalListener("SIGINT", stop);
  Deno.addSignalListener("SIGTERM", stop);
  await collector.done;
  await shutdownTracing();
  log("info", "edge stopped", { edgeId });
  Deno.exit(0);
}

await main();
