import { describe, expect, it } from "vitest";
import type { BarEvent } from "./bar-aggregator.ts";
import type { Trade } from "./bar.ts";
import { MarketBars } from "./market-bars.ts";
import { SymbolBars } from "./symbol-bars.ts";
import { WatermarkGate } from "./watermark-gate.ts";

const S = 1_000_000_000n;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const describeEvent = (e: BarEvent) =>
  e.kind === "late" ? `late ${e.trade.symbol} ${e.timeframe} ${e.trade.tradeId}` : `${e.kind} ${e.bar.symbol} ${e.bar.timeframe} ${e.bar.openTimeNs} r${e.bar.revision} ${e.bar.close} ${e.bar.volume}`;

describe("WatermarkGate", () => {
  it("is due at every boundary and at boundary + grace, and not in between", () => {
    const gate = new WatermarkGate(60n * S, 2n * S);
    const due = [0n, 1n, 2n, 30n, 59n, 60n, 61n, 62n, 63n, 200n, 201n, 241n, 242n].filter((s) => gate.due(s * S));
    expect(due).toEqual([0n, 2n, 60n, 62n, 200n, 241n, 242n]);
  });

  // unitMs: the smallest bar, which scales the gaps between trades and how late a trade may come.
  for (const [timeframes, graceS, unitMs] of [[["1m", "5m"], 2n, 60_000], [["1s", "1m"], 2n, 1_000], [["2m", "3m"], 70n, 60_000]] as const) {
    it(`gives MarketBars (${timeframes.join(",")}, grace ${graceS}s) exactly the events of advancing every symbol on every event`, () => {
      const r = rng(timeframes.length * 31 + Number(graceS));
      const symbols = ["A/X", "B/X", "C/X", "D/X"];
      const gated: string[] = [];
      const market = new MarketBars((e) => gated.push(describeEvent(e)), timeframes, { graceNs: graceS * S });
      const reference: string[] = [];
      const all = new Map<string, SymbolBars>();
      let t = 1_000_000n * S;
      for (let i = 0; i < 20_000; i++) {
        // Bursts, quiet stretches, late and out-of-order trades, and clock-only advances.
        t += BigInt(Math.floor(r() ** 6 * 7 * unitMs)) * 1_000_000n;
        const symbol = symbols[Math.floor(r() ** 2 * symbols.length)];
        const lateBy = r() < 0.05 ? BigInt(Math.floor(r() * 1.5 * Math.max(unitMs, Number(graceS) * 1000))) * 1_000_000n : 0n;
        if (r() < 0.1) {
          market.advance(t);
          for (const bars of all.values()) bars.advance(t);
          continue;
        }
        const trade: Trade = { venue: "v", symbol, timeNs: t - lateBy, price: 1 + r(), size: r(), side: r() < 0.5 ? "buy" : "sell", tradeId: String(i) };
        market.onTrade(trade);
        market.advance(t);
        let bars = all.get(symbol);
        if (!bars) all.set(symbol, (bars = new SymbolBars("v", symbol, (e) => reference.push(describeEvent(e)), timeframes, { graceNs: graceS * S })));
        bars.addTrade(trade);
        for (const other of all.values()) other.advance(t);
      }
      expect(gated.length).toBeGreaterThan(1_000);
      expect(gated.some((e) => e.startsWith("amended"))).toBe(true);
      expect(gated.some((e) => e.startsWith("late"))).toBe(true);
      expect([...gated].sort()).toEqual([...reference].sort());
    });
  }
});
