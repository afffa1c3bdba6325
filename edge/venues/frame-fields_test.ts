import assert from "node:assert/strict";
import { decimal, decimalText, MalformedFrame, textLevels } from "./frame-fields.ts";

Deno.test("decimal, decimalText and textLevels: malformed input throws MalformedFrame (no stack needed)", () => {
  assert.equal(decimal("61800.30", "p"), 61800.3);
  assert.equal(decimalText("0.10000000", "q"), "0.10000000");
  const levels = textLevels([["1.5", "0"], ["2", "3.25", "x"]], "b");
  assert.deepEqual([...levels], [["1.5", "0"], ["2", "3.25"]]);
  // The numbers read from the texts ride along (GuardedBook uses them instead of reading again).
  assert.deepEqual(levels.numbers, [1.5, 0, 2, 3.25]);
  for (
    const bad of [[["0", "1"]], [["1", "-1"]], [["1e999", "1"]], [["1", "abc"]], [[1, "1"]], [["1"]], "x"]
  ) {
    assert.throws(() => textLevels(bad, "b"), MalformedFrame, JSON.stringify(bad));
  }
  assert.throws(() => decimal("1e999", "p"), /out of range/);
  assert.throws(() => decimalText("", "p"), MalformedFrame);
  const e = new MalformedFrame("why");
  assert.ok(e instanceof Error && e instanceof MalformedFrame);
  assert.equal(e.name, "MalformedFrame");
  assert.equal(e.message, "why");
  assert.ok(
    typeof (Error as unknown as { stackTraceLimit: number }).stackTraceLimit === "number" &&
      (Error as unknown as { stackTraceLimit: number }).stackTraceLimit > 0,
    "the global limit is restored",
  );
});

Deno.test("secondsTextToNs equals the regex + BigInt reference, and rejects what it rejects", async () => {
  const { secondsTextToNs } = await import("./frame-fields.ts");
  const SECONDS = /^(\d{1,12})(?:\.(\d{1,9}))?$/;
  const reference = (v: string) => {
    const m = SECONDS.exec(v);
    return m ? BigInt(m[1]) * 1_000_000_000n + BigInt((m[2] ?? "").padEnd(9, "0")) : undefined;
  };
  let seed = 29;
  const r = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const cases = [
    "1618678133.365913",
    "1618678133",
    "0.5",
    "1.",
    ".5",
    "",
    "x",
    "1.1234567891",
    "1234567890123",
    "123456789012",
    "1618678133.365913",
    "1618678133.3659130",
    "-1.5",
    "1e9",
    "1.5 ",
  ];
  for (let k = 0; k < 20_000; k++) {
    let s = "";
    for (let i = Math.floor(r() * 16); i > 0; i--) {
      s += "0123456789.x"[Math.floor(r() * (r() < 0.9 ? 10 : 12))];
    }
    cases.push(s);
  }
  for (const c of cases) {
    const want = reference(c);
    if (want === undefined) assert.throws(() => secondsTextToNs(c, "t"), MalformedFrame, JSON.stringify(c));
    else assert.equal(secondsTextToNs(c, "t"), want, JSON.stringify(c));
  }
  assert.throws(() => secondsTextToNs(5, "t"), MalformedFrame);
});
