/**
 * Where the shared recorded data lives for tests and benchmarks (`../shared/data/` beside the repo),
 * and the one rule for when it is missing: fail under CI, skip with a message elsewhere.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SHARED_DATA_DIR = fileURLToPath(new URL("../../../shared/data/", import.meta.url));

/** Absolute path of `relative` under the shared data folder. */
export function sharedDataPath(relative: string): string {
  return SHARED_DATA_DIR + relative;
}

/**
 * True when every file is present. Missing data throws when CI=true (a silently skipped test would
 * hide a broken checkout) and otherwise logs once and returns false so the caller can skip.
 */
export function hasSharedData(...relatives: string[]): boolean {
  const missing = relatives.filter((r) => !existsSync(sharedDataPath(r)));
  if (missing.length === 0) return true;
  if (Deno.env.get("CI") === "true") throw new Error(`shared test data missing: ${missing.join(", ")}`);
  console.warn(`skipping: shared test data missing under ${SHARED_DATA_DIR}: ${missing.join(", ")}`);
  return false;
}
