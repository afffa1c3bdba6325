import assert from "node:assert/strict";
import { decimalNumber, isDecimalText, parseDecimal } from "./decimal-text.ts";

const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const FIXED = [
  "",
  "-",
  ".",
  "-.",
  "0",
  "00",
  "-0",
  "1.",
  ".5",
  "-.5",
  "1.5",
  "1e5",
  "1E+5",
  "1e-5",
  "1e",
  "1e+",
  "e5",
  ".e5",
  "1.5.5",
  "1..5",
  " 1",
  "1 ",
  "+1",
  "0x10",
  "Infinity",
  "NaN",
  "1e999",
  "١",
  "1\u0000",
  "9".repeat(400),
  "61800.30",
  "0.00000001",
  "123456789012345",
  "1234567890123456",
  "9007199254740993",
  "0.1000000000000001",
  "12345678901.2345",
  "99999999999999.9",
  "-0.0",
];

function corpus(): string[] {
  const r = rng(41);
  const out = [...FIXED];
  for (let k = 0; k < 60_000; k++) {
    let s = "";
    for (let i = Math.floor(r() * 18); i > 0; i--) {
      s += "0123456789.-+eE x"[Math.floor(r() * (r() < 0.85 ? 11 : 17))];
    }
    out.push(s);
  }
  for (let k = 0; k < 60_000; k++) {
    const int = String(Math.floor(r() * 10 ** Math.floor(r() * 12)));
    out.push(
      r() < 0.8 ? `${int}.${String(Math.floor(r() * 1e9)).padStart(Math.floor(1 + r() * 10), "0")}` : int,
    );
  }
  return out;
}

Deno.test("isDecimalText accepts exactly what the decimal grammar does", () => {
  for (const s of corpus()) assert.equal(isDecimalText(s), DECIMAL.test(s), JSON.stringify(s));
});

Deno.test("parseDecimal is Number() bit for bit on decimals, NaN on anything else; decimalNumber is +text", () => {
  for (const s of corpus()) {
    const want = DECIMAL.test(s) ? Number(s) : NaN;
    assert.ok(Object.is(parseDecimal(s), want), `${JSON.stringify(s)}: ${parseDecimal(s)} vs ${want}`);
    assert.ok(Object.is(decimalNumber(s), +s), JSON.stringify(s));
  }
});
