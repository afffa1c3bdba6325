import { describe, expect, it } from "vitest";
import { detectPatterns, type OhlcWindow, PATTERN_WARMUP, PATTERNS } from "./candlestick.ts";

type Ohlc = [open: number, high: number, low: number, close: number];

/** Window over bars given oldest first. */
function window(bars: Ohlc[]): OhlcWindow {
  const at = (back: number) => bars[bars.length - 1 - back];
  return { length: bars.length, open: (b) => at(b)[0], high: (b) => at(b)[1], low: (b) => at(b)[2], close: (b) => at(b)[3] };
}

/** Thirteen ordinary bars (body 1) drifting in `direction`, ending near `level`. */
function lead(level: number, direction: 1 | -1): Ohlc[] {
  return Array.from({ length: 13 }, (_, i) => {
    const c = level - direction * (12 - i) * 0.5;
    const o = c - direction;
    return [o, Math.max(o, c) + 0.3, Math.min(o, c) - 0.3, c] as Ohlc;
  });
}

function detect(bars: Ohlc[]): Record<string, number> {
  const out = new Float64Array(PATTERNS.length);
  detectPatterns(window(bars), out, 0);
  return Object.fromEntries(PATTERNS.map((p, i) => [p.name, out[i]]));
}

const cases: { name: string; bars: Ohlc[]; expect: Record<string, number> }[] = [
  { name: "doji", bars: [...lead(100, 1), [100, 101, 99, 100.05]], expect: { doji: 1 } },
  { name: "hammer after a fall", bars: [...lead(100, -1), [99.6, 99.8, 97, 99.8]], expect: { hammer: 1, hanging_man: 0 } },
  { name: "hanging man after a rise", bars: [...lead(100, 1), [100.4, 100.6, 97.6, 100.6]], expect: { hanging_man: -1, hammer: 0 } },
  { name: "inverted hammer after a fall", bars: [...lead(100, -1), [99.6, 102.4, 99.6, 99.8]], expect: { inverted_hammer: 1, shooting_star: 0 } },
  { name: "shooting star after a rise", bars: [...lead(100, 1), [100.4, 103, 100.4, 100.2]], expect: { shooting_star: -1 } },
  { name: "bullish engulfing", bars: [...lead(100, -1), [100, 100.2, 98.8, 99], [98.9, 101.2, 98.8, 101]], expect: { engulfing: 1 } },
  { name: "bearish engulfing", bars: [...lead(100, 1), [100, 101.2, 99.8, 101], [101.1, 101.2, 98.8, 99]], expect: { engulfing: -1 } },
  { name: "bullish harami", bars: [...lead(100, -1), [103, 103.1, 99.9, 100], [100.5, 101.6, 100.4, 101.5]], expect: { harami: 1 } },
  { name: "bearish harami", bars: [...lead(100, 1), [100, 103.1, 99.9, 103], [102.5, 102.6, 101.4, 101.5]], expect: { harami: -1 } },
  { name: "morning star", bars: [...lead(100, -1), [103, 103.1, 99.9, 100], [99.9, 100.1, 99.5, 99.8], [100, 102.2, 99.9, 102]], expect: { morning_star: 1 } },
  { name: "evening star", bars: [...lead(100, 1), [100, 103.1, 99.9, 103], [103.1, 103.5, 103, 103.2], [103, 103.1, 100.8, 101]], expect: { evening_star: -1 } },
  { name: "three white soldiers", bars: [...lead(100, -1), [100, 101.6, 99.9, 101.5], [101, 103.1, 100.9, 103], [102.5, 104.6, 102.4, 104.5]], expect: { three_white_soldiers: 1 } },
  { name: "three black crows", bars: [...lead(100, 1), [104.5, 104.6, 102.9, 103], [103.5, 103.6, 101.4, 101.5], [102, 102.1, 99.9, 100]], expect: { three_black_crows: -1 } },
  { name: "bullish marubozu", bars: [...lead(100, 1), [100, 103, 100, 103]], expect: { marubozu: 1 } },
  { name: "bearish marubozu", bars: [...lead(100, 1), [103, 103, 100, 100]], expect: { marubozu: -1 } },
  { name: "piercing", bars: [...lead(100, -1), [103, 103.1, 99.9, 100], [99.9, 102.1, 99.8, 102]], expect: { piercing: 1, engulfing: 0 } },
  { name: "dark cloud", bars: [...lead(100, 1), [100, 103.1, 99.9, 103], [103.1, 103.2, 100.9, 101]], expect: { dark_cloud: -1, engulfing: 0 } },
];

describe("candlestick patterns", () => {
  it("has at least 12 patterns with distinct names", () => {
    expect(new Set(PATTERNS.map((p) => p.name)).size).toBe(PATTERNS.length);
    expect(PATTERNS.length).toBeGreaterThanOrEqual(12);
  });

  for (const c of cases) {
    it(`detects ${c.name}`, () => {
      const got = detect(c.bars);
      expect(Object.fromEntries(Object.keys(c.expect).map((k) => [k, got[k]]))).toEqual(c.expect);
    });
  }

  it("finds nothing in a run of ordinary bars", () => {
    const got = detect([...lead(100, 1), [100.5, 101.8, 100.2, 101.5]]);
    expect(Object.values(got).filter((v) => v !== 0)).toEqual([]);
  });

  it("answers NaN until the window is long enough", () => {
    const got = detect(lead(100, 1).slice(0, PATTERN_WARMUP - 1));
    expect(Object.values(got).every(Number.isNaN)).toBe(true);
  });
});
