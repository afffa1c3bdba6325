/**
 * The OKX checksum over spelled levels (what the frame scanner gives: numbers and their texts'
 * spellings, written back digit by digit) is the checksum over the venue's texts, on every book frame
 * of the capture: each equals the venue's own, by the cached bytes and by the plain string alike.
 */
import assert from "node:assert/strict";
import { L2Book } from "../../book/l2-book.ts";
import { crc32Signed } from "../../book/crc32.ts";
import { okxChecksum, okxChecksumText } from "./checksum.ts";
import { BOOK, OkxFrameScanner } from "./frame-scanner.ts";
import { loadCapture } from "../test-captures.ts";

const recs = await loadCapture("okx/okx-v5_2022-05-13.jsonl");

Deno.test({
  name:
    "okx checksum: spelled levels check the same as the venue's texts, on every book frame of the capture",
  ignore: recs === undefined,
  fn() {
    const sc = new OkxFrameScanner();
    const spelled = new Map<string, L2Book>();
    const texts = new Map<string, L2Book>();
    let checked = 0;
    for (const r of recs!) {
      if (r.kind !== "recv" || sc.scan(r.msg) !== BOOK) continue;
      // deno-lint-ignore no-explicit-any
      const d: any = JSON.parse(r.msg).data[0];
      if (!spelled.has(sc.instId) || sc.action === "snapshot") {
        spelled.set(sc.instId, new L2Book());
        texts.set(sc.instId, new L2Book());
      }
      const a = spelled.get(sc.instId)!;
      const b = texts.get(sc.instId)!;
      for (const [side, levels] of [["bids", sc.bids], ["asks", sc.asks]] as const) {
        for (let i = 0; i < levels.length; i++) {
          a[side].setSpelled(levels.numbers[2 * i], levels.numbers[2 * i + 1], levels.spellings[i]);
        }
        for (const [p, s] of d[side]) b[side].set(Number(p), Number(s), p, s);
        a[side].truncate(400);
        b[side].truncate(400);
      }
      assert.equal(okxChecksumText(a), okxChecksumText(b));
      assert.equal(okxChecksum(a), d.checksum);
      assert.equal(okxChecksum(b), d.checksum);
      assert.equal(crc32Signed(okxChecksumText(a)), d.checksum);
      checked++;
    }
    assert.equal(checked, 290);
  },
});
