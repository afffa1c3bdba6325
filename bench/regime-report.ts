/**
 * Regime report on real 1m data: FTX BTC-PERP, January 2022.
 *
 * Fits the regime model on the first two weeks only, then runs the live detector bar by bar over
 * the rest (forward filtering, no look-ahead), measures how fast it reacts to the late-January
 * sell-off, how often it flips and how time splits between regimes, draws a timeline PNG and
 * prints one JSON line.
 *
 *   npx tsx bench/regime-report.ts [--csv PATH] [--out PNG] [--states K] [--help]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { deflateSync } from "node:zlib";
import { readCandles } from "../core/analytics/candles/read-candles.ts";
import { RegimeDetector } from "../core/analytics/regime/regime-detector.ts";
import { fitRegimeModel } from "../core/analytics/regime/regime-fit.ts";
import { type Regime, REGIMES, STRESS_REGIMES } from "../core/analytics/regime/regimes.ts";

const { values: args } = parseArgs({
  options: {
    csv: { type: "string", default: resolve(import.meta.dirname, "../../shared/data/candles/ftx_BTC-PERP_1m_2021-12-31_2022-02-01.csv") },
    out: { type: "string", default: resolve(import.meta.dirname, "../.data/reports/regime-ftx-btc-perp-2022-01.png") },
    states: { type: "string", default: "6" },
    "fit-days": { type: "string", default: "14" },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log("usage: tsx bench/regime-report.ts [--csv PATH] [--out PNG] [--states K] [--fit-days D]");
  process.exit(0);
}

const MINUTE = 60_000;
const candles = readCandles(args.csv);
const fitEnd = candles[0].timeMs + Number(args["fit-days"]) * 1440 * MINUTE;
const split = candles.findIndex((c) => c.timeMs >= fitEnd);
if (split < 0) throw new Error("fit window covers the whole file");

const fitStarted = performance.now();
const model = fitRegimeModel(
  candles.slice(0, split).map((c) => c.close),
  { hmm: { states: Number(args.states), restarts: 4, seed: 1, tolerance: 0.05, maxIterations: 150 } },
);
const fitSeconds = (performance.now() - fitStarted) / 1000;

// The detector sees every bar in order; bars of the fit window only warm its features and filter.
const detector = new RegimeDetector({ symbol: "BTC/USD:USD", timeframe: "1m", model });
const regimeAt: (Regime | null)[] = [];
const flips: { timeMs: number; from: Regime | null; to: Regime }[] = [];
detector.on("change", (a) => flips.push({ timeMs: Number(a.timeNs / 1_000_000n), from: a.from, to: a.to }));
const sources: Record<string, number> = {};
for (const [i, c] of candles.entries()) {
  const s = detector.update({ timeNs: BigInt(c.timeMs) * 1_000_000n, close: c.close });
  regimeAt.push(s?.regime ?? null);
  if (s && i >= split) sources[s.source] = (sources[s.source] ?? 0) + 1;
}

/**
 * Sell-off onset, defined from prices alone: the peak of the largest peak-to-trough fall with
 * both ends after `from`. Two windows are reported: from 20 Jan (the sell-off's own peak lies
 * there) and from 22 Jan (strictly the month's last 10 days, which starts mid-fall).
 */
