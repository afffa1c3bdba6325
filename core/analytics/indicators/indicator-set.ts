/**
 * A fixed list of indicators fed the same bars, as the feature engine and the benchmark feed them.
 * The set creates them from their requests with one `Shared`, so an intermediate series several of
 * them need (ATR, directional movement, window moments, range position, an average pair) is
 * computed once per bar (see shared.ts); each still produces exactly the values it does alone.
 *
 * Why not a loop over `indicators[j].advance(bar)`: that is one call site seeing every indicator
 * class, so V8 makes it megamorphic (a stub-cache lookup and an unpredictable indirect call per
 * indicator, about a quarter of the full registered set's time) and never inlines through it. A set
 * instead runs a feeder compiled for its composition with one call site per slot: each site sees
 * one class, stays monomorphic, and V8 may inline the small updates into it.
 *
 * A feeder is compiled once per composition (the sequence of indicator classes) and shared by every
 * set with that composition: many symbols with the same indicators share one compiled feeder and
 * its type feedback instead of compiling one each.
 */
import type { Candle } from "../candles/candle.ts";
import type { Indicator } from "./indicator.ts";
import type { IndicatorRequest } from "./registry.ts";
import { Shared } from "./shared.ts";

type Feeder = (bar: Candle) => void;
type FeederFactory = (indicators: readonly Indicator[]) => Feeder;

const classIds = new WeakMap<object, number>();
let classCount = 0;
const factories = new Map<string, FeederFactory>();

function compositionKey(indicators: readonly Indicator[]): string {
  return indicators
    .map((indicator) => {
      const cls = Object.getPrototypeOf(indicator) as object;
      let id = classIds.get(cls);
      if (id === undefined) classIds.set(cls, (id = classCount++));
      return id;
    })
    .join(",");
}

/** `(s) => { const s0 = s[0], …; return (bar) => { s0.advance(bar); …; }; }` for n slots. */
function compileFactory(n: number): FeederFactory {
  const slots = Array.from({ length: n }, (_, i) => `s${i}`);
  const bind = slots.map((s, i) => `const ${s} = s[${i}];`).join("\n");
  const calls = slots.map((s) => `${s}.advance(bar);`).join("\n");
  return new Function("s", `"use strict";\n${bind}\nreturn function feed(bar) {\n${calls}\n};`) as FeederFactory;
}

export class IndicatorSet {
  /** One per request, in request order (the order they are updated in). */
  readonly indicators: readonly Indicator[];
  readonly #feed: Feeder;

  constructor(requests: readonly IndicatorRequest[]) {
    const shared = new Shared();
    const indicators = requests.map((r) => r.spec.create(r.params, shared));
    this.indicators = indicators;
    const key = compositionKey(indicators);
    let factory = factories.get(key);
    if (factory === undefined) factories.set(key, (factory = compileFactory(indicators.length)));
    this.#feed = factory(indicators);
  }

  /** Feeds one closed bar to every indicator, in order; read their values through `indicators`. */
  update(bar: Candle): void {
    this.#feed(bar);
  }
}
