/**
 * Exports training datasets: feature vectors of the live engine (ticks go through the engine itself) plus
 * forward-return labels, as CSV with a JSON sidecar (schema, schema hash, labels marked as future data, period).
 *
 *   npm run features -- --symbols XRP/ETH --trades FILE --timeframe 1m --out data.csv
 *   npm run features -- --clickhouse http://localhost:8123 --symbols BTC/USDT,ETH/USDT \
 *       --from 2024-08-08T00:00Z --to 2024-08-09T00:00Z --reference BTC/USDT --out data.csv
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { parseTimeframe } from "../bars/timeframe.ts";
import { DatasetWriter } from "../features/dataset-writer.ts";
import { exportDataset } from "../features/dataset-export.ts";
import { barsFromCandleFiles, type SourceRead, ticksFromClickHouse, tradesFromFiles } from "../features/export-sources.ts";
import { featureLayout } from "../features/feature-layout.ts";
import { featureSchema } from "../features/feature-schema.ts";
import { labelSpecs } from "../features/forward-labels.ts";
import { openStoreClient } from "../../store/store-client.ts";

const HELP = `Usage: npm run features -- [options]

Writes one CSV row per symbol and closed base bar: identity columns, the feature vector in schema order,
then label_fwd_logret_<h> columns (FUTURE returns: training targets only). A sidecar <out>.json carries the
schema, its sha256 hash, the labels and the period.

Input (exactly one kind):
  --trades FILE         trade CSV (shared/data/ticks layouts); repeat once per symbol, in --symbols order
  --candles FILE        candle CSV of the base timeframe; repeat once per symbol (no book/trade-flow features)
  --clickhouse URL      read the tick store: trades, order-book snapshots and deltas, best bid/asks (what the
                        live engine reads, replayed through it in the order the core received them)
  --database NAME       ClickHouse database (default: default)

Options:
  --symbols LIST        comma-separated unified symbols, e.g. BTC/USDT,ETH/USDT (required)
  --out FILE            output CSV (required)
  --timeframe TF        base timeframe: 1s, 1m, 5m, 15m, 1h, 4h (default 1m)
  --context LIST        context timeframes (default: the next three above the base)
  --from TIME           first bar to write (ISO-8601 or epoch ms); earlier data only warms up features
  --to TIME             end of the period, exclusive (required with --clickhouse)
  --warmup-bars N       ClickHouse: bars read before --from for warm-up (default: the schema's longest)
  --reference SYMBOL    cross-asset reference (must be among --symbols)
  --venue NAME          venue id (files: the recorded venue, default binance; ClickHouse: only this venue,
                        default every venue, each kept apart as live: rows carry their venue)
  --horizons LIST       label horizons in bars (default 1,5,15)
  --dtype float64|float32   (default float64)
  --help                this text
`;

const time = z.string().transform((text, ctx) => {
  const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  if (!Number.isFinite(ms)) {
    ctx.addIssue({ code: "custom", message: `not a time: "${text}" (use ISO-8601 or epoch ms)` });
    return z.NEVER;
  }
  return BigInt(ms) * 1_000_000n;
});
const list = z.string().transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean));

const argsSchema = z
  .object({
    symbols: list.pipe(z.array(z.string()).min(1, "--symbols needs at least one symbol")),
    out: z.string().min(1),
    trades: z.array(z.string()).default([]),
    candles: z.array(z.string()).default([]),
    clickhouse: z.string().url().optional(),
    database: z.string().default("default"),
    timeframe: z.string().default("1m"),
    context: list.optional(),
    from: time.optional(),
    to: time.optional(),
    "warmup-bars": z.coerce.number().int().min(0).optional(),
    reference: z.string().optional(),
    venue: z.string().optional(),
    horizons: list.pipe(z.array(z.string().regex(/^[1-9][0-9]*$/, "horizons are whole numbers of bars ≥ 1").transform(Number)).min(1)).default([1, 5, 15]),
    dtype: z.enum(["float64", "float32"]).default("float64"),
  })
  .superRefine((a, ctx) => {
    const kinds = [a.trades.length > 0, a.candles.length > 0, a.clickhouse !== undefined].filter(Boolean).length;
    if (kinds !== 1) ctx.addIssue({ code: "custom", message: "give exactly one input: --trades, --candles or --clickhouse" });
    for (const files of [a.trades, a.candles]) {
      if (files.length > 0 && files.length !== a.symbols.length) ctx.addIssue({ code: "custom", message: `give one file per symbol: ${a.symbols.length} symbol(s), ${files.length} file(s)` });
    }
    if (a.clickhouse && a.to === undefined) ctx.addIssue({ code: "custom", message: "--clickhouse needs --to (and usually --from)" });
    if (a.from !== undefined && a.to !== undefined && a.from >= a.to) ctx.addIssue({ code: "custom", message: "--from must be before --to" });
    if (a.reference !== undefined && !a.symbols.includes(a.reference)) ctx.addIssue({ code: "custom", message: `--reference ${a.reference} is not among --symbols` });
  });

type Args = z.infer<typeof argsSchema>;

function parse(argv: string[]): Args | "help" {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      help: { type: "boolean" },
      symbols: { type: "string" },
      out: { type: "string" },
      trades: { type: "string", multiple: true },
      candles: { type: "string", multiple: true },
      clickhouse: { type: "string" },
      database: { type: "string" },
      timeframe: { type: "string" },
      context: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      "warmup-bars": { type: "string" },
      reference: { type: "string" },
      venue: { type: "string" },
      horizons: { type: "string" },
      dtype: { type: "string" },
    },
  });
  if (values.help) return "help";
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => (i.path.length ? `--${i.path.join(".")}: ${i.message}` : i.message)).join("\n"));
  return parsed.data;
}

/** A progress bar on stderr: redrawn in place on a terminal, one line per 10 % otherwise. */
function progressBar(total: number): (done: number) => void {
  let lastDecile = -1;
  return (done) => {
    const share = total > 0 ? Math.min(done / total, 1) : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ${done}/${total} events`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${share === 1 ? "\n" : ""}`);
    else if (Math.floor(share * 10) > lastDecile) {
      lastDecile = Math.floor(share * 10);
      process.stderr.write(`${line}\n`);
    }
  };
}

