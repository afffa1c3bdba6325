/**
 * Vitest global setup: one real ClickHouse for the whole run. CLICKHOUSE_URL wins (CI with a service
 * container, a developer's own server); otherwise the project-managed instance "test" is started
 * and stopped in teardown. Test files get the URL with `inject("clickhouseUrl")` (or from
 * process.env.CLICKHOUSE_URL) and isolate themselves in their own database.
 *
 * Two test runs at once (two terminals, parallel agents) must not stop each other's server: the run
 * that owns "test" records its pid beside it; a run that finds a live owner uses a private,
 * throwaway instance instead. An owner that died (a killed run) leaves "test" to be taken over.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { TestProject } from "vitest/node";
import { instanceDir, startLocalClickHouse, stopLocalClickHouse, type LocalClickHouse } from "../ops/clickhouse/local-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    clickhouseUrl: string;
  }
}

const SHARED = "test";
let server: LocalClickHouse | undefined;
let privateInstance = false;

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Claims the shared instance atomically (O_EXCL owner file); false when a live run owns it. */
function claimShared(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  const ownerFile = join(dir, "owner.pid");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(ownerFile, String(process.pid), { flag: "wx" });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    const owner = Number(readFileSync(ownerFile, "utf8"));
    if (Number.isInteger(owner) && owner > 0 && pidAlive(owner)) return false;
    rmSync(ownerFile, { force: true });
  }
  return false;
}

/** Private instances of runs that were killed before their teardown. */
async function removeAbandonedPrivateInstances(): Promise<void> {
  const root = dirname(instanceDir(SHARED));
  for (const name of existsSync(root) ? readdirSync(root) : []) {
    const match = /^test-(\d+)$/.exec(name);
    if (!match || pidAlive(Number(match[1]))) continue;
    await stopLocalClickHouse(name);
    rmSync(instanceDir(name), { recursive: true, force: true });
  }
}

export async function setup(project: TestProject): Promise<void> {
  let url = process.env.CLICKHOUSE_URL;
  if (!url) {
    await removeAbandonedPrivateInstances();
    privateInstance = !claimShared(instanceDir(SHARED));
    server = await startLocalClickHouse({ name: privateInstance ? `${SHARED}-${process.pid}` : SHARED });
    url = server.url;
    process.env.CLICKHOUSE_URL = url;
  }
  project.provide("clickhouseUrl", url);
}

export async function teardown(): Promise<void> {
  if (!server) return;
  await server.stop();
  if (privateInstance) rmSync(server.dataDir, { recursive: true, force: true });
  else rmSync(join(server.dataDir, "owner.pid"), { force: true });
  delete process.env.CLICKHOUSE_URL;
  server = undefined;
}
