/**
 * Feature-vector cost: the time to compute the full vector for 100 symbols on one base-bar (1m) close, and
 * the memory each symbol's feature state holds. Input is real 1m candles (shared/data/candles), each symbol
 * a different file or a different offset into one, plus a 10-level book per symbol per bar so the book
 * features are computed too. Prints one JSON line; `benchFeatures()` returns the same figures for
 * bench/analytics.ts.
 */
import { readdirSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Bar } from "../core/analytics/bars/bar.ts";
import { readCandles } from "../core/analytics/candles/read-candles.ts";
import type { Candle } from "../core/analytics/candles/candle.ts";
import type { BookView } from "../core/analytics/features/book-state.ts";
import { featureLayout } from "../core/analytics/features/feature-layout.ts";
import { featureSchema } from "../core/analytics/features/feature-schema.ts";
import { FeatureUniverse } from "../core/analytics/features/feature-universe.ts";

export interface FeatureBenchResult {
  bench: "analytics-features";
  symbols: number;
  features: number;
  schemaHash: string;
  closesMeasured: number;
  msPerCloseMedian: number;
  msPerCloseP99: number;
  msPerCloseMean: number;
  /** Process CPU time per close (user + system): less distorted than wall time on a shared machine. */
  cpuMsPerCloseMedian: number;
  loadAverage1m: number;
  usPerSymbolVector: number;
  bytesPerSymbol: number;
  targetMsPerClose: number;
}

const CANDLES = fileURLToPath(new URL("../../shared/data/candles/", import.meta.url));
const MINUTE_NS = 60_000_000_000n;

function book(mid: number): BookView {
  const tick = mid * 0.0001;
  const levels = (sign: number) => ({
    prices: Array.from({ length: 10 }, (_, i) => mid + sign * tick * (i + 0.5)),
    sizes: Array.from({ length: 10 }, (_, i) => 1 + ((i * 7) % 5)),
  });
  return { bids: levels(-1), asks: levels(1) };
}

function barOf(symbol: string, c: Candle, openTimeNs: bigint): Bar {
  const volume = Number.isFinite(c.volume) ? c.volume : 0;
  return {
    venue: "bench",
    symbol,
    timeframe: "1m",
    openTimeNs,
    closeTimeNs: openTimeNs + MINUTE_NS,
    open: c.open,
    high: c.high,
    low: c.low,
    close: c.close,
    volume,
    quoteVolume: volume * c.close,
    vwap: c.close,
    tradeCount: volume > 0 ? 10 : 0,
    buyVolume: volume * 0.6,
    sellVolume: volume * 0.4,
    revision: 0,
  };
}

/** Memory still held after two full collections: the JS heap plus typed arrays' buffers. */
export function heldBytesAfterGc(): number {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  gc();
  gc();
  // Typed arrays' buffers live outside V8's heap: heapUsed alone misses the windows kept in them.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

export function benchFeatures(symbolCount = 100, warmupBars = 300, measuredCloses = 300): FeatureBenchResult {
  const files = readdirSync(CANDLES).filter((f) => f.endsWith("_1m_2018-01.csv") || f.startsWith("ftx_") || f.startsWith("binance_XRP-ETH_1m"));
  const series = files.map((f) => readCandles(`${CANDLES}${f}`));
  const layout = featureLayout({ baseTimeframe: "1m" });
  const schema = featureSchema(layout);
  const symbols = Array.from({ length: symbolCount }, (_, i) => `S${i}/USDT`);
  let sink = 0;
  const before = heldBytesAfterGc();
  const universe = new FeatureUniverse(layout, (row) => (sink += row.vector[0] || 0), { reference: symbols[0] });
  const start = 1_700_000_000_000_000_000n - (1_700_000_000_000_000_000n % (86_400n * 1_000_000_000n));
  const durations: number[] = [];
  const cpu: number[] = [];
  for (let t = 0; t < warmupBars + measuredCloses; t++) {
    const openNs = start + BigInt(t) * MINUTE_NS;
    const bars = symbols.map((s, i) => {
      const candles = series[i % series.length];
      return barOf(s, candles[(t + 37 * Math.floor(i / series.length)) % candles.length], openNs);
    });
    bars.forEach((b) => universe.onBook(b.symbol, openNs + MINUTE_NS - 1_000_000n, book(b.close)));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const bar of bars) universe.onClosedBar(bar);
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    if (t >= warmupBars) {
      durations.push(ms);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  const after = heldBytesAfterGc();
  durations.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const median = durations[Math.floor(durations.length / 2)];
  const mean = durations.reduce((a, b) => a + b, 0) / durations.length;
  if (sink === Number.MAX_VALUE) console.error(sink);
  return {
    bench: "analytics-features",
    symbols: symbolCount,
    features: schema.features.length,
    schemaHash: schema.hash,
    closesMeasured: durations.length,
    msPerCloseMedian: +median.toFixed(3),
    msPerCloseP99: +durations[Math.floor(durations.length * 0.99)].toFixed(3),
    msPerCloseMean: +mean.toFixed(3),
    cpuMsPerCloseMedian: +cpu[Math.floor(cpu.length / 2)].toFixed(3),
    loadAverage1m: +loadavg()[0].toFixed(2),
    usPerSymbolVector: +((median * 1000) / symbolCount).toFixed(1),
    bytesPerSymbol: Math.round((after - before) / symbolCount),
    targetMsPerClose: 5,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(benchFeatures()));
}
