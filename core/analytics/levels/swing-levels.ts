/**
 * Support and resistance from swing points: a swing high is a bar whose high exceeds the `strength` bars on
 * each side (a swing low mirrored). A swing is only known `strength` bars after it happened, and it is added
 * then, never earlier. Nearby swings (within `tolerance` of price) are clustered into one level whose weight
 * is the number of touches; highs and lows share the pool because broken resistance tends to become support.
 */
export interface SwingLevelOptions {
  /** Bars on each side a swing must dominate. Default 3. */
  readonly strength?: number;
  /** Swings kept (oldest dropped first). Default 40. */
  readonly maxSwings?: number;
  /** Relative distance within which swings merge into one level. Default 0.002 (20 bps). */
  readonly tolerance?: number;
}

export interface NearestLevels {
  /** Highest level at or below price; NaN when none. */
  readonly support: number;
  readonly supportTouches: number;
  /** Lowest level at or above price; NaN when none. */
  readonly resistance: number;
  readonly resistanceTouches: number;
}

export class SwingLevels {
  private readonly strength: number;
  private readonly maxSwings: number;
  private readonly tolerance: number;
  private readonly highs: number[] = [];
  private readonly lows: number[] = [];
  private readonly swings: number[] = [];
  /** Clusters of the current swings, ascending; rebuilt only when a swing is added (rare), read every bar. */
  private levels: { price: number; touches: number }[] = [];

  constructor(options: SwingLevelOptions = {}) {
    this.strength = options.strength ?? 3;
    this.maxSwings = options.maxSwings ?? 40;
    this.tolerance = options.tolerance ?? 0.002;
  }

  /** Adds one closed bar; confirms the swing `strength` bars back if there is one. */
  add(high: number, low: number): void {
    const window = 2 * this.strength + 1;
    this.highs.push(high);
    this.lows.push(low);
    if (this.highs.length > window) {
      this.highs.shift();
      this.lows.shift();
    }
    if (this.highs.length < window) return;
    const mid = this.strength;
    if (this.dominates(this.highs, mid, (a, b) => a > b)) this.addSwing(this.highs[mid]);
    if (this.dominates(this.lows, mid, (a, b) => a < b)) this.addSwing(this.lows[mid]);
  }

  /** Clustered levels nearest to `price` on each side. */
  nearest(price: number): NearestLevels {
    let support = NaN;
    let supportTouches = 0;
    let resistance = NaN;
    let resistanceTouches = 0;
    for (const level of this.levels) {
      if (level.price <= price) {
        support = level.price;
        supportTouches = level.touches;
      } else {
        resistance = level.price;
        resistanceTouches = level.touches;
        break;
      }
    }
    return { support, supportTouches, resistance, resistanceTouches };
  }

  private dominates(values: number[], mid: number, better: (a: number, b: number) => boolean): boolean {
    for (let k = 0; k < values.length; k++) if (k !== mid && !better(values[mid], values[k])) return false;
    return true;
  }

  private addSwing(price: number): void {
    this.swings.push(price);
    if (this.swings.length > this.maxSwings) this.swings.shift();
    const sorted = [...this.swings].sort((a, b) => a - b);
    this.levels = [];
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      let sum = 0;
      while (j < sorted.length && sorted[j] <= sorted[i] * (1 + this.tolerance)) sum += sorted[j++];
      this.levels.push({ price: sum / (j - i), touches: j - i });
      i = j;
    }
  }
}
