import assert from "node:assert/strict";
import { WindowQuantiles } from "./window-quantiles.ts";
import { WindowRate } from "./window-rate.ts";

function exact(sorted: number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))];
}

Deno.test("window quantiles: within the relative error of exact percentiles, negatives included", () => {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const w = new WindowQuantiles({ windowMs: 60_000, relativeError: 0.02 });
  const values: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const v = -50 + Math.exp(rand() * 8) * (rand() < 0.9 ? 1 : 20);
    values.push(v);
    w.add(v, 1_000);
  }
  values.sort((a, b) => a - b);
  for (const q of [0.01, 0.25, 0.5, 0.9, 0.99]) {
    const want = exact(values, q);
    const got = w.quantile(q, 1_000)!;
    assert.ok(Math.abs(got - want) <= Math.abs(want) * 0.021 + 0.01, `q${q}: ${got} vs ${want}`);
  }
  assert.equal(w.count(1_000), 20_000);
});

Deno.test("window quantiles: samples leave the window slice by slice", () => {
  const w = new WindowQuantiles({ windowMs: 6_000, slices: 6 });
  w.add(1_000, 0);
  w.add(5, 5_500);
  assert.equal(w.count(5_999), 2);
  assert.equal(w.count(6_000), 1);
  assert.ok(Math.abs(w.quantile(0.5, 6_000)! - 5) < 0.2);
  assert.equal(w.quantile(0.5, 20_000), undefined);
});

Deno.test("window rate: per second over the covered part of the window", () => {
  const r = new WindowRate(10_000, 0);
  for (let t = 0; t < 5_000; t += 100) r.add(t);
  assert.equal(r.count(4_999), 50);
  assert.equal(r.perSecond(5_000), 10);
  assert.equal(r.count(16_000), 0);
});
