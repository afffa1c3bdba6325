/**
 * Every indicator by name with its parameter specs and output names. The CLI (`--list`, parsing
 * `rsi:14`), the feature engine and the tests all construct indicators through here, so a name
 * means the same computation everywhere.
 */
import type { Indicator } from "./indicator.ts";
import { Shared } from "./shared.ts";
import { EmaCascade, Kama, Sma, Trima, Wma } from "./series/averages.ts";
import { Hurst } from "./series/hurst.ts";
import { Cmo, Mom, Roc, Rsi, Trix } from "./series/momentum.ts";
import { LinRegSlope, StdDev, ZScore } from "./series/statistics.ts";
import { Bbands, Donchian, Ichimoku, Keltner } from "./families/channels.ts";
import { Cci, Ultosc } from "./families/oscillators.ts";
import { Aroon, Atr, Bop, Natr, Stoch, StochF, StochRsi, TrueRange, WillR } from "./families/ranges.ts";
import { Adx, Dmi, Macd, PriceOscillator, Sar, SuperTrend } from "./families/trend.ts";
import { GarmanKlass, Parkinson, RealizedVolatility } from "./families/volatility.ts";
import { Ad, Adosc, Cmf, Mfi, Obv, RollingVwap, SessionVwap } from "./families/volume.ts";

export interface ParamSpec {
  readonly name: string;
  readonly default: number;
  readonly min: number;
  readonly max?: number;
  readonly integer: boolean;
}

export interface IndicatorSpec {
  readonly name: string;
  readonly description: string;
  /** The TA-Lib function this reproduces, when TA-Lib has it. */
  readonly talib?: string;
  readonly params: readonly ParamSpec[];
  /** Output field names; empty for a single-number indicator. */
  readonly outputs: readonly string[];
  /**
   * A new indicator. `shared` is where it takes the intermediate series it has in common with the
   * others of its IndicatorSet (see shared.ts); alone, it gets its own.
   */
  create(params: readonly number[], shared?: Shared): Indicator;
}

const int = (name: string, dflt: number, min = 1): ParamSpec => ({ name, default: dflt, min, integer: true });
const real = (name: string, dflt: number, min = 0, max?: number): ParamSpec => ({
  name,
  default: dflt,
  min,
  max,
  integer: false,
});

type Maker = (p: readonly number[], shared: Shared) => Indicator;

function spec(
  name: string,
  description: string,
  params: ParamSpec[],
  outputs: string[],
  create: Maker,
  talib?: string,
): IndicatorSpec {
  return { name, description, params, outputs, create: (p, shared = new Shared()) => create(p, shared), talib };
}

/** A close-only indicator: a scalar stream fed the close, with one output. */
const closeSpec = (name: string, description: string, params: ParamSpec[], make: Maker, talib?: string) => spec(name, description, params, [], make, talib);

const period = (dflt: number, min = 1) => int("period", dflt, min);

