import { describe, expect, it } from "vitest";
import { createHttpApp, type StatsOptions } from "./http-app.ts";

function app() {
  const asked: StatsOptions[] = [];
  const http = createHttpApp({
    health: () => ({ ok: true, checks: {} }),
    metrics: () => [],
    stats: (options) => (asked.push(options), { ok: 1 }),
  });
  return { http, asked };
}

describe("core HTTP app: /stats", () => {
  it("passes latencySince through as a number, and nothing without it", async () => {
    const { http, asked } = app();
    expect((await http.request("/stats")).status).toBe(200);
    const since = await http.request("/stats?latencySince=1723161255000");
    expect(since.status).toBe(200);
    expect(await since.json()).toEqual({ ok: 1 });
    expect(asked).toEqual([{ latencySinceMs: undefined }, { latencySinceMs: 1723161255000 }]);
  });

  it("refuses a bad query with 400 and says why, without calling stats", async () => {
    const { http, asked } = app();
    for (const query of ["latencySince=soon", "latencySince=-5", "latencySince=1.5", "since=1"]) {
      const res = await http.request(`/stats?${query}`);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/bad query/);
    }
    expect(asked).toEqual([]);
  });
});
