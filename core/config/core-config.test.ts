import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCoreConfig } from "./core-config.ts";

const TOKEN = "0123456789abcdef0123";

describe("loadCoreConfig", () => {
  it("applies env overrides over the file and defaults", () => {
    const dir = mkdtempSync(join(tmpdir(), "core-config-"));
    const file = join(dir, "core.json");
    writeFileSync(file, JSON.stringify({ ingest: { port: 1234, tokens: [TOKEN] }, http: { port: 9000 } }));
    const config = loadCoreConfig(file, { CORE_HTTP_PORT: "9100", CLICKHOUSE_URL: "http://127.0.0.1:8123" });
    expect(config.ingest.port).toBe(1234);
    expect(config.http.port).toBe(9100);
    expect(config.clickhouse.url).toBe("http://127.0.0.1:8123");
    expect(config.clickhouse.database).toBe("market");
  });

  it("reads tokens from a secrets file", () => {
    const dir = mkdtempSync(join(tmpdir(), "core-config-"));
    const file = join(dir, "tokens");
    writeFileSync(file, `${TOKEN}\n${TOKEN}x\n`);
    const config = loadCoreConfig(undefined, { CORE_INGEST_TOKENS_FILE: file });
    expect(config.ingest.tokens).toEqual([TOKEN, `${TOKEN}x`]);
  });

  it("names every bad field", () => {
    expect(() => loadCoreConfig(undefined, { CORE_INGEST_PORT: "99999", CORE_INGEST_TOKENS: "short" })).toThrow(
      /ingest\.port[\s\S]*ingest\.tokens\.0: ingest tokens must be at least 16 characters/,
    );
  });

  it("refuses to run without auth unless told it is local", () => {
    expect(() => loadCoreConfig(undefined, {})).toThrow(/ingest\.tokens is empty/);
    expect(loadCoreConfig(undefined, { CORE_ALLOW_INSECURE: "1" }).ingest.allowInsecure).toBe(true);
  });

  it("reports a malformed file clearly", () => {
    const dir = mkdtempSync(join(tmpdir(), "core-config-"));
    const file = join(dir, "bad.json");
    writeFileSync(file, "{ not json");
    expect(() => loadCoreConfig(file, {})).toThrow(/config .*bad\.json:/);
  });
});

describe("analytics config", () => {
  const local = { CORE_ALLOW_INSECURE: "1" };

  it("is on by default with 1m and 5m bars, 1m features and a 1m regime", () => {
    const { analytics } = loadCoreConfig(undefined, local);
    expect(analytics).toMatchObject({ enabled: true, timeframes: ["1m", "5m"], graceMs: 2000, features: { enabled: true, timeframes: ["1m"] }, regime: { enabled: true, timeframe: "1m" }, fusion: { enabled: true, intervalMs: 100, outlierK: 5 }, store: { enabled: true } });
  });

  it("takes CORE_ANALYTICS* overrides over the file", () => {
    const dir = mkdtempSync(join(tmpdir(), "core-config-"));
    const file = join(dir, "core.json");
    writeFileSync(file, JSON.stringify({ analytics: { timeframes: ["1m"], features: { dtype: "float32" }, fusion: { outlierK: 3 } } }));
    const { analytics } = loadCoreConfig(file, { ...local, CORE_ANALYTICS_TIMEFRAMES: "1s, 1m,5m", CORE_ANALYTICS_FEATURE_TIMEFRAMES: "1s", CORE_ANALYTICS_REFERENCE: "BTC/USDT", CORE_ANALYTICS_GRACE_MS: "500", CORE_ANALYTICS_STORE: "0" });
    expect(analytics).toMatchObject({ timeframes: ["1s", "1m", "5m"], graceMs: 500, features: { timeframes: ["1s"], reference: "BTC/USDT", dtype: "float32" }, fusion: { outlierK: 3 }, store: { enabled: false } });
    expect(loadCoreConfig(undefined, { ...local, CORE_ANALYTICS: "0" }).analytics.enabled).toBe(false);
  });

  it("names bad timeframes and a regime timeframe that is not built", () => {
    expect(() => loadCoreConfig(undefined, { ...local, CORE_ANALYTICS_TIMEFRAMES: "1m,7m,2x" })).toThrow(/analytics\.timeframes\.1: bad timeframe 7m[\s\S]*analytics\.timeframes\.2: bad timeframe/);
    expect(() => loadCoreConfig(undefined, { ...local, CORE_ANALYTICS_TIMEFRAMES: "5m" })).toThrow(/analytics\.regime\.timeframe: regime timeframe 1m is not among/);
    expect(() => loadCoreConfig(undefined, { ...local, CORE_ANALYTICS_GRACE_MS: "soon" })).toThrow(/analytics\.graceMs/);
  });
});
