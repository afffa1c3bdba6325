/**
 * Live regime detection for one symbol and timeframe: bar in → regime, probabilities, transition
 * matrix and expected durations out; a change of regime becomes an alert event.
 *
 * Decision order (documented so a label can always be explained):
 *   1. the crash rule, if it fires, wins — a crash must not wait for a model that may never have
 *      seen one in its training window;
 *   2. otherwise the HMM's filtered regime, if a model is loaded, its top regime has probability
 *      ≥ minConfidence and the bar is not out of distribution (predictive log-likelihood above
 *      the training threshold);
 *   3. otherwise the rule classifier.
 * Only forward filtering is used, so the regime at bar t depends on bars up to t alone.
 */
import { EventEmitter } from "node:events";
import { z } from "zod";
import { type BarFeatureConfig, type BarFeatures, BarFeatureStream, toObservation } from "./bar-features.ts";
import { OnlineHmmFilter } from "./online-filter.ts";
import { type FittedRegimeModel, standardize } from "./regime-fit.ts";
import { type Regime, type RegimeProbabilities, REGIMES, emptyRegimeProbabilities } from "./regimes.ts";
import { RuleClassifier, type RuleConfig } from "./rule-classifier.ts";
import type { RegimeTransitions } from "./state-mapping.ts";

export interface RegimeBar {
  /** Bar open time, ns since the epoch. */
  readonly timeNs: bigint;
  readonly close: number;
}

export type RegimeSource = "hmm" | "rules" | "crash_rule";

export interface RegimeSnapshot {
  readonly symbol: string;
  readonly timeframe: string;
  readonly timeNs: bigint;
  readonly regime: Regime;
  readonly source: RegimeSource;
  readonly reason: string;
  /** Probability of `regime` (HMM) or 1 when a rule decided. */
  readonly confidence: number;
  /** HMM filtered probabilities per regime; one-hot on the rule verdict when no model is loaded. */
  readonly probabilities: RegimeProbabilities;
  /** HMM filtered probabilities per state (null without a model). */
  readonly stateProbabilities: number[] | null;
  /** Regime transition matrix and expected durations from the model (null without one). */
  readonly transitions: RegimeTransitions | null;
  readonly features: BarFeatures;
}

export interface RegimeChangeAlert {
  readonly type: "regime_change";
  readonly symbol: string;
  readonly timeframe: string;
  readonly timeNs: bigint;
  readonly from: Regime | null;
  readonly to: Regime;
  readonly severity: "info" | "warning" | "critical";
  readonly source: RegimeSource;
  readonly confidence: number;
  readonly expectedDurationBars: number | null;
  readonly message: string;
}

const DetectorOptionsSchema = z.object({
  symbol: z.string().min(1),
  timeframe: z.string().min(1),
  minConfidence: z.number().min(0).max(1).default(0.6),
});

export interface RegimeDetectorOptions extends z.input<typeof DetectorOptionsSchema> {
  model?: FittedRegimeModel;
  /** Feature windows when no model is given (a model brings its own). */
  features?: BarFeatureConfig;
  rules?: RuleConfig;
  onChange?: (alert: RegimeChangeAlert) => void;
}

export class RegimeDetector extends EventEmitter<{ regime: [RegimeSnapshot]; change: [RegimeChangeAlert] }> {
  private readonly opts: z.infer<typeof DetectorOptionsSchema>;
  private readonly rules: RuleClassifier;
  private readonly onChange?: (alert: RegimeChangeAlert) => void;
  private model: FittedRegimeModel | null = null;
  private filter: OnlineHmmFilter | null = null;
  private stream: BarFeatureStream;
  private lastTimeNs: bigint | null = null;
  private lastRuleRegime: Regime | null = null;
  private current: Regime | null = null;
  /** Bars refused, by reason (counted, never silently dropped). */
  readonly skipped = { badClose: 0, outOfOrder: 0 };

  constructor(options: RegimeDetectorOptions) {
    super();
    this.opts = DetectorOptionsSchema.parse(options);
    this.rules = new RuleClassifier(options.rules);
    this.onChange = options.onChange;
    this.stream = new BarFeatureStream(options.model?.features ?? options.features);
    if (options.model) this.setModel(options.model);
  }

