/**
 * BookSide's top-change mark (`trackTop` / `takeTopChanges`) and the checksum caches built on it
 * (okx/checksum.ts, kraken/checksum.ts): random sets, deletes, sorted batches, truncations, snapshot
 * loads and clears on deep books (blocks split and merge), with after every step
 *  - every level better than the reported rank exactly as before (price, size and texts), and
 *  - each cached checksum equal to the checksum recomputed from the whole text.
 */
import assert from "node:assert/strict";
import { BookSide, L2Book } from "./l2-book.ts";
import { crc32, crc32Signed } from "./crc32.ts";
import { okxChecksum, okxChecksumText } from "../venues/okx/checksum.ts";
import { krakenChecksum, krakenChecksumText } from "../venues/kraken/checksum.ts";
import type { Level } from "../normalize/events.ts";
import { rng } from "./book-test-kit.ts";

type Top = [number, number, string | undefined, string | undefined][];

function top(side: BookSide, n: number): Top {
  const out: Top = [];
  side.forEachLevel((p, s, pt, st) => void out.push([p, s, pt, st]), n);
  return out;
}

/** One random change to `side`; prices on a grid around 1000 so that levels meet again. */
function mutate(side: BookSide, rand: () => number, textless = true): void {
  const at = (n: number) => Math.floor(rand() * n);
  const price = () => {
    // Mostly near the top, sometimes deep.
    const off = rand() < 0.7 ? at(40) : at(600);
    return side.descending ? 1000 - off : 1001 + off;
  };
  const sizeText = () => (rand() < 0.2 ? "0" : `${at(50) + 1}.${at(10)}${rand() < 0.3 ? "0" : ""}`);
  const op = rand();
  if (op < 0.7) {
    const p = price();
    const st = sizeText();
    side.set(p, Number(st), p.toFixed(1), st);
  } else if (op < 0.8 && textless) {
    // Sorted batches carry no texts (Binance's path); kept off books a checksum reads.
    const levels: Level[] = [];
    let p = price();
    for (let k = at(8); k > 0; k--) {
      levels.push([p, rand() < 0.3 ? 0 : at(9) + 1]);
      p += side.descending ? -(at(5) + 1) : at(5) + 1;
    }
    side.setLevels(levels);
  } else if (op < 0.9) {
    side.truncate(at(400) + (rand() < 0.1 ? 0 : 20));
  } else if (op < 0.97) {
    const levels: Level[] = [];
    const texts: [string, string][] = [];
    for (let k = 0; k < at(500); k++) {
      const p = side.descending ? 1000 - k : 1001 + k;
      const st = `${at(9) + 1}`;
      levels.push([p, Number(st)]);
      texts.push([p.toFixed(1), st]);
    }
    side.load(levels, texts);
  } else side.clear();
}

Deno.test("book side: takeTopChanges marks the best rank that changed; better ranks are as they were", () => {
  const rand = rng(7);
  for (const descending of [true, false]) {
    const side = new BookSide(descending);
    const CAP = 25;
    side.trackTop(CAP);
    let before = top(side, CAP);
    assert.equal(side.takeTopChanges(), 0);
    before = top(side, CAP);
    for (let step = 0; step < 6000; step++) {
      const ops = 1 + Math.floor(rand() * 5);
      for (let k = 0; k < ops; k++) mutate(side, rand);
      const from = side.takeTopChanges();
      assert.ok(from >= 0 && from <= CAP, `mark ${from}`);
      const after = top(side, CAP);
      assert.deepEqual(after.slice(0, from), before.slice(0, from), `step ${step}: ranks below ${from}`);
      if (from === CAP) assert.deepEqual(after, before, `step ${step}: no change reported`);
      assert.equal(side.takeTopChanges(), CAP, "the mark resets");
      before = after;
    }
  }
});

Deno.test("book side: untracked sides report nothing, copyTextRange reads any rank window", () => {
  const side = new BookSide(false);
  const levels: Level[] = [];
  const texts: [string, string][] = [];
  for (let k = 0; k < 300; k++) {
    levels.push([100 + k, k + 1]);
    texts.push([`${100 + k}`, `${k + 1}`]);
  }
  side.load(levels, texts);
  for (let k = 0; k < 200; k += 3) side.set(100 + k + 0.5, 1, `${100 + k}.5`, "1"); // splits blocks
  const px: (string | undefined)[] = [];
  const sz: (string | undefined)[] = [];
  // The texts as the per-level iteration gives them (its own walk of the blocks).
  const all = top(side, Infinity);
  for (const [from, to] of [[0, 25], [3, 25], [24, 25], [60, 200], [0, 1000], [400, 500], [10, 10]]) {
    px.length = 0;
    sz.length = 0;
    const n = side.copyTextRange(from, to, px, sz);
    assert.equal(n, Math.min(to, side.length));
    for (let r = from; r < n; r++) {
      assert.equal(px[r], all[r][2]);
      assert.equal(sz[r], all[r][3]);
    }
  }
  assert.equal(side.copyTopTexts(Infinity, px, sz), side.length);
  assert.deepEqual([px, sz], [all.map((l) => l[2]), all.map((l) => l[3])]);
});

Deno.test("okx/kraken checksums: the cached top text always equals the text recomputed from the book", () => {
  const rand = rng(11);
  const okx = new L2Book();
  const kraken = new L2Book();
  let checks = 0;
  for (let step = 0; step < 5000; step++) {
    for (const book of [okx, kraken]) {
      const ops = 1 + Math.floor(rand() * 4);
      for (let k = 0; k < ops; k++) mutate(rand() < 0.5 ? book.bids : book.asks, rand, book === okx);
    }
    // Not every update carries a checksum: changes then add up until the next one.
    if (rand() < 0.2) continue;
    assert.equal(okxChecksum(okx), crc32Signed(okxChecksumText(okx)), `okx step ${step}`);
    assert.equal(krakenChecksum(kraken), crc32(krakenChecksumText(kraken)), `kraken step ${step}`);
    checks++;
  }
  assert.ok(checks > 3000);
});