const SPECS: IndicatorSpec[] = [
  closeSpec("sma", "simple moving average", [period(20)], (p) => new Sma(p[0]), "SMA"),
  closeSpec("ema", "exponential moving average, SMA-seeded", [period(20)], (p, s) => new EmaCascade(p[0], [1], s), "EMA"),
  closeSpec("wma", "linearly weighted moving average", [period(20)], (p) => new Wma(p[0]), "WMA"),
  closeSpec("dema", "double EMA: 2·EMA − EMA(EMA)", [period(20)], (p, s) => new EmaCascade(p[0], [2, -1], s), "DEMA"),
  closeSpec("tema", "triple EMA: 3·e1 − 3·e2 + e3 of successive EMAs", [period(20)], (p, s) => new EmaCascade(p[0], [3, -3, 1], s), "TEMA"),
  closeSpec("trima", "triangular moving average", [period(20)], (p) => new Trima(p[0]), "TRIMA"),
  closeSpec("kama", "Kaufman adaptive moving average", [period(10)], (p) => new Kama(p[0]), "KAMA"),
  closeSpec("rsi", "relative strength index (Wilder)", [period(14)], (p, s) => new Rsi(p[0], s), "RSI"),
  closeSpec("cmo", "Chande momentum oscillator", [period(14)], (p, s) => new Cmo(p[0], s), "CMO"),
  closeSpec("roc", "rate of change, percent", [period(10)], (p) => new Roc(p[0]), "ROC"),
  closeSpec("mom", "momentum (difference)", [period(10)], (p) => new Mom(p[0]), "MOM"),
  closeSpec("trix", "1-bar ROC of a triple EMA", [period(30)], (p) => new Trix(p[0]), "TRIX"),
  closeSpec("stddev", "population standard deviation × k", [period(20, 2), real("k", 1)], (p, s) => new StdDev(p[0], p[1], s), "STDDEV"),
  closeSpec("zscore", "(close − mean) / stddev over the window", [period(20, 2)], (p, s) => new ZScore(p[0], s)),
  closeSpec("linregslope", "least-squares slope per bar", [period(14, 2)], (p) => new LinRegSlope(p[0]), "LINEARREG_SLOPE"),
  closeSpec("hurst", "Hurst exponent from lagged log-price differences", [int("window", 100, 8), int("maxlag", 20, 3)], (p) => new Hurst(p[0], p[1])),
  spec("macd", "MACD line, signal, histogram", [int("fast", 12), int("slow", 26), int("signal", 9)], ["macd", "signal", "hist"], (p) => new Macd(p[0], p[1], p[2]), "MACD"),
  spec("ppo", "percentage price oscillator (ma: 0 SMA, 1 EMA)", [int("fast", 12), int("slow", 26), { ...int("ma", 1, 0), max: 1 }], [], (p, s) => new PriceOscillator(p[0], p[1], p[2], true, s), "PPO"),
  spec("apo", "absolute price oscillator (ma: 0 SMA, 1 EMA)", [int("fast", 12), int("slow", 26), { ...int("ma", 1, 0), max: 1 }], [], (p, s) => new PriceOscillator(p[0], p[1], p[2], false, s), "APO"),
  spec("stoch", "slow stochastic", [int("fastk", 5), int("slowk", 3), int("slowd", 3)], ["k", "d"], (p, s) => new Stoch(p[0], p[1], p[2], s), "STOCH"),
  spec("stochf", "fast stochastic", [int("fastk", 5), int("fastd", 3)], ["k", "d"], (p, s) => new StochF(p[0], p[1], s), "STOCHF"),
  spec("stochrsi", "stochastic of RSI", [period(14), int("fastk", 5), int("fastd", 3)], ["k", "d"], (p, s) => new StochRsi(p[0], p[1], p[2], s), "STOCHRSI"),
  spec("willr", "Williams %R", [period(14)], [], (p, s) => new WillR(p[0], s), "WILLR"),
  spec("cci", "commodity channel index", [period(20, 2)], [], (p) => new Cci(p[0]), "CCI"),
  spec("mfi", "money flow index", [period(14)], [], (p) => new Mfi(p[0]), "MFI"),
  spec("adx", "average directional index with +DI/−DI", [period(14)], ["adx", "plusDi", "minusDi"], (p, s) => new Adx(p[0], s), "ADX"),
  spec("dmi", "directional indicators +DI/−DI", [period(14)], ["plusDi", "minusDi"], (p, s) => new Dmi(p[0], s), "PLUS_DI"),
  spec("aroon", "Aroon down/up and oscillator", [period(14)], ["down", "up", "osc"], (p) => new Aroon(p[0]), "AROON"),
  spec("trange", "true range", [], [], () => new TrueRange(), "TRANGE"),
  spec("atr", "average true range (Wilder)", [period(14)], [], (p, s) => new Atr(p[0], s), "ATR"),
  spec("natr", "ATR as percent of close", [period(14)], [], (p, s) => new Natr(p[0], s), "NATR"),
  spec("bop", "balance of power", [], [], () => new Bop(), "BOP"),
  spec("ultosc", "ultimate oscillator", [int("p1", 7), int("p2", 14), int("p3", 28)], [], (p) => new Ultosc(p[0], p[1], p[2]), "ULTOSC"),
  spec("sar", "parabolic SAR", [real("accel", 0.02, 0), real("max", 0.2, 0)], [], (p) => new Sar(p[0], p[1]), "SAR"),
  spec("supertrend", "SuperTrend line and direction (+1 up, −1 down)", [period(10), real("mult", 3)], ["value", "direction", "upper", "lower"], (p, s) => new SuperTrend(p[0], p[1], s)),
  spec("bbands", "Bollinger Bands: SMA ± k·stddev", [period(20, 2), real("k", 2)], ["upper", "middle", "lower"], (p, s) => new Bbands(p[0], p[1], p[1], s), "BBANDS"),
  spec("keltner", "Keltner channel: EMA ± mult·ATR", [period(20), real("mult", 2), int("atr", 10)], ["upper", "middle", "lower"], (p, s) => new Keltner(p[0], p[1], p[2], s)),
  spec("donchian", "Donchian channel", [period(20)], ["upper", "middle", "lower"], (p) => new Donchian(p[0])),
  spec("ichimoku", "Ichimoku lines and the current cloud", [int("tenkan", 9), int("kijun", 26), int("senkou", 52), int("displacement", 26, 0)], ["tenkan", "kijun", "spanA", "spanB", "cloudA", "cloudB"], (p) => new Ichimoku(p[0], p[1], p[2], p[3])),
  spec("obv", "on-balance volume", [], [], () => new Obv(), "OBV"),
  spec("ad", "Chaikin accumulation/distribution line", [], [], (_, s) => new Ad(s), "AD"),
  spec("adosc", "Chaikin A/D oscillator", [int("fast", 3), int("slow", 10)], [], (p, s) => new Adosc(p[0], p[1], s), "ADOSC"),
  spec("cmf", "Chaikin money flow", [period(20)], [], (p, s) => new Cmf(p[0], s)),
  spec("vwap", "session VWAP and volume-weighted stdev (session in minutes, UTC-aligned)", [int("session", 1440)], ["vwap", "stdev"], (p) => new SessionVwap(p[0])),
  spec("rvwap", "rolling VWAP over the last n bars", [period(20)], [], (p) => new RollingVwap(p[0])),
  spec("parkinson", "Parkinson high/low volatility (per bar)", [period(20)], [], (p, s) => new Parkinson(p[0], s)),
  spec("garmanklass", "Garman–Klass OHLC volatility (per bar)", [period(20)], [], (p, s) => new GarmanKlass(p[0], s)),
  spec("realizedvol", "realized volatility of close log returns (per bar)", [period(20)], [], (p) => new RealizedVolatility(p[0])),
];

