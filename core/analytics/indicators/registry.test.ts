import { describe, expect, it } from "vitest";
import { IndicatorArgumentError, INDICATORS, outputColumns, parseIndicator } from "./registry.ts";

describe("indicator registry", () => {
  it("fills omitted parameters with defaults and names columns canonically", () => {
    const macd = parseIndicator("macd");
    expect(macd.params).toEqual([12, 26, 9]);
    expect(outputColumns(macd)).toEqual(["macd_12_26_9_macd", "macd_12_26_9_signal", "macd_12_26_9_hist"]);
    expect(outputColumns(parseIndicator("rsi:7"))).toEqual(["rsi_7"]);
    expect(parseIndicator("BBANDS:20:2.5").params).toEqual([20, 2.5]);
  });

  it("rejects unknown names and out-of-spec parameters with a message naming the problem", () => {
    expect(() => parseIndicator("nope:3")).toThrow(IndicatorArgumentError);
    expect(() => parseIndicator("nope:3")).toThrow(/unknown indicator "nope"/);
    expect(() => parseIndicator("rsi:0")).toThrow(/period must be an integer ≥ 1, got "0"/);
    expect(() => parseIndicator("rsi:2.5")).toThrow(/integer/);
    expect(() => parseIndicator("rsi:14:3")).toThrow(/at most 1 parameter/);
    expect(() => parseIndicator("ppo:12:26:2")).toThrow(/ma must be .*≤ 1/);
    expect(() => parseIndicator("hurst:20:19")).toThrow(/maxlag must be at most window − 3/);
  });

  it("describes every indicator's parameters and outputs", () => {
    for (const spec of INDICATORS.values()) {
      expect(spec.description.length).toBeGreaterThan(3);
      for (const p of spec.params) expect(p.default).toBeGreaterThanOrEqual(p.min);
      const v = spec.create(spec.params.map((p) => p.default));
      expect(v.ready).toBe(false);
    }
  });
});
