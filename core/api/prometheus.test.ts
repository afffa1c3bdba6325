import { describe, expect, it } from "vitest";
import { renderPrometheus } from "./prometheus.ts";

describe("renderPrometheus", () => {
  it("writes HELP/TYPE once per metric and escapes label values", () => {
    const text = renderPrometheus([
      {
        name: "core_events_total",
        help: "Events accepted",
        type: "counter",
        samples: [{ labels: { type: "trade" }, value: 3 }, { labels: { type: 'we"ird\\x' }, value: 1 }],
      },
      { name: "core_up", help: "Up", type: "gauge", samples: [{ value: 1 }] },
    ]);
    expect(text).toBe(
      [
        "# HELP core_events_total Events accepted",
        "# TYPE core_events_total counter",
        'core_events_total{type="trade"} 3',
        'core_events_total{type="we\\"ird\\\\x"} 1',
        "# HELP core_up Up",
        "# TYPE core_up gauge",
        "core_up 1",
        "",
      ].join("\n"),
    );
  });

  it("spells non-finite values the Prometheus way", () => {
    const text = renderPrometheus([{ name: "g", help: "h", type: "gauge", samples: [{ value: NaN }, { value: Infinity }] }]);
    expect(text).toContain("g NaN\n");
    expect(text).toContain("g +Inf\n");
  });
});
