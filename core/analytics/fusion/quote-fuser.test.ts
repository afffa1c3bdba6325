import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { QuoteFuser } from "./quote-fuser.ts";
import type { FusedQuote, VenueQuote } from "./quote-types.ts";

const ticks = (name: string) => fileURLToPath(new URL(`../../../../shared/data/ticks/${name}`, import.meta.url));
const SPOT = ticks("binance-spot_BTCUSDT_20240808_bbo.csv");
const PERP = ticks("binance-futures_BTCUSDT_20240808_bbo.csv");
const haveData = existsSync(SPOT) && existsSync(PERP);
if (!haveData && process.env.CI === "true") throw new Error(`real BBO captures missing: ${SPOT}, ${PERP}`);
if (!haveData) console.warn(`skipping real-quote fusion tests: ${SPOT} not found`);

/** The two recordings as two "venues" quoting one symbol (the perp's basis makes them disagree a little). */
function load(path: string, venue: string): VenueQuote[] {
  return readFileSync(path, "utf8").trim().split("\n").slice(1).map((line) => {
    const [local, eventMs, , , bid, bidQty, ask, askQty] = line.split(",");
    const receiveTimeNs = BigInt(local);
    return {
      venue,
      symbol: "BTC/USDT",
      receiveTimeNs,
      venueTimeNs: eventMs ? BigInt(eventMs) * 1_000_000n : receiveTimeNs,
      bidPrice: Number(bid),
      bidSize: Number(bidQty),
      askPrice: Number(ask),
      askSize: Number(askQty),
    };
  });
}

const SECOND = 1_000_000_000n;

/** Replays both captures in receive order, fusing once per second of receive clock. */
function replay(fuser: QuoteFuser, quotes: VenueQuote[], each?: (q: VenueQuote) => void): FusedQuote[] {
  const out: FusedQuote[] = [];
  let nextFuse = quotes[0].receiveTimeNs + SECOND;
  for (const q of quotes) {
    while (q.receiveTimeNs >= nextFuse) {
      const f = fuser.fuse("BTC/USDT", nextFuse);
      if (f) out.push(f);
      nextFuse += SECOND;
    }
    fuser.onQuote(q);
    each?.(q);
  }
  return out;
}

