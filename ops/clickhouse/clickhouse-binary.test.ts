import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findClickHouseServer } from "./clickhouse-binary.mjs";

const dir = mkdtempSync(join(tmpdir(), "clickhouse-binary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const script = fileURLToPath(new URL("../../scripts/ensure-clickhouse.mjs", import.meta.url));

describe("findClickHouseServer", () => {
  it("prefers a clickhouse-server on PATH", () => {
    const fake = join(dir, "clickhouse-server");
    writeFileSync(fake, "#!/bin/sh\n");
    chmodSync(fake, 0o755);
    expect(findClickHouseServer(dir)).toEqual({ command: fake, args: [] });
  });
  it("ignores files that are not executable", () => {
    const other = mkdtempSync(join(dir, "noexec-"));
    writeFileSync(join(other, "clickhouse-server"), "");
    expect(findClickHouseServer(other)?.command).not.toBe(join(other, "clickhouse-server"));
  });
});

describe("scripts/ensure-clickhouse.mjs", () => {
  it("does nothing when CLICKHOUSE_URL points at a server", () => {
    const result = spawnSync(process.execPath, [script], { env: { ...process.env, CLICKHOUSE_URL: "http://127.0.0.1:1" }, encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe("");
  });
  it("has --help", () => {
    expect(execFileSync(process.execPath, [script, "--help"], { encoding: "utf8" })).toMatch(/--quiet/);
  });
});
