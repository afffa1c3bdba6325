/**
 * Classic candlestick patterns as one table of small detectors over a window of recent bars.
 *
 * Each detector answers +1 (bullish), −1 (bearish) or 0. "Long" and "small" bodies are judged against the
 * mean body of the AVERAGE_BODY bars before the pattern, as TA-Lib does, so the same shape counts on a quiet
 * and on a wild symbol. Prior trend (for hammer vs hanging man and the stars) is the close change over the
 * TREND_BARS bars before the pattern. Crypto trades continuously, so the textbook opening gaps (stars,
 * piercing, dark cloud) are relaxed to "opens at or beyond the previous close".
 */

/** Read access to recent bars; `back` = 0 is the bar just closed. */
export interface OhlcWindow {
  /** Number of bars available. */
  readonly length: number;
  open(back: number): number;
  high(back: number): number;
  low(back: number): number;
  close(back: number): number;
}

export const AVERAGE_BODY = 10;
export const TREND_BARS = 5;

/** Shape of one candle relative to the recent mean body. */
class Candle {
  readonly o: number;
  readonly h: number;
  readonly l: number;
  readonly c: number;
  constructor(w: OhlcWindow, back: number, readonly avgBody: number) {
    this.o = w.open(back);
    this.h = w.high(back);
    this.l = w.low(back);
    this.c = w.close(back);
  }
  get body(): number {
    return Math.abs(this.c - this.o);
  }
  get range(): number {
    return this.h - this.l;
  }
  get upper(): number {
    return this.h - Math.max(this.o, this.c);
  }
  get lower(): number {
    return Math.min(this.o, this.c) - this.l;
  }
  get bull(): boolean {
    return this.c > this.o;
  }
  get bear(): boolean {
    return this.c < this.o;
  }
  get long(): boolean {
    return this.body > this.avgBody;
  }
  get small(): boolean {
    return this.body < 0.5 * this.avgBody;
  }
  get mid(): number {
    return (this.o + this.c) / 2;
  }
  get bodyTop(): number {
    return Math.max(this.o, this.c);
  }
  get bodyBottom(): number {
    return Math.min(this.o, this.c);
  }
}

/** The candles a detector looks at: c0 = latest, c1 and c2 before it, and the prior trend's sign. */
interface Scene {
  c0: Candle;
  c1: Candle;
  c2: Candle;
  /** +1 up, −1 down, 0 flat over TREND_BARS bars before c0. */
  trend: number;
}

type Detector = (s: Scene) => number;

const umbrella = (c: Candle) => c.range > 0 && c.body <= 0.35 * c.range && c.lower >= 2 * c.body && c.upper <= 0.1 * c.range;
const invertedUmbrella = (c: Candle) => c.range > 0 && c.body <= 0.35 * c.range && c.upper >= 2 * c.body && c.lower <= 0.1 * c.range;
const strongClose = (c: Candle) => c.upper <= 0.25 * c.body;
const weakClose = (c: Candle) => c.lower <= 0.25 * c.body;

export const PATTERNS: readonly { readonly name: string; readonly detect: Detector }[] = [
  { name: "doji", detect: ({ c0 }) => (c0.range > 0 && c0.body <= 0.1 * c0.range ? 1 : 0) },
  { name: "hammer", detect: ({ c0, trend }) => (trend < 0 && umbrella(c0) ? 1 : 0) },
  { name: "hanging_man", detect: ({ c0, trend }) => (trend > 0 && umbrella(c0) ? -1 : 0) },
  { name: "inverted_hammer", detect: ({ c0, trend }) => (trend < 0 && invertedUmbrella(c0) ? 1 : 0) },
  { name: "shooting_star", detect: ({ c0, trend }) => (trend > 0 && invertedUmbrella(c0) ? -1 : 0) },
  {
    name: "engulfing",
    detect: ({ c0, c1 }) => {
      if (c1.bear && c0.bull && c0.o <= c1.c && c0.c >= c1.o && c0.body > c1.body) return 1;
      if (c1.bull && c0.bear && c0.o >= c1.c && c0.c <= c1.o && c0.body > c1.body) return -1;
      return 0;
    },
  },
  {
    name: "harami",
    detect: ({ c0, c1 }) => {
      if (!c1.long || c0.body >= c1.body || c0.bodyTop > c1.bodyTop || c0.bodyBottom < c1.bodyBottom) return 0;
      return c1.bear ? 1 : c1.bull ? -1 : 0;
    },
  },
  {
    name: "morning_star",
    detect: ({ c0, c1, c2 }) => (c2.long && c2.bear && c1.small && c1.bodyTop <= c2.c && c0.bull && c0.c > c2.mid ? 1 : 0),
  },
  {
    name: "evening_star",
    detect: ({ c0, c1, c2 }) => (c2.long && c2.bull && c1.small && c1.bodyBottom >= c2.c && c0.bear && c0.c < c2.mid ? -1 : 0),
  },
  {
    name: "three_white_soldiers",
    detect: ({ c0, c1, c2 }) =>
      [c0, c1, c2].every((c) => c.bull && strongClose(c) && !c.small) && c0.c > c1.c && c1.c > c2.c && c0.o >= c1.o && c0.o <= c1.c && c1.o >= c2.o && c1.o <= c2.c ? 1 : 0,
  },
  {
    name: "three_black_crows",
    detect: ({ c0, c1, c2 }) =>
      [c0, c1, c2].every((c) => c.bear && weakClose(c) && !c.small) && c0.c < c1.c && c1.c < c2.c && c0.o <= c1.o && c0.o >= c1.c && c1.o <= c2.o && c1.o >= c2.c ? -1 : 0,
  },
  { name: "marubozu", detect: ({ c0 }) => (c0.long && c0.range > 0 && c0.body >= 0.95 * c0.range ? Math.sign(c0.c - c0.o) : 0) },
  {
    name: "piercing",
    detect: ({ c0, c1 }) => (c1.long && c1.bear && c0.bull && c0.o <= c1.c && c0.c > c1.mid && c0.c < c1.o ? 1 : 0),
  },
  {
    name: "dark_cloud",
    detect: ({ c0, c1 }) => (c1.long && c1.bull && c0.bear && c0.o >= c1.c && c0.c < c1.mid && c0.c > c1.o ? -1 : 0),
  },
];

/** Bars a window needs before every detector can answer. */
export const PATTERN_WARMUP = 3 + Math.max(AVERAGE_BODY, TREND_BARS);

/**
 * Writes one value per PATTERNS entry at out[at…]; NaN for all while the window is shorter than PATTERN_WARMUP.
 */
export function detectPatterns(w: OhlcWindow, out: Float64Array, at: number): void {
  if (w.length < PATTERN_WARMUP) {
    out.fill(NaN, at, at + PATTERNS.length);
    return;
  }
  let sum = 0;
  for (let k = 3; k < 3 + AVERAGE_BODY; k++) sum += Math.abs(w.close(k) - w.open(k));
  const avgBody = sum / AVERAGE_BODY;
  const trendMove = w.close(1) - w.close(1 + TREND_BARS);
  const scene: Scene = { c0: new Candle(w, 0, avgBody), c1: new Candle(w, 1, avgBody), c2: new Candle(w, 2, avgBody), trend: Math.sign(trendMove) };
  for (let i = 0; i < PATTERNS.length; i++) out[at + i] = PATTERNS[i].detect(scene);
}
