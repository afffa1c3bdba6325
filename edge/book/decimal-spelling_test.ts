/**
 * Spellings give back the venue's texts exactly: for every digit layout a spelling allows, and in a
 * book side, where spelled levels churn (split, merge, truncate, reload) beside levels with texts and
 * every text reader gives what a side fed only texts gives.
 */
import assert from "node:assert/strict";
import { levelSpelling, numberSpelling, spelledText, writeSpelled } from "./decimal-spelling.ts";
import { BookSide } from "./l2-book.ts";
import { layoutSample, randomText, rng } from "./book-test-kit.ts";

/** A decimal text's spelling, as a scanner finds it. */
function spellingOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? numberSpelling(text.length, 0) : numberSpelling(dot, text.length - dot - 1);
}

Deno.test("spelledText(Number(text), spelling) is the text, for every digit layout up to 15 digits", () => {
  const r = rng(5);
  for (let intDigits = 1; intDigits <= 15; intDigits++) {
    for (let fracDigits = 0; intDigits + fracDigits <= 15; fracDigits++) {
      for (let n = 0; n < 2000; n++) {
        const t = layoutSample(r, n, intDigits, fracDigits);
        assert.equal(spelledText(Number(t), spellingOf(t)), t);
      }
    }
  }
  assert.equal(numberSpelling(16, 0), 0);
  assert.equal(numberSpelling(8, 8), 0);
  assert.equal(levelSpelling(numberSpelling(2, 1), 0), 0);
});

Deno.test("writeSpelled lays down the text, after what is already in the buffer", () => {
  const r = rng(9);
  const out = new Uint8Array(16 * 400);
  let at = 0;
  let joined = "";
  for (let n = 0; n < 400; n++) {
    const t = randomText(r, 1 + Math.floor(r() * 7), Math.floor(r() * 8));
    at = writeSpelled(out, at, Number(t), spellingOf(t));
    joined += t;
  }
  assert.equal(new TextDecoder().decode(out.subarray(0, at)), joined);
});

for (const descending of [true, false]) {
  Deno.test(`BookSide (${descending ? "bids" : "asks"}): spelled levels read as texts and keep their memos until they change, under churn beside levels with texts`, () => {
    const r = rng(descending ? 3 : 4);
    const spelled = new BookSide(descending);
    const texts = new BookSide(descending);
    /** The memo each spelled level was given, by price, while it has not changed since. */
    const memos = new Map<number, number>();
    let mid = 1000;
    for (let step = 0; step < 20_000; step++) {
      mid += (r() - 0.5) * 2;
      const op = r();
      if (op < 0.001) {
        const depth = Math.floor(r() * 600);
        spelled.truncate(depth);
        texts.truncate(depth);
      } else if (op < 0.0015) {
        // A snapshot laid out by `load` (texts), then spelled levels set into its blocks.
        const rows: [string, string][] = [];
        for (let i = 0; i < 500; i++) {
          rows.push([(mid + (descending ? -i : i) * 0.5).toFixed(2), (r() * 10).toFixed(3)]);
        }
        const levels = rows.map(([p, s]) => [+p, +s] as [number, number]);
        spelled.load(levels, rows);
        texts.load(levels, rows);
        memos.clear();
      } else {
        const spread = r() < 0.7 ? 20 : 1000;
        const price = Math.max(0.5, Math.round((mid + (r() - 0.5) * spread) * 2) / 2);
        const size = r() < 0.4 ? 0 : Math.round(r() * 10_000) / 1000;
        const pt = price.toFixed(1 + Math.floor(r() * 3));
        const st = size.toFixed(3 + Math.floor(r() * 3));
        memos.delete(price);
        // Most levels spelled, some with texts (what the JSON path gives), on the same side.
        if (r() < 0.8) spelled.setSpelled(price, size, levelSpelling(spellingOf(pt), spellingOf(st)));
        else spelled.set(price, size, pt, st);
        texts.set(price, size, pt, st);
      }
      if (step % 53 !== 0) continue;
      const at = `step ${step}`;
      assert.deepEqual(spelled.prices, texts.prices, at);
      assert.deepEqual(spelled.priceTexts, texts.priceTexts, at);
      assert.deepEqual(spelled.sizeTexts, texts.sizeTexts, at);
      for (const i of [0, 1, 24, 127, 128, spelled.length - 1]) {
        assert.equal(spelled.priceTextAt(i), texts.priceTextAt(i), at);
        assert.equal(spelled.sizeTextAt(i), texts.sizeTextAt(i), at);
      }
      const from = Math.floor(r() * 25);
      // The texts book's best-first arrays: built by a walk of their own, not the visit's.
      const [prices, sizes, px, sz] = [texts.prices, texts.sizes, texts.priceTexts, texts.sizeTexts];
      let next = from;
      const n = spelled.visitLevels(from, 25, {
        level(rank, price, size, spelling, priceText, sizeText) {
          assert.equal(rank, next++, at);
          const p = spelling === 0 ? priceText : spelledText(price, spelling & 255);
          const s = spelling === 0 ? sizeText : spelledText(size, spelling >> 8);
          assert.deepEqual([price, p, s], [prices[rank], px[rank], sz[rank]], `${at} rank ${rank}`);
          assert.equal(memos.get(price), undefined, `${at} rank ${rank}: a level with a memo is remembered`);
          // A new memo, up to 2^37 (past int32), or none; kept by spelled levels only.
          const kept = r() < 0.1 ? 0 : 1 + Math.floor(r() * 2 ** 37 - 1);
          if (spelling !== 0 && kept !== 0) memos.set(price, kept);
          return kept;
        },
        remembered(rank, spelling, memo) {
          assert.equal(rank, next++, at);
          assert.equal(memo, memos.get(prices[rank]), `${at} rank ${rank} memo`);
          const spelledTexts = [
            spelledText(prices[rank], spelling & 255),
            spelledText(sizes[rank], spelling >> 8),
          ];
          assert.deepEqual(spelledTexts, [px[rank], sz[rank]], `${at} rank ${rank}`);
        },
      });
      assert.equal(n, Math.min(25, texts.length), at);
      assert.equal(next, Math.max(from, n), at);
    }
  });
}
