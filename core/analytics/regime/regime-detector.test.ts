import { describe, expect, it } from "vitest";
import { fitRegimeModel } from "./regime-fit.ts";
import { type RegimeChangeAlert, RegimeDetector, type RegimeSnapshot } from "./regime-detector.ts";
import { SeededRng } from "./seeded-rng.ts";

function series(segments: { bars: number; drift: number; vol: number }[], seed: number): number[] {
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
const MIN_NS = 60_000_000_000n;
const bars = (closes: number[]) => closes.map((close, i) => ({ timeNs: 1_700_000_000_000_000_000n + BigInt(i) * MIN_NS, close }));
const history = series(
  [
    { bars: 1500, drift: 0, vol: 0.001 },
    { bars: 1200, drift: 0.00012, vol: 0.001 },
    { bars: 800, drift: 0, vol: 0.003 },
    { bars: 1200, drift: -0.00012, vol: 0.001 },
    { bars: 1500, drift: 0, vol: 0.0008 },
  ],
  11,
);
const model = fitRegimeModel(history, { hmm: { states: 4, restarts: 2, seed: 3, tolerance: 0.1, maxIterations: 60 } });

function run(detector: RegimeDetector, closes: number[]): (RegimeSnapshot | null)[] {
  return bars(closes).map((b) => detector.update(b));
}

describe("regime detector", () => {
  it("names the fitted states and reports transitions with expected durations", () => {
    expect(model.stateRegimes).toContain("high_vol");
    for (const row of model.transitions.matrix) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    for (const d of Object.values(model.transitions.expectedDurationBars)) expect(d).toBeGreaterThan(10);
  });

  it("publishes HMM probabilities per regime that sum to 1", () => {
    const detector = new RegimeDetector({ symbol: "BTC/USDT", timeframe: "1m", model });
    const snaps = run(detector, series([{ bars: 3000, drift: 0, vol: 0.001 }], 12)).filter((s) => s !== null);
    expect(snaps.filter((s) => s.source === "hmm").length / snaps.length).toBeGreaterThan(0.8);
    for (const s of snaps.slice(-50)) {
      expect(Object.values(s.probabilities).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      expect(s.transitions?.regimes.length).toBeGreaterThan(1);
    }
  });

  it("never looks ahead: changing later bars leaves every earlier snapshot identical", () => {
    const closes = series([{ bars: 800, drift: 0, vol: 0.001 }, { bars: 400, drift: -0.0004, vol: 0.003 }], 13);
    const base = run(new RegimeDetector({ symbol: "X/Y", timeframe: "1m", model }), closes);
    const t = 900;
    const perturbed = closes.map((c, i) => (i > t ? c * (1 + 0.05 * Math.sin(i)) : c));
    const other = run(new RegimeDetector({ symbol: "X/Y", timeframe: "1m", model }), perturbed);
    expect(other.slice(0, t + 1)).toEqual(base.slice(0, t + 1));
    expect(other.slice(t + 1)).not.toEqual(base.slice(t + 1));
  });

  it("emits a critical regime-change alert to listeners and the callback when a crash starts", () => {
    const viaCallback: RegimeChangeAlert[] = [];
    const viaEvents: RegimeChangeAlert[] = [];
    const detector = new RegimeDetector({ symbol: "BTC/USDT", timeframe: "1m", model, onChange: (a) => viaCallback.push(a) });
    detector.on("change", (a) => viaEvents.push(a));
    run(detector, series([{ bars: 2000, drift: 0, vol: 0.001 }, { bars: 60, drift: -0.002, vol: 0.003 }], 14));
    expect(viaEvents).toEqual(viaCallback);
    expect(viaEvents[0].from).toBeNull();
    const crash = viaEvents.find((a) => a.to === "crisis");
    expect(crash).toMatchObject({ type: "regime_change", symbol: "BTC/USDT", timeframe: "1m", severity: "critical", source: "crash_rule" });
    expect(crash!.timeNs).toBeGreaterThan(1_700_000_000_000_000_000n + 2000n * MIN_NS);
    expect(crash!.message).toMatch(/→ crisis/);
  });

  it("falls back to the rule classifier without a model", () => {
    const detector = new RegimeDetector({ symbol: "BTC/USDT", timeframe: "1m" });
    const snaps = run(detector, series([{ bars: 1000, drift: 0, vol: 0.001 }], 15)).filter((s) => s !== null);
    expect(snaps.every((s) => s.source === "rules" && s.transitions === null && s.stateProbabilities === null)).toBe(true);
    expect(snaps.every((s) => s.probabilities[s.regime] === 1)).toBe(true);
  });

  it("counts and skips bad or out-of-order bars instead of crashing", () => {
    const detector = new RegimeDetector({ symbol: "BTC/USDT", timeframe: "1m", model });
    expect(detector.update({ timeNs: 10n, close: 100 })).toBeNull();
    expect(detector.update({ timeNs: 11n, close: Number.NaN })).toBeNull();
    expect(detector.update({ timeNs: 12n, close: -5 })).toBeNull();
    expect(detector.update({ timeNs: 10n, close: 100 })).toBeNull();
    expect(detector.skipped).toEqual({ badClose: 2, outOfOrder: 1 });
  });

  it("is deterministic and survives a JSON round trip of the model", () => {
    const again = fitRegimeModel(history, { hmm: { states: 4, restarts: 2, seed: 3, tolerance: 0.1, maxIterations: 60 } });
    expect(again).toEqual(model);
    const closes = series([{ bars: 1000, drift: 0, vol: 0.002 }], 16);
    const a = run(new RegimeDetector({ symbol: "X/Y", timeframe: "1m", model }), closes);
    const b = run(new RegimeDetector({ symbol: "X/Y", timeframe: "1m", model: JSON.parse(JSON.stringify(model)) }), closes);
    expect(b).toEqual(a);
  });
});
