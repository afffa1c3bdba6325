import assert from "node:assert/strict";
import { Spool } from "./spool.ts";

const bytes = (n: number, fill: number) => new Uint8Array(n).fill(fill);

Deno.test("spool: unacked batches, seq and cursor survive a reopen; acked ones are gone", async () => {
  const dir = Deno.makeTempDirSync();
  const spool = Spool.open(dir);
  assert.equal(spool.nextSeq, 1);
  for (let seq = 1; seq <= 5; seq++) assert.ok(spool.append(seq, bytes(100, seq), `cursor-${seq}`));
  spool.ack(2);
  await spool.close();
  const reopened = Spool.open(dir);
  assert.equal(reopened.nextSeq, 6);
  assert.equal(reopened.cursor, "cursor-5");
  assert.deepEqual([...reopened.unacked()].map((b) => [b.seq, b.bytes[0], b.bytes.length]), [[3, 3, 100], [4, 4, 100], [5, 5, 100]]);
  await reopened.close();
});

Deno.test("spool: a torn record at the tail (killed mid-write) is cut off, the rest kept", async () => {
  const dir = Deno.makeTempDirSync();
  const spool = Spool.open(dir);
  spool.append(1, bytes(50, 1), "a");
  spool.append(2, bytes(50, 2), "b");
  await spool.close();
  const segment = [...Deno.readDirSync(dir)].find((e) => e.name.startsWith("seg-"))!.name;
  const data = Deno.readFileSync(`${dir}/${segment}`);
  Deno.writeFileSync(`${dir}/${segment}`, data.subarray(0, data.length - 10));
  const reopened = Spool.open(dir);
  assert.deepEqual([...reopened.unacked()].map((b) => b.seq), [1]);
  // state.json said 2 was written: its seq is never reused, but the replay resumes after record 1.
  assert.equal(reopened.nextSeq, 3);
  assert.equal(reopened.cursor, "a");
  assert.ok(reopened.append(3, bytes(50, 9), "b2"));
  await reopened.close();
});

Deno.test("spool: memory is bounded; evicted batches are read back from disk", async () => {
  const dir = Deno.makeTempDirSync();
  const spool = Spool.open(dir, { maxMemoryBytes: 1000 });
  for (let seq = 1; seq <= 20; seq++) spool.append(seq, bytes(200, seq));
  const stats = spool.stats();
  assert.ok(stats.memoryBytes <= 1000);
  assert.ok(stats.spilledBatches >= 15);
  const all = [...spool.unacked()];
  assert.equal(all.length, 20);
  assert.ok(all.every((b) => b.bytes.length === 200 && b.bytes.every((x) => x === b.seq)));
  // The oldest were spilled first: acking them leaves only batches still in memory, none spilled.
  spool.ack(stats.spilledBatches);
  assert.equal(spool.stats().spilledBatches, 0);
  assert.equal(spool.stats().unackedBatches, 20 - stats.spilledBatches);
  await spool.close();
  // After a restart every unacked batch is on disk only.
  const reopened = Spool.open(dir, { maxMemoryBytes: 1000 });
  assert.equal(reopened.stats().spilledBatches, 20 - stats.spilledBatches);
  await reopened.close();
});

Deno.test("spool: at the disk cap new batches are refused and counted, never silently lost", async () => {
  const dir = Deno.makeTempDirSync();
  const spool = Spool.open(dir, { maxDiskBytes: 1000 });
  assert.ok(spool.append(1, bytes(400, 1)));
  assert.ok(spool.append(2, bytes(400, 2)));
  assert.equal(spool.append(3, bytes(400, 3)), false);
  assert.equal(spool.stats().droppedBatches, 1);
  spool.ack(2);
  assert.ok(spool.append(3, bytes(400, 3)), "space is freed once acked segments are deleted");
  await spool.close();
});

Deno.test("spool: fully acked segments are deleted from disk", async () => {
  const dir = Deno.makeTempDirSync();
  const spool = Spool.open(dir, { segmentBytes: 500 });
  for (let seq = 1; seq <= 10; seq++) spool.append(seq, bytes(200, seq));
  const before = [...Deno.readDirSync(dir)].filter((e) => e.name.startsWith("seg-")).length;
  spool.ack(5);
  const middle = [...Deno.readDirSync(dir)].filter((e) => e.name.startsWith("seg-")).map((e) => e.name).sort();
  assert.ok(middle.length < before && middle.length > 0, "segments before the oldest unacked batch's are gone");
  assert.deepEqual([...spool.unacked()].map((b) => b.seq), [6, 7, 8, 9, 10]);
  // What is left on disk still holds every unacked batch: a restart reads them all back.
  await spool.stateWritten();
  const afterCrash = Spool.open(dir, { segmentBytes: 500 });
  assert.deepEqual([...afterCrash.unacked()].map((b) => [b.seq, b.bytes[0]]), [[6, 6], [7, 7], [8, 8], [9, 9], [10, 10]]);
  await afterCrash.close();
  spool.ack(10);
  const after = [...Deno.readDirSync(dir)].filter((e) => e.name.startsWith("seg-")).length;
  assert.ok(before >= 5);
  assert.equal(after, 0);
  assert.equal(spool.stats().diskBytes, 0);
  await spool.close();
});

Deno.test("spool: acks rewrite state.json in the background; a spool reopened after a crash resends only what followed", async () => {
  const dir = Deno.makeTempDirSync();
  const spool = Spool.open(dir, { ackPersistMs: 0 });
  for (let seq = 1; seq <= 5; seq++) spool.append(seq, bytes(100, seq), `cursor-${seq}`);
  spool.ack(2);
  spool.ack(3);
  await spool.stateWritten();
  assert.equal(spool.stats().stateWriteErrors, 0);
  // The first spool is never closed: what a killed edge leaves behind.
  const afterCrash = Spool.open(dir);
  assert.deepEqual([...afterCrash.unacked()].map((b) => b.seq), [4, 5]);
  assert.equal(afterCrash.nextSeq, 6);
  await afterCrash.close();
  await spool.close();
});
