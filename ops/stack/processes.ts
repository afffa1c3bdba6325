/**
 * Starting the stack's processes (core on Node, edges on Deno) with their structured stderr logs
 * parsed, so the launcher and the end-to-end tests can wait for "core ready" or read an edge's
 * "replay finished" figures instead of sleeping.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DENO = join(REPO_ROOT, "node_modules", ".bin", "deno");
const TSX_LOADER = "tsx";

export interface LogLine {
  readonly level?: string;
  readonly message?: string;
  readonly [key: string]: unknown;
}

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Every JSON log line seen so far. */
  readonly lines: LogLine[];
  /** Resolves with the first log line matching `predicate` (rejects if the process exits first). */
  waitFor(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  readonly exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<void>;
}

export interface SpawnOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Called for each stderr line (parsed or raw), e.g. to echo logs. */
  readonly onLine?: (name: string, line: LogLine | string) => void;
}

function manage(name: string, child: ChildProcess, options: SpawnOptions): ManagedProcess {
  const lines: LogLine[] = [];
  const waiters: Array<{ predicate: (l: LogLine) => boolean; resolve: (l: LogLine) => void }> = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  for (const stream of [child.stderr, child.stdout]) {
    if (!stream) continue;
    createInterface({ input: stream }).on("line", (text) => {
      let parsed: LogLine | null = null;
      if (text.startsWith("{")) {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = null;
        }
      }
      options.onLine?.(name, parsed ?? text);
      if (!parsed) return;
      lines.push(parsed);
      for (const waiter of [...waiters]) {
        if (waiter.predicate(parsed)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(parsed);
        }
      }
    });
  }
  return {
    name,
    child,
    lines,
    exited,
    waitFor(predicate, timeoutMs = 60_000) {
      const seen = lines.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${name}: timed out waiting for a log line`)), timeoutMs);
        waiters.push({ predicate, resolve: (l) => (clearTimeout(timer), resolve(l)) });
        exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`${name} exited (code ${code}) before the expected log line`));
        });
      });
    },
    async stop(signal = "SIGTERM", timeoutMs = 10_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * V8 starts the young generation at 1 MB and grows it with the allocation rate, so a process's first
 * second of ticks runs dozens of small scavenges while its code is still cold. Starting both at their
 * 16 MB ceiling roughly halved edge→bus latency over that second in the latency bench (first-second
 * p90 ~31 → ~16 ms, whole-run p99 ~38 → ~22 ms over six runs each; steady state unchanged).
 */
export const YOUNG_GENERATION_FLAG = "--min-semi-space-size=16";

export function spawnCore(env: NodeJS.ProcessEnv, options: SpawnOptions = {}): ManagedProcess {
  const child = spawn(process.execPath, [YOUNG_GENERATION_FLAG, "--import", TSX_LOADER, join(REPO_ROOT, "core", "main.ts")], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return manage("core", child, options);
}

export function spawnEdge(name: string, args: readonly string[], options: SpawnOptions = {}): ManagedProcess {
  const child = spawn(DENO, ["run", "-A", `--v8-flags=${YOUNG_GENERATION_FLAG}`, join(REPO_ROOT, "edge", "cli", "main.ts"), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return manage(name, child, options);
}
