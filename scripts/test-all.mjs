#!/usr/bin/env node
// `npm test`: every test. Core and integration tests run under vitest (one real ClickHouse for the
// whole run, started by test/global-setup.ts), edge tests under `deno test`. Both always run; the
// exit code is non-zero if either failed, and a closing "N passed, N failed" line sums them.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);

function run(label, command, args, parse) {
  return new Promise((resolve) => {
    console.log(`\n=== ${label}: ${[command, ...args].join(" ")}`);
    const started = Date.now();
    const child = spawn(command, args, { cwd: root, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
    let output = "";
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        const text = chunk.toString();
        output += text;
        process.stdout.write(text);
      });
    }
    child.on("close", (code) => {
      const counts = parse(output.replace(/\x1b\[[0-9;]*m/g, ""));
      console.log(`=== ${label}: exit ${code}, ${counts.passed} passed, ${counts.failed} failed, ${Math.round((Date.now() - started) / 1000)} s`);
      resolve({ code, ...counts });
    });
  });
}

function lastNumber(text, pattern) {
  const matches = [...text.matchAll(pattern)];
  return matches.length ? Number(matches[matches.length - 1][1]) : 0;
}

const vitest = await run("core (vitest)", bin("vitest"), ["run"], (out) => ({
  passed: lastNumber(out, /Tests\s+(?:\d+ failed \| )?(\d+) passed/g),
  failed: lastNumber(out, /Tests\s+(\d+) failed/g),
}));
const deno = await run("edge (deno test)", bin("deno"), ["test", "-A", "--quiet", "edge/"], (out) => ({
  passed: lastNumber(out, /ok \| (\d+) passed/g) || lastNumber(out, /FAILED \| (\d+) passed/g),
  failed: lastNumber(out, /\| (\d+) failed/g),
}));
const passed = vitest.passed + deno.passed;
const failed = vitest.failed + deno.failed;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(vitest.code === 0 && deno.code === 0 ? 0 : 1);