function largestDrawdown(from: number): { peak: number; trough: number; fall: number } {
  let best = { peak: from, trough: from, fall: 0 };
  let peak = from;
  for (let i = from; i < candles.length; i++) {
    if (candles[i].close > candles[peak].close) peak = i;
    const fall = 1 - candles[i].close / candles[peak].close;
    if (fall > best.fall) best = { peak, trough: i, fall };
  }
  return best;
}
const minutesBetween = (a: number, b: number) => (b < 0 ? null : (candles[b].timeMs - candles[a].timeMs) / MINUTE);
function detection(windowStartUtcDay: number) {
  const sellOff = largestDrawdown(candles.findIndex((c) => c.timeMs >= Date.UTC(2022, 0, windowStartUtcDay)));
  const firstStress = regimeAt.findIndex((r, i) => i >= sellOff.peak && r !== null && STRESS_REGIMES.has(r));
  const firstCrisis = regimeAt.findIndex((r, i) => i >= sellOff.peak && r === "crisis");
  return {
    window: `from 2022-01-${windowStartUtcDay}`,
    onset: iso(sellOff.peak),
    trough: iso(sellOff.trough),
    fallPct: +(sellOff.fall * 100).toFixed(2),
    regimeAtOnset: regimeAt[sellOff.peak],
    minutesToStressRegime: minutesBetween(sellOff.peak, firstStress),
    firstStressRegime: firstStress < 0 ? null : regimeAt[firstStress],
    minutesToCrisis: minutesBetween(sellOff.peak, firstCrisis),
    peakIndex: sellOff.peak,
  };
}
const iso = (i: number) => new Date(candles[i].timeMs).toISOString();
const { peakIndex: onsetIndex, ...sellOff } = detection(20);
const { peakIndex: _, ...sellOffLast10Days } = detection(22);

const live = regimeAt.slice(split);
const share = Object.fromEntries(REGIMES.map((r) => [r, +(live.filter((x) => x === r).length / live.length).toFixed(4)]));
const liveFlips = flips.filter((f) => f.timeMs >= candles[split].timeMs && f.from !== null);
const liveDays = (candles[candles.length - 1].timeMs - candles[split].timeMs) / (1440 * MINUTE);

