import { describe, expect, it } from "vitest";
import { quoteIdentifier, quoteString, tsvEscape, tsvFloat, tsvFloatArray, tsvStringArray } from "./sql-escape.ts";

describe("quoteString", () => {
  it("escapes quotes and backslashes so the literal cannot be closed early", () => {
    expect(quoteString("it's")).toBe("'it\\'s'");
    expect(quoteString("a\\")).toBe("'a\\\\'");
    expect(quoteString("x' OR 1=1 --")).toBe("'x\\' OR 1=1 --'");
    expect(quoteString("\\'")).toBe("'\\\\\\''");
  });
  it("escapes control characters and leaves other text alone", () => {
    expect(quoteString("a\tb\nc\rd\0e")).toBe("'a\\tb\\nc\\rd\\0e'");
    expect(quoteString("BTC/USDT:USDT ü ✓")).toBe("'BTC/USDT:USDT ü ✓'");
    expect(quoteString("")).toBe("''");
  });
});

describe("quoteIdentifier", () => {
  it("wraps in backticks and escapes backticks and backslashes", () => {
    expect(quoteIdentifier("metrics.key")).toBe("`metrics.key`");
    expect(quoteIdentifier("a`b\\c")).toBe("`a\\`b\\\\c`");
  });
  it("refuses an empty name", () => {
    expect(() => quoteIdentifier("")).toThrow(/empty/);
  });
});

describe("tsvEscape", () => {
  it("escapes what would break a row or a field", () => {
    expect(tsvEscape("a\tb\nc\\d\re\0")).toBe("a\\tb\\nc\\\\d\\re\\0");
  });
  it("returns plain text unchanged (quotes need no escaping in TSV)", () => {
    const plain = "BTC/USDT it's 123";
    expect(tsvEscape(plain)).toBe(plain);
  });
});

describe("TSV arrays and floats", () => {
  it("quotes array elements like literals so no raw tab or newline remains", () => {
    const field = tsvStringArray(["a\tb", "it's", "c\\d"]);
    expect(field).toBe("['a\\tb','it\\'s','c\\\\d']");
    expect(field).not.toMatch(/[\t\n]/);
    expect(tsvStringArray([])).toBe("[]");
  });
  it("spells floats the way ClickHouse reads them", () => {
    expect(tsvFloat(1.5)).toBe("1.5");
    expect(tsvFloat(1e-7)).toBe("1e-7");
    expect(tsvFloat(Number.NaN)).toBe("nan");
    expect(tsvFloat(Number.POSITIVE_INFINITY)).toBe("inf");
    expect(tsvFloat(Number.NEGATIVE_INFINITY)).toBe("-inf");
    expect(tsvFloatArray([1, Number.NaN])).toBe("[1,nan]");
  });
});