describe.skipIf(!haveData)("cross-venue quote fusion on real Binance spot + perp quotes", () => {
  const merged = haveData
    ? [...load(SPOT, "binance"), ...load(PERP, "binance-usdm")].sort((a, b) => (a.receiveTimeNs < b.receiveTimeNs ? -1 : a.receiveTimeNs > b.receiveTimeNs ? 1 : 0))
    : [];
  const green = (venue: string) => ({ venue, symbol: "", severity: "GREEN" as const, latencyP99Ms: 20 });

  it("fuses both venues into a mid between theirs, listing the sources on every event", () => {
    const fuser = new QuoteFuser();
    fuser.onHealth(green("binance"));
    fuser.onHealth(green("binance-usdm"));
    const events: FusedQuote[] = [];
    fuser.on("fused", (f) => events.push(f));
    const fused = replay(fuser, merged);
    expect(fused.length).toBeGreaterThan(300);
    expect(events).toEqual(fused);
    const both = fused.filter((f) => f.sources.length === 2);
    expect(both.length / fused.length).toBeGreaterThan(0.95);
    for (const f of both) {
      const [lo, hi] = [Math.min(...f.sources.map((s) => s.mid)), Math.max(...f.sources.map((s) => s.mid))];
      expect(f.midPrice).toBeGreaterThanOrEqual(lo - 1e-9);
      expect(f.midPrice).toBeLessThanOrEqual(hi + 1e-9);
      expect(f.sources.map((s) => s.venue)).toEqual(["binance", "binance-usdm"]);
      expect(f.sources[0].weight + f.sources[1].weight).toBeCloseTo(1, 12);
      expect(f.consistency).toBeGreaterThan(0);
      expect(f.consistency).toBeLessThanOrEqual(1);
      expect(f.excluded).toEqual([]);
    }
  });

  it("excludes and flags an injected outlier venue without moving the fused price", () => {
    const clean = new QuoteFuser();
    const dirty = new QuoteFuser();
    const withOutlier = replay(dirty, merged, (q) => {
      if (q.venue === "binance") dirty.onQuote({ ...q, venue: "rogue", bidPrice: q.bidPrice * 1.01, askPrice: q.askPrice * 1.01 });
    });
    const reference = replay(clean, merged);
    expect(withOutlier.length).toBe(reference.length);
    // With only two venues quoting (the first second: the perp's capture starts later) neither can
    // be called the outlier; from three on, the rogue one must be.
    const threeVenues = withOutlier.filter((f) => f.sources.length + f.excluded.length === 3);
    expect(threeVenues.length).toBeGreaterThan(withOutlier.length - 3);
    withOutlier.forEach((f, i) => {
      if (f.sources.length + f.excluded.length < 3) return;
      expect(f.excluded.map((e) => [e.venue, e.reason])).toEqual([["rogue", "outlier"]]);
      expect(f.sources.map((s) => s.venue)).not.toContain("rogue");
      expect(f.midPrice).toBe(reference[i].midPrice);
      // An excluded venue lowers coverage, so the score says the picture is less consistent.
      expect(f.consistency).toBeLessThan(reference[i].consistency);
    });
  });

  it("drops a venue whose quotes go stale, and takes it back when they resume", () => {
    const fuser = new QuoteFuser({ maxAgeMs: 2_000 });
    const cut = merged[0].receiveTimeNs + 120n * SECOND;
    const resume = cut + 60n * SECOND;
    const gapped = merged.filter((q) => q.venue !== "binance" || q.receiveTimeNs < cut || q.receiveTimeNs >= resume);
    const fused = replay(fuser, gapped);
    const during = fused.filter((f) => f.timeNs > cut + 3n * SECOND && f.timeNs < resume);
    expect(during.length).toBeGreaterThan(50);
    for (const f of during) {
      expect(f.sources.map((s) => s.venue)).toEqual(["binance-usdm"]);
      expect(f.excluded).toMatchObject([{ venue: "binance", reason: "stale" }]);
      expect(f.consistency).toBeLessThanOrEqual(0.25);
    }
    expect(fused.filter((f) => f.timeNs > resume + 3n * SECOND).every((f) => f.sources.length === 2)).toBe(true);
  });

  it("down-weights YELLOW and slow venues and excludes RED ones", () => {
    const at = merged[5000].receiveTimeNs;
    const fuseWith = (spotHealth: Parameters<QuoteFuser["onHealth"]>[0]) => {
      const fuser = new QuoteFuser();
      fuser.onHealth(green("binance-usdm"));
      fuser.onHealth(spotHealth);
      for (const q of merged) if (q.receiveTimeNs <= at) fuser.onQuote(q);
      return fuser.fuse("BTC/USDT", at)!;
    };
    const spotWeight = (f: FusedQuote) => f.sources.find((s) => s.venue === "binance")?.weight ?? 0;
    const base = fuseWith(green("binance"));
    const yellow = fuseWith({ ...green("binance"), severity: "YELLOW" });
    const slow = fuseWith({ ...green("binance"), latencyP99Ms: 900 });
    const flaky = fuseWith({ ...green("binance"), gaps: 3, checksumFailures: 2 });
    const red = fuseWith({ ...green("binance"), severity: "RED" });
    expect(spotWeight(yellow)).toBeLessThan(spotWeight(base));
    expect(spotWeight(slow)).toBeLessThan(spotWeight(base));
    expect(spotWeight(flaky)).toBeLessThan(spotWeight(base));
    expect(red.sources.map((s) => s.venue)).toEqual(["binance-usdm"]);
    expect(red.excluded).toMatchObject([{ venue: "binance", reason: "red_health" }]);
    // Less weight on spot moves the fused mid toward the perp's mid.
    const perpMid = base.sources.find((s) => s.venue === "binance-usdm")!.mid;
    expect(Math.abs(yellow.midPrice - perpMid)).toBeLessThan(Math.abs(base.midPrice - perpMid));
  });

  it("is deterministic: the same replay gives identical fused events", () => {
    expect(replay(new QuoteFuser(), merged)).toEqual(replay(new QuoteFuser(), merged));
  });
});

describe("quote fusion input handling", () => {
  const quote = (venue: string, bid: number, ask: number, t = 1_000n): VenueQuote => ({
    venue, symbol: "ETH/USDT", receiveTimeNs: t, venueTimeNs: t, bidPrice: bid, bidSize: 1, askPrice: ask, askSize: 1,
  });

  it("counts malformed input, flags crossed quotes and fuses nothing from nothing", () => {
    const fuser = new QuoteFuser();
    expect(fuser.fuse("ETH/USDT", 2_000n)).toBeNull();
    fuser.onQuote({ ...quote("a", 100, 101), bidPrice: Number.NaN });
    fuser.onHealth({ venue: "a", symbol: "", severity: "BLUE" as never, latencyP99Ms: 1 });
    expect(fuser.skipped).toEqual({ invalidQuote: 1, invalidHealth: 1 });
    fuser.onQuote(quote("a", 102, 101));
    fuser.onQuote(quote("b", 100, 100.5));
    const f = fuser.fuse("ETH/USDT", 2_000n)!;
    expect(f.excluded).toMatchObject([{ venue: "a", reason: "invalid" }]);
    expect(f.sources.map((s) => s.venue)).toEqual(["b"]);
    expect(f.sources[0].severity).toBe("UNKNOWN");
  });

  it("keeps the newer quote when an older one arrives late", () => {
    const fuser = new QuoteFuser();
    fuser.onQuote(quote("a", 100, 101, 5_000n));
    fuser.onQuote(quote("a", 90, 91, 4_000n));
    expect(fuser.fuse("ETH/USDT", 6_000n)!.midPrice).toBe(100.5);
  });
});
