import { describe, expect, it } from "vitest";
import type { Bar } from "../bars/bar.ts";
import { ForwardLabeler, type LabeledRow, labelSpecs } from "./forward-labels.ts";

const row = (symbol: string, i: number, close: number) => ({
  bar: { symbol, close, openTimeNs: BigInt(i) } as Bar,
  vector: new Float64Array([i]),
});

describe("ForwardLabeler", () => {
  it("labels each row with future log returns per symbol, NaN past the data", () => {
    const out: LabeledRow[] = [];
    const labeler = new ForwardLabeler([1, 2], (r) => out.push(r));
    const closes = [100, 110, 121, 100];
    closes.forEach((c, i) => {
      labeler.add(row("A", i, c));
      labeler.add(row("B", i, 1));
    });
    expect(out.filter((r) => r.bar.symbol === "A")).toHaveLength(2);
    labeler.finish();
    const a = out.filter((r) => r.bar.symbol === "A").map((r) => [...r.labels]);
    expect(a[0][0]).toBeCloseTo(Math.log(1.1), 12);
    expect(a[0][1]).toBeCloseTo(Math.log(1.21), 12);
    expect(a[2][0]).toBeCloseTo(Math.log(100 / 121), 12);
    expect(a[2][1]).toBeNaN();
    expect(a[3]).toEqual([NaN, NaN]);
    expect(labelSpecs([1, 5]).map((l) => [l.name, l.future])).toEqual([["label_fwd_logret_1", true], ["label_fwd_logret_5", true]]);
  });
});
