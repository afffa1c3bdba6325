/**
 * Candle CSV reader shared by the research CLIs, benchmarks and tests. Files come from many
 * sources (exchange dumps, other projects' fixtures), so columns are found by header name and the
 * timestamp unit by suffix or magnitude instead of by position.
 */
import { readFileSync } from "node:fs";
import type { Candle } from "./candle.ts";

const TIME_NAMES = ["timestamp", "open_time", "time", "date", "datetime"];
/** Search order: numeric epoch columns before ISO text when a file carries both. */
const TIME_SUFFIXES = ["_ms", "", "_s", "_us", "_ns", "_utc"];

type TimeParser = (cell: string) => number;

/** Numbers without a unit suffix: infer s / ms / µs / ns from the magnitude (1e9 s ≈ 2001). */
function numericTime(cell: string): number {
  const v = Number(cell);
  if (v < 1e11) return v * 1000;
  if (v < 1e14) return v;
  if (v < 1e17) return v / 1e3;
  return v / 1e6;
}

function timeParser(suffix: string): TimeParser {
  const scale: Record<string, number> = { _ms: 1, _s: 1000, _us: 1e-3, _ns: 1e-6 };
  return (cell) => {
    if (/^-?\d+(\.\d+)?$/.test(cell)) return suffix in scale ? Number(cell) * scale[suffix] : numericTime(cell);
    return Date.parse(cell);
  };
}

interface Layout {
  time: number;
  parseTime: TimeParser;
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

function detectLayout(header: string[], source: string): Layout {
  const names = header.map((h) => h.trim().toLowerCase().replace(/^"|"$/g, ""));
  let time = -1;
  let suffix = "";
  search: for (const sfx of TIME_SUFFIXES) {
    for (const base of TIME_NAMES) {
      const i = names.indexOf(base + sfx);
      if (i >= 0) {
        time = i;
        suffix = sfx;
        break search;
      }
    }
  }
  const column = (name: string, required: boolean) => {
    const exact = names.indexOf(name);
    const i = exact >= 0 ? exact : names.findIndex((n, j) => j !== time && n.startsWith(`${name}_`));
    if (i < 0 && required) throw new Error(`${source}: no "${name}" column in header [${names.join(", ")}]`);
    return i;
  };
  if (time < 0) throw new Error(`${source}: no timestamp column (${TIME_NAMES.join("/")}) in header [${names.join(", ")}]`);
  return {
    time,
    parseTime: timeParser(suffix),
    open: column("open", true),
    high: column("high", true),
    low: column("low", true),
    close: column("close", true),
    volume: column("volume", false),
  };
}

/** Parses candle CSV text; malformed rows are errors naming the line, never silently dropped. */
export function parseCandles(text: string, source = "candles"): Candle[] {
  const lines = text.split(/\r?\n/);
  if (!lines[0]?.trim()) throw new Error(`${source}: empty file, expected a header row`);
  const layout = detectLayout(lines[0].split(","), source);
  const candles: Candle[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n];
    if (!line.trim()) continue;
    const cells = line.split(",");
    const num = (i: number, what: string) => {
      const v = Number(cells[i]);
      if (cells[i] === undefined || cells[i].trim() === "" || !Number.isFinite(v)) {
        throw new Error(`${source}:${n + 1}: bad ${what} "${cells[i] ?? ""}"`);
      }
      return v;
    };
    const timeMs = layout.parseTime((cells[layout.time] ?? "").trim());
    if (!Number.isFinite(timeMs)) throw new Error(`${source}:${n + 1}: bad timestamp "${cells[layout.time] ?? ""}"`);
    const volumeCell = layout.volume >= 0 ? (cells[layout.volume] ?? "").trim() : "";
    candles.push({
      timeMs,
      open: num(layout.open, "open"),
      high: num(layout.high, "high"),
      low: num(layout.low, "low"),
      close: num(layout.close, "close"),
      volume: volumeCell === "" ? Number.NaN : num(layout.volume, "volume"),
    });
  }
  return candles;
}

/** Reads a candle CSV file (see parseCandles for the accepted layouts). */
export function readCandles(path: string): Candle[] {
  return parseCandles(readFileSync(path, "utf8"), path);
}
