import { describe, expect, it } from "vitest";
import { featureLayout } from "./feature-layout.ts";
import { canonicalJson, featureSchema } from "./feature-schema.ts";

describe("feature schema", () => {
  const schema = featureSchema(featureLayout({ baseTimeframe: "1m" }));

  it("names 100+ unique features across groups and the 5m/15m/1h context", () => {
    expect(schema.features.length).toBeGreaterThanOrEqual(100);
    expect(new Set(schema.features.map((f) => f.name)).size).toBe(schema.features.length);
    for (const prefix of ["bar_", "ind_", "pat_", "lvl_", "book_", "time_", "xa_", "ctx5m_", "ctx15m_", "ctx1h_", "ctx1h_ind_"]) {
      expect(schema.features.some((f) => f.name.startsWith(prefix)), prefix).toBe(true);
    }
    expect(schema.contextTimeframes).toEqual(["5m", "15m", "1h"]);
    expect(schema.features.every((f) => f.description.length > 0 && f.warmupBars >= 0 && f.dtype === "float64")).toBe(true);
  });

  it("has a stable sha256 hash of the canonical pinned content", () => {
    expect(schema.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(featureSchema(featureLayout({ baseTimeframe: "1m" })).hash).toBe(schema.hash);
  });

  it("changes the hash when dtype, timeframes or the feature list change", () => {
    const hashes = [
      schema.hash,
      featureSchema(featureLayout({ baseTimeframe: "1m", dtype: "float32" })).hash,
      featureSchema(featureLayout({ baseTimeframe: "5m" })).hash,
      featureSchema(featureLayout({ baseTimeframe: "1m", contextTimeframes: ["5m", "1h"] })).hash,
    ];
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("writes canonical JSON with sorted keys at every level", () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: "x" }] })).toBe('{"a":[{"c":"x","d":2}],"b":1}');
  });

  it("rejects a context timeframe that is not a multiple of the base", () => {
    expect(() => featureLayout({ baseTimeframe: "15m", contextTimeframes: ["5m"] })).toThrow(/multiple of the base/);
    expect(() => featureLayout({ baseTimeframe: "7m" })).toThrow(/divide a day/);
  });
});