// ---- timeline PNG: price line over regime-coloured bands, fit window shaded, onset marked ----
const COLORS: Record<Regime, [number, number, number]> = {
  trend_up: [46, 160, 67],
  trend_down: [230, 126, 34],
  range: [150, 150, 150],
  high_vol: [142, 68, 173],
  crisis: [214, 39, 40],
};
const W = 1800;
const H = 640;
const PLOT = { x0: 70, x1: W - 20, y0: 50, y1: H - 110 };
const px = new Uint8Array(W * H * 4).fill(255);
const put = (x: number, y: number, [r, g, b]: [number, number, number], a = 1) => {
  if (x < 0 || y < 0 || x >= W || y >= H) return;
  const o = (Math.round(y) * W + Math.round(x)) * 4;
  px[o] = px[o] * (1 - a) + r * a;
  px[o + 1] = px[o + 1] * (1 - a) + g * a;
  px[o + 2] = px[o + 2] * (1 - a) + b * a;
};
const rect = (x0: number, y0: number, x1: number, y1: number, color: [number, number, number], a = 1) => {
  for (let y = Math.floor(y0); y < y1; y++) for (let x = Math.floor(x0); x < x1; x++) put(x, y, color, a);
};
const line = (xa: number, ya: number, xb: number, yb: number, color: [number, number, number]) => {
  const n = Math.max(Math.abs(xb - xa), Math.abs(yb - ya), 1);
  for (let s = 0; s <= n; s++) put(xa + ((xb - xa) * s) / n, ya + ((yb - ya) * s) / n, color);
};
/** 3×5 pixel glyphs for the few labels the chart needs. */
const GLYPHS: Record<string, string> = {
  A: "010101111101101", B: "110101110101110", C: "011100100100011", D: "110101101101110", E: "111100110100111",
  F: "111100110100100", G: "011100101101011", H: "101101111101101", I: "111010010010111", J: "001001001101010",
  K: "101101110101101", L: "100100100100111", M: "101111111101101", N: "110101101101101", O: "010101101101010",
  P: "110101110100100", R: "110101110101101", S: "011100010001110", T: "111010010010010", U: "101101101101111",
  V: "101101101101010", W: "101101111111101", X: "101101010101101", Y: "101101010010010", "0": "111101101101111",
  "1": "010110010010111", "2": "110001010100111", "3": "110001010001110", "4": "101101111001001", "5": "111100110001110",
  "6": "011100111101111", "7": "111001010010010", "8": "111101111101111", "9": "111101111001110", "-": "000000111000000",
  ":": "000010000010000", ".": "000000000000010", "/": "001001010100100", " ": "000000000000000", _: "000000000000111",
};
const text = (x: number, y: number, s: string, color: [number, number, number] = [0, 0, 0], scale = 2) => {
  [...s.toUpperCase()].forEach((ch, k) => {
    const g = GLYPHS[ch] ?? GLYPHS[" "];
    for (let r = 0; r < 5; r++) for (let c = 0; c < 3; c++) {
      if (g[r * 3 + c] === "1") rect(x + (k * 4 + c) * scale, y + r * scale, x + (k * 4 + c + 1) * scale, y + (r + 1) * scale, color);
    }
  });
};
const lo = Math.min(...candles.map((c) => c.low));
const hi = Math.max(...candles.map((c) => c.high));
const xOf = (i: number) => PLOT.x0 + ((PLOT.x1 - PLOT.x0) * i) / (candles.length - 1);
const yOf = (p: number) => PLOT.y1 - ((PLOT.y1 - PLOT.y0) * (p - lo)) / (hi - lo);
regimeAt.forEach((r, i) => {
  if (r === null) return;
  rect(xOf(i), PLOT.y0, xOf(i + 1), PLOT.y1, COLORS[r], 0.28);
  rect(xOf(i), PLOT.y1 + 8, xOf(i + 1), PLOT.y1 + 30, COLORS[r]);
});
rect(xOf(0), PLOT.y0, xOf(split), PLOT.y0 + 14, [60, 60, 60], 0.5);
text(xOf(0) + 4, PLOT.y0 + 2, "FIT WINDOW - HMM TRAINED HERE", [255, 255, 255]);
line(xOf(split), PLOT.y0, xOf(split), PLOT.y1 + 30, [0, 0, 0]);
text(xOf(split) + 4, PLOT.y0 + 18, "ONLINE FILTER FROM HERE");
line(xOf(onsetIndex), PLOT.y0, xOf(onsetIndex), PLOT.y1 + 30, [20, 60, 220]);
text(xOf(onsetIndex) - 90, PLOT.y0 - 14, "SELL-OFF ONSET", [20, 60, 220]);
for (let i = 1; i < candles.length; i++) line(xOf(i - 1), yOf(candles[i - 1].close), xOf(i), yOf(candles[i].close), [10, 10, 10]);
for (let p = Math.ceil(lo / 2000) * 2000; p <= hi; p += 2000) {
  line(PLOT.x0 - 6, yOf(p), PLOT.x0, yOf(p), [0, 0, 0]);
  text(4, yOf(p) - 5, String(p));
}
for (let d = 1; d <= 31; d += 5) {
  const i = candles.findIndex((c) => c.timeMs >= Date.UTC(2022, 0, d));
  line(xOf(i), PLOT.y1 + 30, xOf(i), PLOT.y1 + 36, [0, 0, 0]);
  text(xOf(i) - 20, PLOT.y1 + 40, `01-${String(d).padStart(2, "0")}`);
}
text(PLOT.x0, 12, "FTX BTC-PERP 1M JAN 2022 - REGIME FROM LIVE DETECTOR - HMM AND RULES", [0, 0, 0], 3);
REGIMES.forEach((r, k) => {
  const x = PLOT.x0 + k * 200;
  rect(x, H - 40, x + 24, H - 24, COLORS[r]);
  text(x + 32, H - 37, r.replace("_", " "));
});
function png(width: number, height: number, rgba: Uint8Array): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, png(W, H, px));

console.log(
  JSON.stringify({
    bench: "regime-report",
    data: args.csv.split("/").pop(),
    fitBars: split,
    fitUntil: iso(split),
    fitSeconds: +fitSeconds.toFixed(1),
    states: model.stateRegimes,
    expectedDurationBars: Object.fromEntries(Object.entries(model.transitions.expectedDurationBars).map(([k, v]) => [k, +v!.toFixed(1)])),
    sellOff,
    sellOffLast10Days,
    liveBars: live.length,
    flips: liveFlips.length,
    flipsPerDay: +(liveFlips.length / liveDays).toFixed(1),
    shareOfTime: share,
    decidedBy: sources,
    skipped: detector.skipped,
    png: args.out,
  }),
);
