/**
 * Registers taken from spelled numbers (./spelled-crc.ts) equal the registers of their texts'
 * bytes: for every digit layout a spelling allows (beyond int32 too), at every distance from the
 * end of the text that a 34-byte OKX piece gives, and XORed together into whole texts.
 */
import assert from "node:assert/strict";
import { numberSpelling } from "./decimal-spelling.ts";
import { crc32Register } from "./crc32.ts";
import { byteRegister, spelledRegister } from "./spelled-crc.ts";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomText(r: () => number, intDigits: number, fracDigits: number): string {
  let t = "";
  for (let i = 0; i < intDigits; i++) t += String(Math.floor(r() * 10));
  if (fracDigits > 0) t += ".";
  for (let i = 0; i < fracDigits; i++) t += String(Math.floor(r() * 10));
  return t;
}

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
        // All zeros and all nines: where a digit taken from the wrong power of ten would show.
        const t = n === 0
          ? randomText(() => 0, intDigits, fracDigits)
          : n === 1
          ? randomText(() => 0.99, intDigits, fracDigits)
          : randomText(r, intDigits, fracDigits);
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
