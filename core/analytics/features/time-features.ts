/**
 * Calendar features of the bar's close instant (UTC). Hour and weekday are encoded as sin/cos so 23:00 sits
 * next to 00:00. Sessions overlap by design (Europe/US afternoon), so each is its own 0/1 flag.
 * Funding: perpetuals settle every 8 h at 00/08/16 UTC (Binance, Bybit, OKX), so the time to the next settlement
 * follows from the clock alone.
 */
import type { FeatureBlock, FeatureSpec, FeatureState } from "./feature-block.ts";

/** UTC session hours [start, end). */
const SESSIONS = [
  { name: "asia", start: 0, end: 8 },
  { name: "europe", start: 7, end: 16 },
  { name: "us", start: 13, end: 21 },
] as const;

const FUNDING_PERIOD_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const TAU = 2 * Math.PI;

const SPECS: FeatureSpec[] = [
  ...SESSIONS.map((s) => ({ name: `time_session_${s.name}`, warmupBars: 0, description: `1 inside ${s.start}:00–${s.end}:00 UTC` })),
  { name: "time_hour_sin", warmupBars: 0, description: "sin(2π · hour-of-day / 24), fractional hours" },
  { name: "time_hour_cos", warmupBars: 0, description: "cos(2π · hour-of-day / 24)" },
  { name: "time_dow_sin", warmupBars: 0, description: "sin(2π · day-of-week / 7), Monday = 0, fractional days" },
  { name: "time_dow_cos", warmupBars: 0, description: "cos(2π · day-of-week / 7)" },
  { name: "time_weekend", warmupBars: 0, description: "1 on Saturday and Sunday UTC" },
  { name: "time_to_funding", warmupBars: 0, description: "time to the next 8-hourly funding (00/08/16 UTC) as a fraction of 8 h, in (0, 1]" },
];

export function timeFeatures(): FeatureBlock {
  return {
    specs: SPECS,
    write(state: FeatureState, out: Float64Array, at: number) {
      const ms = Number(state.bar.closeTimeNs / 1_000_000n);
      const hour = (ms % DAY_MS) / 3_600_000;
      // 1970-01-01 was a Thursday: Monday-based weekday = (days + 3) mod 7.
      const dow = ((ms / DAY_MS + 3) % 7 + 7) % 7;
      let i = at;
      for (const s of SESSIONS) out[i++] = hour >= s.start && hour < s.end ? 1 : 0;
      out[i++] = Math.sin((TAU * hour) / 24);
      out[i++] = Math.cos((TAU * hour) / 24);
      out[i++] = Math.sin((TAU * dow) / 7);
      out[i++] = Math.cos((TAU * dow) / 7);
      out[i++] = dow >= 5 ? 1 : 0;
      out[i++] = (FUNDING_PERIOD_MS - (ms % FUNDING_PERIOD_MS)) / FUNDING_PERIOD_MS;
    },
  };
}
