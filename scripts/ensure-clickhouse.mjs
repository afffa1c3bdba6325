#!/usr/bin/env node
// Makes sure a ClickHouse server binary exists, because tests and `npm start` launch a
// project-managed local server (ops/clickhouse/local-server.ts) whenever CLICKHOUSE_URL is unset.
// Runs at npm postinstall (`--quiet`: never fails the install, only warns) and before test/start.
// As root it installs Debian's packages itself; otherwise it says exactly what to install.
// Plain Node, no npm dependencies: it must work before (and while) node_modules is being built.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { findClickHouseServer } from "../ops/clickhouse/clickhouse-binary.mjs";

const quiet = process.argv.includes("--quiet");
const PACKAGES = ["clickhouse-server", "clickhouse-client"];

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(`Usage: node scripts/ensure-clickhouse.mjs [--quiet]
Checks for a clickhouse-server binary; as root installs ${PACKAGES.join(" ")} with apt-get.
Skipped when CLICKHOUSE_URL is set (an external server is used).
  --quiet   warn instead of failing (npm postinstall)`);
  process.exit(0);
}

function finish(problem) {
  console.error(`[ensure-clickhouse] ${problem}`);
  console.error(
    `[ensure-clickhouse] install it with: sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(" ")}` +
      `\n[ensure-clickhouse] or point the project at a running server: export CLICKHOUSE_URL=http://host:8123`,
  );
  process.exit(quiet ? 0 : 1);
}

function run(command, args) {
  console.log(`[ensure-clickhouse] $ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.error) return `${command} could not run: ${result.error.message}`;
  return result.status === 0 ? null : `${command} ${args[0]} failed with exit code ${result.status}`;
}

/** apt's package lists are missing on fresh containers, and stale after a day. */
function aptListsNeedUpdate() {
  const dir = "/var/lib/apt/lists";
  if (!existsSync(dir)) return true;
  const lists = readdirSync(dir).filter((f) => f.endsWith("_Packages"));
  if (lists.length === 0) return true;
  const newest = Math.max(...lists.map((f) => statSync(`${dir}/${f}`).mtimeMs));
  return Date.now() - newest > 24 * 3600 * 1000;
}

function aptKnowsPackage() {
  const result = spawnSync("apt-cache", ["show", "clickhouse-server"], { stdio: "ignore" });
  return result.status === 0;
}

if (process.env.CLICKHOUSE_URL) process.exit(0);
const found = findClickHouseServer();
if (found) {
  if (!quiet) console.log(`[ensure-clickhouse] using ${[found.command, ...found.args].join(" ")}`);
  process.exit(0);
}
if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
  finish("no clickhouse-server binary found, and this is not a Debian/Ubuntu system (install ClickHouse from clickhouse.com)");
}
if (typeof process.getuid !== "function" || process.getuid() !== 0) {
  finish("no clickhouse-server binary found (not root, so not installing it)");
}

console.log("[ensure-clickhouse] no clickhouse-server binary found: installing Debian's packages");
if (aptListsNeedUpdate() || !aptKnowsPackage()) {
  console.log("[ensure-clickhouse] refreshing apt package lists");
  const failed = run("apt-get", ["update"]);
  if (failed) finish(failed);
}
const failed = run("apt-get", ["install", "-y", "--no-install-recommends", ...PACKAGES]);
if (failed) finish(failed);
const installed = findClickHouseServer();
if (!installed) finish("apt-get finished but no clickhouse-server binary appeared");
console.log(`[ensure-clickhouse] installed ${installed.command}`);