async function main(argv: string[]): Promise<void> {
  const args = parse(argv);
  if (args === "help") {
    process.stdout.write(HELP);
    return;
  }
  const layout = featureLayout({ baseTimeframe: args.timeframe, contextTimeframes: args.context, dtype: args.dtype });
  const schema = featureSchema(layout);
  const labels = labelSpecs(args.horizons);
  const venue = args.venue ?? "binance";

  let read: SourceRead;
  let source: string;
  let close = async () => {};
  if (args.clickhouse) {
    const warmupBars = args["warmup-bars"] ?? Math.max(...schema.features.map((f) => f.warmupBars));
    const fromNs = args.from ?? args.to! - parseTimeframe(args.timeframe).durationNs * 1440n;
    const client = await openStoreClient({ url: args.clickhouse, database: args.database });
    close = () => client.close();
    read = await ticksFromClickHouse(client, { fromNs: fromNs - BigInt(warmupBars) * layout.base.durationNs, toNs: args.to!, venue: args.venue, symbols: args.symbols });
    source = `clickhouse ${new URL(args.clickhouse).host}/${args.database} (trades, book_snapshots, book_deltas, bbo${args.venue === undefined ? "" : `; venue ${args.venue}`})`;
  } else if (args.trades.length > 0) {
    const files = await tradesFromFiles(args.trades, args.symbols, venue, args.to);
    if (files.skipped > 0) process.stderr.write(`skipped ${files.skipped} malformed trade row(s)\n`);
    read = files;
    source = `trades ${args.trades.join(", ")}`;
  } else {
    read = barsFromCandleFiles(args.candles, args.symbols, venue, layout.base, args.to);
    source = `candles ${args.candles.join(", ")}`;
  }

  const writer = new DatasetWriter(args.out, schema, labels);
  try {
    const result = await exportDataset({ layout, horizons: args.horizons, reference: args.reference, fromNs: args.from, toNs: args.to, writer, onProgress: progressBar(read.total) }, read.input);
    const iso = (ns: bigint | undefined) => (ns === undefined ? null : new Date(Number(ns / 1_000_000n)).toISOString());
    const sidecar = await writer.close({ period: { from: iso(args.from), to: iso(args.to) }, symbols: args.symbols, reference: args.reference ?? null, source });
    process.stderr.write(`wrote ${result.rows} rows × ${schema.features.length} features (+${labels.length} labels) to ${args.out}; schema ${schema.hash.slice(0, 12)} in ${sidecar}\n`);
  } finally {
    await close();
  }
}

main(process.argv.slice(2)).catch((err: Error) => {
  process.stderr.write(`features: ${err.message}\nRun with --help for usage.\n`);
  process.exitCode = 2;
});
