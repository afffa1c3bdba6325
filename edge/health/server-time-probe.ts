/**
 * NTP-style clock probe against a venue's REST server-time endpoint: send at t0, the venue stamps
 * T, the answer arrives at t1; offset = T − (t0 + t1)/2 with an error of at most RTT/2 (the venue
 * stamps somewhere inside the round trip). Of several probes the one with the smallest RTT is kept,
 * because the least-queued exchange bounds the error tightest.
 */
import type { Clock } from "../transport/clock.ts";
import type { ProbeOffset } from "./clock-offset.ts";

export interface ServerTimeSource {
  readonly url: string;
  /** Venue time in epoch ms from the response body; throws on an unexpected body. */
  readonly parse: (body: string) => number;
}

function field(path: readonly (string | number)[], scale = 1): (body: string) => number {
  return (body) => {
    let v: unknown = JSON.parse(body);
    for (const key of path) v = (v as Record<string | number, unknown> | undefined)?.[key];
    const n = typeof v === "string" ? Number(v) : v;
    if (typeof n !== "number" || !Number.isFinite(n)) throw new Error(`no server time at ${path.join(".")}`);
    return n * scale;
  };
}

/** Venues with a public server-time endpoint, keyed by adapter venue id. */
export const serverTimeSources: Readonly<Record<string, ServerTimeSource>> = {
  binance: { url: "https://api.binance.com/api/v3/time", parse: field(["serverTime"]) },
  "binance-usdm": { url: "https://fapi.binance.com/fapi/v1/time", parse: field(["serverTime"]) },
  "binance-coinm": { url: "https://dapi.binance.com/dapi/v1/time", parse: field(["serverTime"]) },
  bybit: { url: "https://api.bybit.com/v5/market/time", parse: field(["result", "timeNano"], 1e-6) },
  okx: { url: "https://www.okx.com/api/v5/public/time", parse: field(["data", 0, "ts"]) },
  deribit: { url: "https://www.deribit.com/api/v2/public/get_time", parse: field(["result"]) },
  coinbase: { url: "https://api.coinbase.com/api/v3/brokerage/time", parse: field(["epochMillis"]) },
  kraken: { url: "https://api.kraken.com/0/public/Time", parse: field(["result", "unixtime"], 1000) },
};

export interface ProbeDeps {
  readonly clock: Clock;
  readonly fetch: typeof fetch;
}

/** Runs `samples` probes one after another; undefined if none succeeded. */
export async function probeServerTime(
  source: ServerTimeSource,
  deps: ProbeDeps,
  samples = 5,
): Promise<ProbeOffset | undefined> {
  let best: ProbeOffset | undefined;
  for (let i = 0; i < samples; i++) {
    const t0Ns = deps.clock.nowNs();
    const t0Ms = deps.clock.nowMs();
    let venueMs: number;
    try {
      const res = await deps.fetch(source.url);
      if (!res.ok) {
        await res.body?.cancel();
        continue;
      }
      venueMs = source.parse(await res.text());
    } catch {
      continue;
    }
    const t1Ns = deps.clock.nowNs();
    const midMs = Number((t0Ns + t1Ns) / 2n) / 1e6;
    const rttMs = Number(t1Ns - t0Ns) / 1e6;
    if (!best || rttMs < best.rttMs) best = { offsetMs: venueMs - midMs, rttMs, atMs: t0Ms };
  }
  return best;
}
