/**
 * Tells the speed of our code apart from the load other tenants put on this shared virtual machine.
 *
 * Identical passes of the same work, back to back in one warm process, run in phases: tens of passes
 * at one speed, then tens at ~1.6x that time, and back (the OKX loop: 2.3 ms and 3.8 ms per pass,
 * no deopt and no GC between them). A fixed loop of arithmetic and table reads shows the same phases
 * at the same moments, so they are the machine (a busy neighbour on the same physical core), not our
 * code. Whole-run rates then say as much about the neighbour as about us.
 *
 * So a gated measurement runs a short fixed-work probe before and after every timed sample, and
 * calls a sample uncontended when both probes ran within `SLACK` of the fastest probe of the run.
 * The median of those samples is the code's rate on a core it has to itself; the share of samples
 * that qualified says how quiet the machine was. Samples are chosen by the probes alone, never by
 * their own times, so a lucky fast sample is not picked for being fast.
 */

/** A probe within this factor of the fastest one counts as uncontended. */
const SLACK = 1.1;
/** 256 KB of doubles: the probe reads a table the size of a core's L2, as the workloads do. */
const TABLE = Float64Array.from({ length: 1 << 15 }, (_, i) => Math.sin(i));
const PROBE_READS = 40_000;

/** Where each probe leaves its sum, so that its loop has an effect. */
let probeSink = 0;

/** Fixed work (~0.1 ms on this machine): pseudo-random reads of TABLE with a multiply-add each. */
function probeMs(): number {
  const start = performance.now();
  let sum = 0;
  let j = 1;
  for (let r = 0; r < PROBE_READS; r++) {
    j = (Math.imul(j, 1103515245) + 12345) & (TABLE.length - 1);
    sum += TABLE[j] * TABLE[(j * 7) & (TABLE.length - 1)];
  }
  probeSink += sum;
  return performance.now() - start;
}

export interface GatedSummary {
  /** Samples timed. */
  samples: number;
  /** Share of them with both probes uncontended. */
  uncontendedShare: number;
  /** Median time of the uncontended samples (ms); NaN when none was. */
  uncontendedMedianMs: number;
  /** Median time of all samples (ms), for comparison. */
  medianMs: number;
}

/** Collects samples, each between two probes (a sample's closing probe opens the next one). */
export class GatedTimer {
  readonly #probes: number[] = [];
  readonly #samples: number[] = [];

  /** @param probe the fixed-work probe, returning its time (ms); replaced only in tests. */
  constructor(private readonly probe: () => number = probeMs) {}

  /** Times `work` between probes; returns its time (ms). */
  async time(work: () => void | Promise<void>): Promise<number> {
    const start = this.#open();
    await work();
    return this.#close(start);
  }

  /** `time` for synchronous work, without a promise per sample. */
  timeSync(work: () => void): number {
    const start = this.#open();
    work();
    return this.#close(start);
  }

  /** The opening probe (only before the first sample: each closing probe opens the next); the start time. */
  #open(): number {
    if (this.#probes.length === 0) this.#probes.push(this.probe());
    return performance.now();
  }

  /** Records the sample that began at `start`, then its closing probe; the sample's time (ms). */
  #close(start: number): number {
    const ms = performance.now() - start;
    this.#samples.push(ms);
    this.#probes.push(this.probe());
    return ms;
  }

  summary(): GatedSummary {
    const fastest = Math.min(...this.#probes);
    const quiet = this.#samples.filter((_, i) =>
      this.#probes[i] <= SLACK * fastest && this.#probes[i + 1] <= SLACK * fastest
    );
    return {
      samples: this.#samples.length,
      uncontendedShare: this.#samples.length === 0 ? 0 : +(quiet.length / this.#samples.length).toFixed(3),
      uncontendedMedianMs: median(quiet),
      medianMs: median(this.#samples),
    };
  }
}

function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  return [...values].sort((a, b) => a - b)[values.length >> 1];
}
