import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { INDICATORS } from "../indicators/registry.ts";
import { runIndicatorsCli } from "./indicators.ts";

const dir = mkdtempSync(join(tmpdir(), "indicators-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  let out = "";
  let err = "";
  const code = runIndicatorsCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const candlesCsv = join(dir, "candles.csv");
writeFileSync(
  candlesCsv,
  "time,open,high,low,close,volume\n" +
    Array.from({ length: 40 }, (_, i) => `${1700000000 + 60 * i},${100 + i},${102 + i},${99 + i},${101 + (i % 5)},${10 + i}`).join("\n"),
);

describe("indicators CLI", () => {
  it("--list names every registered indicator with its parameters", () => {
    const { code, out } = run(["--list"]);
    expect(code).toBe(0);
    for (const name of INDICATORS.keys()) expect(out).toMatch(new RegExp(`^${name}[: ]`, "m"));
    expect(out).toMatch(/^macd:fast=12:slow=26:signal=9 .*→ macd, signal, hist \[TA-Lib MACD\]$/m);
  });

  it("--help prints usage and exits 0", () => {
    const { code, out } = run(["--help"]);
    expect(code).toBe(0);
    expect(out).toMatch(/--candles FILE/);
  });

  it("writes one column per output, empty during warm-up", () => {
    const outFile = join(dir, "out.csv");
    const { code } = run(["--candles", candlesCsv, "--indicators", "sma:3,macd:3:5:2", "--out", outFile]);
    expect(code).toBe(0);
    const lines = readFileSync(outFile, "utf8").trim().split("\n");
    expect(lines[0]).toBe("time_ms,sma_3,macd_3_5_2_macd,macd_3_5_2_signal,macd_3_5_2_hist");
    expect(lines).toHaveLength(41);
    expect(lines[1]).toBe("1700000000000,,,,");
    // sma:3 at the third bar: closes 101, 102, 103.
    expect(lines[3].split(",")[1]).toBe("102");
  });

  it.each([
    [["--candles", "x.csv"], /--indicators is required/],
    [["--indicators", "rsi"], /--candles is required/],
    [["--candles", "x.csv", "--indicators", "nope"], /unknown indicator "nope"/],
    [["--candles", "x.csv", "--indicators", "rsi:-1"], /period must be/],
    [["--bogus"], /Unknown option '--bogus'/],
  ])("bad arguments %j exit 2 with a clear message", (args, message) => {
    const { code, err } = run(args as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it("a missing candle file is a failure (exit 1), not a usage error", () => {
    const { code, err } = run(["--candles", join(dir, "missing.csv"), "--indicators", "rsi"]);
    expect(code).toBe(1);
    expect(err).toMatch(/ENOENT/);
  });

  it("runs as a process through tsx with exit code 2 on bad input", () => {
    const script = fileURLToPath(new URL("./indicators.ts", import.meta.url));
    const r = spawnSync(process.execPath, ["--import", "tsx", script, "--indicators", "rsi:0", "--candles", candlesCsv], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/period must be an integer/);
  });
});
