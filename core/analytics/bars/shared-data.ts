/**
 * Where tests find the recorded market data (../shared/data beside the repository). Missing data skips the
 * suite locally but fails it under CI=true, so a CI run can never pass by silently testing nothing.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function sharedDataPath(relative: string): string {
  return fileURLToPath(new URL(`../../../../shared/data/${relative}`, import.meta.url));
}

/** True when all files exist; throws under CI when one is missing; otherwise logs why the caller skips. */
export function haveSharedData(...relatives: string[]): boolean {
  const missing = relatives.map(sharedDataPath).filter((p) => !existsSync(p));
  if (missing.length === 0) return true;
  const message = `shared market data missing: ${missing.join(", ")}`;
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`skipping: ${message}`);
  return false;
}
