/**
 * Builds and runs the TA-Lib reference executable (talib-ref.c + TA-Lib's C sources from the
 * `talib` npm package). The binary is cached under .data/talib-ref/<hash of every source>/ so a
 * test run compiles it once per TA-Lib or driver change, never per test.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, "../../..");
const talibRoot = join(repoRoot, "node_modules/talib/src/lib");

export interface TalibBar {
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export interface TalibResult {
  /** Index of the first bar TA-Lib produced a value for (its lookback). */
  begIdx: number;
  /** Output name (TA-Lib's, e.g. outMACDSignal) → values aligned to bars, NaN before begIdx. */
  outputs: Record<string, Float64Array>;
}

function sources(): string[] {
  const src = join(talibRoot, "src");
  const list = (dir: string) =>
    readdirSync(join(src, dir))
      .filter((f) => f.endsWith(".c"))
      .map((f) => join(src, dir, f));
  const abstract = ["ta_abstract.c", "ta_def_ui.c", "ta_func_api.c", "ta_group_idx.c", "frames/ta_frame.c"];
  return [
    join(here, "talib-ref.c"),
    ...list("ta_func"),
    ...list("ta_common"),
    ...abstract.map((f) => join(src, "ta_abstract", f)),
    ...list("ta_abstract/tables"),
  ];
}

/** Compiles the reference executable unless a binary built from the same sources exists. */
export function ensureTalibReference(): string {
  if (!existsSync(talibRoot)) {
    throw new Error("TA-Lib sources missing: run `npm ci` (the devDependency `talib` ships them)");
  }
  const files = sources();
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.slice(talibRoot.length)).update(readFileSync(f));
  const dir = join(repoRoot, ".data/talib-ref", hash.digest("hex").slice(0, 16));
  const exe = join(dir, "talib-ref");
  if (existsSync(exe)) return exe;
  mkdirSync(dir, { recursive: true });
  const include = ["include", "src/ta_common", "src/ta_func", "src/ta_abstract", "src/ta_abstract/frames"];
  const tmp = `${exe}.${process.pid}.tmp`;
  execFileSync("gcc", ["-O1", "-w", ...include.map((d) => `-I${join(talibRoot, d)}`), ...files, "-lm", "-o", tmp], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  renameSync(tmp, exe);
  return exe;
}

/** Runs TA-Lib functions (specs like "MACD:12:26:9") over the bars. */
export function runTalib(bars: readonly TalibBar[], specs: readonly string[]): Map<string, TalibResult> {
  const exe = ensureTalibReference();
  const input = bars.map((b) => `${b.open} ${b.high} ${b.low} ${b.close} ${b.volume}`).join("\n");
  const text = execFileSync(exe, [...specs], { input, maxBuffer: 1 << 30, encoding: "utf8" });
  const results = new Map<string, TalibResult>();
  let current: TalibResult | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("# ")) {
      const [, spec, beg] = line.split(" ");
      current = { begIdx: Number(beg), outputs: {} };
      results.set(spec, current);
    } else if (line && current) {
      const space = line.indexOf(" ");
      const values = new Float64Array(bars.length).fill(Number.NaN);
      const body = line.slice(space + 1);
      if (body) body.split(",").forEach((v, i) => (values[current!.begIdx + i] = Number(v)));
      current.outputs[line.slice(0, space)] = values;
    }
  }
  return results;
}
