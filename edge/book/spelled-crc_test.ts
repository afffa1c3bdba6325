/**
 * Registers taken from spelled numbers (./spelled-crc.ts) equal the registers of their texts'
 * bytes: for every digit layout a spelling allows (beyond int32 too), at every distance from the
 * end of the text that a 34-byte OKX piece gives, and XORed together into whole texts.
 */
import assert from "node:assert/strict";
import { numberSpelling } from "./decimal-spelling.ts";
import { crc32Register } from "./crc32.ts";
import { byteRegister, spelledRegister } from "./spelled-crc.ts";
import { layoutSample, randomText, rng } from "./book-test-kit.ts";

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** The register (from 0) of `text` followed by `after` zero bytes: its part, as the bytes give it. */
function partOfText(text: string, after: number): number {
  const bytes = new Uint8Array(text.length + after);
  bytes.set(ascii(text));
  return crc32Register(bytes, 0, bytes.length);
}

Deno.test("spelledRegister is the register part of the number's text, for every digit layout", () => {
  const r = rng(11);
  for (let intDigits = 1; intDigits <= 15; intDigits++) {
    for (let fracDigits = 0; intDigits + fracDigits <= 15; fracDigits++) {
      const spelling = numberSpelling(intDigits, fracDigits);
      for (let n = 0; n < 60; n++) {
        const t = layoutSample(r, n, intDigits, fracDigits);
        const after = Math.floor(r() * (40 - t.length));
        assert.equal(spelledRegister(Number(t), spelling, after), partOfText(t, after), `${t} + ${after}`);
      }
    }
  }
});

/** A decimal text's spelling, as a scanner finds it. */
function spellingOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? numberSpelling(text.length, 0) : numberSpelling(dot, text.length - dot - 1);
}

Deno.test("the parts of an OKX piece XOR to the register of its bytes", () => {
  const r = rng(12);
  // Up to 15 digits: what a spelling holds.
  const number = () => randomText(r, 1 + Math.floor(r() * 8), r() < 0.3 ? 0 : 1 + Math.floor(r() * 7));
  for (let n = 0; n < 5000; n++) {
    const price = number();
    const size = number();
    const text = `:${price}:${size}`;
    const parts = byteRegister(58, text.length - 1) ^
      spelledRegister(Number(price), spellingOf(price), size.length + 1) ^
      byteRegister(58, size.length) ^ spelledRegister(Number(size), spellingOf(size), 0);
    assert.equal(parts, crc32Register(ascii(text), 0, text.length), text);
  }
});
