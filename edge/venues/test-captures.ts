/**
 * Test-only: a whole capture in memory, so tests can delete, reorder or corrupt records before
 * feeding them. Reading and the missing-data rule are the replay module's; this only collects.
 */
import { type CaptureRecord, readCapture } from "../replay/capture-records.ts";
import { hasSharedData, sharedDataPath } from "../replay/shared-data.ts";

export type { CaptureRecord };

/** Records of `exchange-captures/<relative>`, or undefined (skip) when the data is absent. */
export async function loadCapture(relative: string): Promise<CaptureRecord[] | undefined> {
  const rel = `exchange-captures/${relative}`;
  if (!hasSharedData(rel)) return undefined;
  const out: CaptureRecord[] = [];
  for await (const r of readCapture(sharedDataPath(rel))) {
    if (r.kind === "malformed") throw new Error(`${rel} line ${r.line}: ${r.reason}`);
    out.push(r);
  }
  return out;
}
