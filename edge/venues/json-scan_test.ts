/**
 * The word-at-a-time readers of ./json-scan.ts give exactly what their byte loops give: `Literal`
 * what a byte-by-byte comparison gives, `longStringEnd` what `stringEnd` gives, at every offset,
 * the end of the frame and of its buffer included.
 */
import assert from "node:assert/strict";
import { FAIL, FrameBytes, Literal, longStringEnd, stringEnd } from "./json-scan.ts";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

Deno.test("longStringEnd == stringEnd wherever a quote, backslash or control byte falls", () => {
  const rand = rng(3);
  const frame = new FrameBytes();
  const specials = ['"', "\\", "\u0000", "\u0001", "\t", "\n", "\u001f"];
  for (let trial = 0; trial < 20_000; trial++) {
    const n = 1 + Math.floor(rand() * 40);
    let text = "";
    for (let k = 0; k < n; k++) {
      // Mostly bytes next to the special ones (0x20-0x23, 0x5b-0x5d), so that near misses are tried.
      const pool = " !#$[]-.:0123456789TZabc";
      text += rand() < 0.08
        ? specials[Math.floor(rand() * specials.length)]
        : pool[Math.floor(rand() * pool.length)];
    }
    const b = frame.load(text)!;
    for (let i = 0; i <= n; i++) {
      assert.equal(longStringEnd(frame, b, i), stringEnd(b, i), `${JSON.stringify(text)} @${i}`);
    }
  }
});

Deno.test("longStringEnd: a string running to the end of the frame is unterminated", () => {
  const frame = new FrameBytes();
  const text = "x".repeat(4096 - 8); // fills the buffer to its last word
  const b = frame.load(text)!;
  assert.equal(longStringEnd(frame, b, 0), FAIL);
  assert.equal(longStringEnd(frame, frame.load(text + '"')!, 5), 4096 - 8);
});

Deno.test("Literal.at == a byte-by-byte comparison, at every offset and at the buffer's end", () => {
  const rand = rng(5);
  const frame = new FrameBytes();
  for (const word of ['{"side":"', "offer", '","event_time":"', ',"new_quantity":', "ab", "x"]) {
    const literal = new Literal(word);
    for (let trial = 0; trial < 2000; trial++) {
      // The word, damaged or cut, among filler.
      let text = "-".repeat(Math.floor(rand() * 6)) + word + "-".repeat(Math.floor(rand() * 6));
      if (rand() < 0.5) {
        const at = Math.floor(rand() * text.length);
        text = text.slice(0, at) + (rand() < 0.5 ? "" : "#") + text.slice(at + 1);
      }
      const b = frame.load(text)!;
      for (let i = 0; i <= text.length; i++) assert.equal(literal.at(frame, b, i), text.startsWith(word, i));
    }
    const full = frame.load("-".repeat(4096 - 8 - word.length + 1) + word.slice(0, -1))!;
    assert.equal(literal.at(frame, full, 4096 - 8 - word.length + 1), false);
  }
});