  /** Installs a (re)fitted model; the feature stream restarts if its windows changed. */
  setModel(model: FittedRegimeModel): void {
    if (this.model === null || JSON.stringify(this.model.features) !== JSON.stringify(model.features)) {
      this.stream = new BarFeatureStream(model.features);
    }
    this.model = model;
    this.filter = new OnlineHmmFilter(model.hmm);
  }

  get regime(): Regime | null {
    return this.current;
  }

  /** Consumes the next closed bar; returns null during warm-up or for a refused bar. */
  update(bar: RegimeBar): RegimeSnapshot | null {
    if (!(bar.close > 0) || !Number.isFinite(bar.close)) {
      this.skipped.badClose++;
      return null;
    }
    if (this.lastTimeNs !== null && bar.timeNs <= this.lastTimeNs) {
      this.skipped.outOfOrder++;
      return null;
    }
    this.lastTimeNs = bar.timeNs;
    const features = this.stream.push(bar.close);
    if (features === null) return null;

    const verdict = this.rules.classify(features, this.lastRuleRegime);
    this.lastRuleRegime = verdict.regime;
    const snapshot = this.decide(bar.timeNs, features, verdict.regime, verdict.reason);
    this.emit("regime", snapshot);
    if (snapshot.regime !== this.current) {
      const alert = this.alert(snapshot, this.current);
      this.current = snapshot.regime;
      this.onChange?.(alert);
      this.emit("change", alert);
    }
    return snapshot;
  }

  private decide(timeNs: bigint, features: BarFeatures, ruleRegime: Regime, ruleReason: string): RegimeSnapshot {
    const base = { symbol: this.opts.symbol, timeframe: this.opts.timeframe, timeNs, features };
    const oneHot = emptyRegimeProbabilities();
    oneHot[ruleRegime] = 1;
    if (this.model === null || this.filter === null) {
      const source: RegimeSource = ruleRegime === "crisis" ? "crash_rule" : "rules";
      return { ...base, regime: ruleRegime, source, reason: ruleReason, confidence: 1, probabilities: oneHot, stateProbabilities: null, transitions: null };
    }
    const model = this.model;
    const { probabilities: stateProbabilities, predictiveLogLikelihood } = this.filter.update(
      standardize(toObservation(features), model.standardization),
    );
    const probabilities = emptyRegimeProbabilities();
    stateProbabilities.forEach((p, i) => {
      probabilities[model.stateRegimes[i]] += p;
    });
    const best = REGIMES.reduce((a, b) => (probabilities[b] > probabilities[a] ? b : a));
    const hmm = { ...base, probabilities, stateProbabilities, transitions: model.transitions };
    if (ruleRegime === "crisis") {
      return { ...hmm, regime: "crisis", source: "crash_rule", reason: ruleReason, confidence: 1 };
    }
    const inDistribution = predictiveLogLikelihood >= model.minPredictiveLogLikelihood;
    if (inDistribution && probabilities[best] >= this.opts.minConfidence) {
      return { ...hmm, regime: best, source: "hmm", reason: `HMM filtered probability ${probabilities[best].toFixed(2)}`, confidence: probabilities[best] };
    }
    const why = inDistribution ? `HMM not confident (${probabilities[best].toFixed(2)})` : "bar outside the HMM's training distribution";
    return { ...hmm, regime: ruleRegime, source: "rules", reason: `${why}; rule: ${ruleReason}`, confidence: 1 };
  }

  private alert(snapshot: RegimeSnapshot, from: Regime | null): RegimeChangeAlert {
    const to = snapshot.regime;
    const severity = to === "crisis" ? "critical" : to === "high_vol" || to === "trend_down" ? "warning" : "info";
    const duration = snapshot.transitions?.expectedDurationBars[to] ?? null;
    return {
      type: "regime_change",
      symbol: snapshot.symbol,
      timeframe: snapshot.timeframe,
      timeNs: snapshot.timeNs,
      from,
      to,
      severity,
      source: snapshot.source,
      confidence: snapshot.confidence,
      expectedDurationBars: duration,
      message: `${snapshot.symbol} ${snapshot.timeframe}: regime ${from ?? "none"} → ${to} (${snapshot.reason})`,
    };
  }
}
