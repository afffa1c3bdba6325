/**
 * The named market regimes every consumer (signals, risk, dashboard) speaks in.
 *
 * HMM states are anonymous numbers that change order between fits; strategies and risk limits
 * need stable names, so everything downstream of the detector sees only these.
 */
export const REGIMES = ["trend_up", "trend_down", "range", "high_vol", "crisis"] as const;
export type Regime = (typeof REGIMES)[number];

/** Regimes that mean "risk off": reaching one of these from elsewhere is what a crash alert reacts to. */
export const STRESS_REGIMES: ReadonlySet<Regime> = new Set<Regime>(["crisis", "high_vol", "trend_down"]);

export type RegimeProbabilities = Record<Regime, number>;

export function emptyRegimeProbabilities(): RegimeProbabilities {
  return { trend_up: 0, trend_down: 0, range: 0, high_vol: 0, crisis: 0 };
}
