import { describe, expect, it } from "vitest";
import { BarFeatureStream } from "./bar-features.ts";
import type { Regime } from "./regimes.ts";
import { RuleClassifier } from "./rule-classifier.ts";
import { SeededRng } from "./seeded-rng.ts";

/** Random-walk closes: drift and volatility per bar, switched by segment. */
function series(segments: { bars: number; drift: number; vol: number }[], seed = 5): number[] {
  const rng = new SeededRng(seed);
  let logPrice = Math.log(40_000);
  const out: number[] = [];
  for (const s of segments) {
    for (let i = 0; i < s.bars; i++) {
      logPrice += s.drift + s.vol * rng.normal();
      out.push(Math.exp(logPrice));
    }
  }
  return out;
}

function classifyAll(closes: number[]): (Regime | null)[] {
  const stream = new BarFeatureStream();
  const rules = new RuleClassifier();
  let previous: Regime | null = null;
  return closes.map((c) => {
    const f = stream.push(c);
    if (f === null) return null;
    previous = rules.classify(f, previous).regime;
    return previous;
  });
}

const share = (labels: (Regime | null)[], from: number, to: number, regime: Regime) =>
  labels.slice(from, to).filter((r) => r === regime).length / (to - from);

describe("rule classifier", () => {
  it("flags a crash within a few bars of its start and not before", () => {
    const closes = series([
      { bars: 2000, drift: 0, vol: 0.001 },
      { bars: 60, drift: -0.002, vol: 0.003 },
    ]);
    const labels = classifyAll(closes);
    expect(labels.slice(0, 2000).includes("crisis")).toBe(false);
    const first = labels.indexOf("crisis");
    expect(first).toBeGreaterThan(2000);
    expect(first - 2000).toBeLessThan(30);
  });

  it("labels a steady climb trend_up and a steady fall trend_down", () => {
    const labels = classifyAll(series([
      { bars: 1500, drift: 0, vol: 0.001 },
      { bars: 1500, drift: 0.00012, vol: 0.001 },
      { bars: 1500, drift: -0.00012, vol: 0.001 },
    ]));
    expect(share(labels, 1800, 3000, "trend_up")).toBeGreaterThan(0.7);
    expect(share(labels, 3300, 4500, "trend_down")).toBeGreaterThan(0.6);
    expect(labels.includes("crisis")).toBe(false);
  });

  it("labels driftless noise range and a volatility burst high_vol", () => {
    const labels = classifyAll(series([
      { bars: 3000, drift: 0, vol: 0.001 },
      { bars: 200, drift: 0, vol: 0.004 },
    ]));
    expect(share(labels, 300, 3000, "range")).toBeGreaterThan(0.6);
    // A 4× volatility burst may also dig a crash-speed drawdown; it must never look calm.
    expect(share(labels, 3050, 3200, "high_vol") + share(labels, 3050, 3200, "crisis")).toBeGreaterThan(0.9);
    expect(labels.slice(3000).find((r) => r === "high_vol" || r === "crisis")).toBe("high_vol");
  });

  it("explains every verdict", () => {
    const stream = new BarFeatureStream({ trendWindow: 10, volWindow: 10, returnWindow: 2, drawdownWindow: 10 });
    let f = null;
    for (const c of series([{ bars: 40, drift: 0, vol: 0.001 }])) f = stream.push(c);
    expect(new RuleClassifier().classify(f!, null).reason.length).toBeGreaterThan(5);
  });
});
