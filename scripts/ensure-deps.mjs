#!/usr/bin/env node
// Runs before `npm start`, `npm test` and the benches on a fresh clone: installs the npm packages
// when node_modules is missing or older than package-lock.json (Deno comes with them, from the npm
// package `deno`), then makes sure a ClickHouse server binary exists (scripts/ensure-clickhouse.mjs).
// Plain Node with no dependencies: it runs before node_modules exists.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const marker = join(root, "node_modules", ".package-lock.json");
const lock = join(root, "package-lock.json");

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`[ensure-deps] ${command} ${args.join(" ")} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}

const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs ||
  !existsSync(join(root, "node_modules", ".bin", "deno"));
if (stale) {
  console.error("[ensure-deps] installing npm packages (npm install, versions from package-lock.json)...");
  // Not `npm ci`: npm 11 leaves other platforms' optional binaries (@deno/*, @rollup/*) out of the
  // lock file and then refuses `npm ci` as out of sync. `npm install` installs the locked versions.
  // onnxruntime-node must never download CUDA binaries here (no internet in CI).
  run("npm", ["install", "--no-audit", "--no-fund"], { ONNXRUNTIME_NODE_INSTALL: "skip", ONNXRUNTIME_NODE_INSTALL_CUDA: "skip" });
}
run(process.execPath, [join(root, "scripts", "ensure-clickhouse.mjs")]);