export const INDICATORS: ReadonlyMap<string, IndicatorSpec> = new Map(SPECS.map((s) => [s.name, s]));

/** Thrown for an unknown name or a parameter outside its spec; the message says which and why. */
export class IndicatorArgumentError extends Error {}

export interface IndicatorRequest {
  readonly spec: IndicatorSpec;
  readonly params: readonly number[];
  /** Canonical id, e.g. "macd_12_26_9": unique per computation, used for column names. */
  readonly id: string;
}

/** Parses "name[:p1[:p2...]]"; omitted parameters take their defaults. */
export function parseIndicator(text: string): IndicatorRequest {
  const [name, ...raw] = text.trim().split(":");
  const spec = INDICATORS.get(name.toLowerCase());
  if (!spec) throw new IndicatorArgumentError(`unknown indicator "${name}" (see --list)`);
  if (raw.length > spec.params.length) {
    throw new IndicatorArgumentError(`${spec.name} takes at most ${spec.params.length} parameter(s), got ${raw.length}`);
  }
  const params = spec.params.map((p, i) => {
    if (i >= raw.length || raw[i] === "") return p.default;
    const v = Number(raw[i]);
    const ok = Number.isFinite(v) && v >= p.min && (p.max === undefined || v <= p.max) && (!p.integer || Number.isInteger(v));
    if (!ok) {
      const range = `${p.integer ? "an integer" : "a number"} ≥ ${p.min}${p.max === undefined ? "" : ` and ≤ ${p.max}`}`;
      throw new IndicatorArgumentError(`${spec.name}: parameter ${p.name} must be ${range}, got "${raw[i]}"`);
    }
    return v;
  });
  if (spec.name === "hurst" && params[1] > params[0] - 3) {
    throw new IndicatorArgumentError(`hurst: maxlag must be at most window − 3, got ${params[1]} for window ${params[0]}`);
  }
  return { spec, params, id: [spec.name, ...params].join("_") };
}

/** Output column names of a request: the id, or id_field for multi-output indicators. */
export function outputColumns(request: IndicatorRequest): string[] {
  const { spec, id } = request;
  return spec.outputs.length === 0 ? [id] : spec.outputs.map((o) => `${id}_${o}`);
}
