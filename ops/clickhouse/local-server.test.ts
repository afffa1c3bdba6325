import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { getPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, onTestFailed } from "vitest";
import { localClickHouseStatus, startLocalClickHouse, stopLocalClickHouse } from "./local-server.ts";

const dataDir = mkdtempSync(join(tmpdir(), "local-clickhouse-test-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function sql(url: string, query: string): Promise<string> {
  const res = await fetch(url, { method: "POST", body: query, headers: { connection: "close" } });
  const text = await res.text();
  if (!res.ok) throw new Error(text);
  return text.trim();
}

describe("local ClickHouse launcher", () => {
  it("starts on 127.0.0.1, keeps its data and port across a stop and a start, and stops cleanly", async () => {
    const first = await startLocalClickHouse({ name: "launcher", dataDir });
    onTestFailed(async () => {
      await stopLocalClickHouse("launcher", dataDir);
    });
    expect(first.url).toBe(`http://127.0.0.1:${first.httpPort}`);
    expect(first.adopted).toBe(false);
    // Every server thread runs below the caller's priority (nice 10 by default), not only the first one.
    const nicenessOf = (task: string) => Number(readFileSync(`/proc/${first.pid}/task/${task}/stat`, "utf8").split(") ")[1].split(" ")[16]);
    const tasks = readdirSync(`/proc/${first.pid}/task`);
    expect(tasks.length).toBeGreaterThan(1);
    expect(new Set(tasks.map(nicenessOf))).toEqual(new Set([Math.min(19, getPriority() + 10)]));
    const config = readFileSync(join(dataDir, "config.xml"), "utf8");
    expect(config).toContain("<listen_host>127.0.0.1</listen_host>");
    expect(config).not.toMatch(/<interserver_http_port>|<mysql_port>|\{\{[A-Z_]+\}\}/);
    await sql(first.url, "CREATE TABLE kept (x UInt8) ENGINE = MergeTree() ORDER BY x");
    await sql(first.url, "INSERT INTO kept VALUES (42)");

    await first.stop();
    expect((await localClickHouseStatus("launcher", dataDir)).running).toBe(false);
    await expect(fetch(`${first.url}/ping`)).rejects.toThrow();

    const second = await startLocalClickHouse({ name: "launcher", dataDir });
    try {
      expect(second.httpPort).toBe(first.httpPort);
      expect(await sql(second.url, "SELECT x FROM kept")).toBe("42");
      const again = await startLocalClickHouse({ name: "launcher", dataDir });
      expect(again.adopted).toBe(true);
      expect(again.pid).toBe(second.pid);
      const status = await localClickHouseStatus("launcher", dataDir);
      expect(status).toMatchObject({ running: true, answering: true, pid: second.pid, url: second.url });
    } finally {
      expect(await stopLocalClickHouse("launcher", dataDir)).toBe(true);
    }
    expect(await stopLocalClickHouse("launcher", dataDir)).toBe(false);
  });

  it("reports a server that does not come up, with its log tail, and leaves no process behind", async () => {
    await expect(startLocalClickHouse({ name: "slow", dataDir: join(dataDir, "slow"), startTimeoutMs: 1 })).rejects.toThrow(/did not answer .*\/ping in time/);
    expect((await localClickHouseStatus("slow", join(dataDir, "slow"))).running).toBe(false);
  });

  it("refuses instance names that could escape the data folder", async () => {
    await expect(startLocalClickHouse({ name: "../etc" })).rejects.toThrow(/instance name/);
  });

  it("has a CLI with --help", () => {
    const cli = fileURLToPath(new URL("./local-server.ts", import.meta.url));
    const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
    const help = execFileSync(tsx, [cli, "--help"], { encoding: "utf8" });
    expect(help).toMatch(/start\|stop\|restart\|status/);
  });
});
