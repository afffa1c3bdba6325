/**
 * Research CLI: computes indicators over a candle CSV with the same code the live engine runs.
 *   npm run indicators -- --candles FILE.csv --indicators rsi:14,macd:12:26:9 --out OUT.csv
 *   npm run indicators -- --list
 * Usage errors exit with code 2 and a message on stderr; --help prints usage.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { readCandles } from "../candles/read-candles.ts";
import { batchColumns } from "../indicators/batch.ts";
import { INDICATORS, parseIndicator, type IndicatorRequest } from "../indicators/registry.ts";

const USAGE = `usage: npm run indicators -- --candles FILE.csv --indicators NAME[:P1:P2...][,...] [--out OUT.csv]
       npm run indicators -- --list

  --candles FILE     candle CSV (timestamp/date/time/open_time, open, high, low, close, volume)
  --indicators LIST  comma-separated, e.g. rsi:14,macd:12:26:9,bbands:20:2 (omitted params = defaults)
  --out FILE         output CSV (default: stdout); warm-up cells are empty
  --list             every indicator with its parameters and outputs
  --help             this text`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

class UsageError extends Error {}

function listing(): string {
  const lines = [...INDICATORS.values()].map((s) => {
    const params = s.params.map((p) => `${p.name}=${p.default}`).join(":");
    const outputs = s.outputs.length ? ` → ${s.outputs.join(", ")}` : "";
    const talib = s.talib ? ` [TA-Lib ${s.talib}]` : "";
    return `${s.name}${params ? `:${params}` : ""}  ${s.description}${outputs}${talib}`;
  });
  return `${lines.join("\n")}\n`;
}

function toCsv(timeMs: readonly number[], columns: { name: string; values: Float64Array }[]): string {
  const rows = [["time_ms", ...columns.map((c) => c.name)].join(",")];
  for (let i = 0; i < timeMs.length; i++) {
    const cells = [String(timeMs[i])];
    for (const c of columns) cells.push(Number.isNaN(c.values[i]) ? "" : String(c.values[i]));
    rows.push(cells.join(","));
  }
  return `${rows.join("\n")}\n`;
}

/** Runs the CLI; returns the exit code (0 ok, 2 usage error, 1 failure reading or writing). */
export function runIndicatorsCli(argv: readonly string[], io: CliIo): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        candles: { type: "string" },
        indicators: { type: "string" },
        out: { type: "string" },
        list: { type: "boolean" },
        help: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (values.list) {
    io.out(listing());
    return 0;
  }
  let requests: IndicatorRequest[];
  try {
    if (!values.candles) throw new UsageError("--candles is required");
    if (!values.indicators) throw new UsageError("--indicators is required");
    requests = values.indicators.split(",").filter((s) => s.trim() !== "").map(parseIndicator);
    if (requests.length === 0) throw new UsageError("--indicators lists no indicator");
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const candles = readCandles(values.candles);
    const columns = requests.flatMap((r) => batchColumns(r, candles));
    const csv = toCsv(
      candles.map((c) => c.timeMs),
      columns,
    );
    if (values.out) {
      writeFileSync(values.out, csv);
      io.err(`wrote ${candles.length} rows × ${columns.length} indicator columns to ${values.out}\n`);
    } else io.out(csv);
    return 0;
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = runIndicatorsCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
}
