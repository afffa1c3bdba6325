/**
 * Several recordings of one venue replayed as one feed, the way a single edge collecting all their
 * symbols would have received them: records merged by receive time, each recording on connections
 * of its own. Raw files rotated by day (`spot-btcusdt_20240808.gz`, `spot-btcusdt_20240809.gz`) are
 * one recording: the later file continues the earlier one's connection, as it was recorded.
 * Records travel in arrays (see readCaptureChunks): an async step per record would cost more than
 * reading it.
 */
import { basename } from "node:path";
import { captureFormat, type CaptureItem, readCaptureChunks } from "./capture-records.ts";

/** Merged output is handed on in arrays of at most this many records (as many as a parsed slice). */
const MERGED_CHUNK = 512;

/** Paths grouped into recordings: a raw file's stem is its name without the `_YYYYMMDD.gz` rotation suffix. */
function recordingsOf(paths: readonly string[]): string[][] {
  const byStem = new Map<string, string[]>();
  for (const path of paths) {
    const stem = captureFormat(path) === "raw-ns" ? basename(path).replace(/_\d{8}\.gz$/, "") : path;
    byStem.set(stem, [...(byStem.get(stem) ?? []), path]);
  }
  return [...byStem.values()].map((files) => files.sort());
}

async function* readInOrder(files: readonly string[], connectionPrefix: string): AsyncGenerator<CaptureItem[]> {
  for (let i = 0; i < files.length; i++) yield* readCaptureChunks(files[i], { connectionPrefix, continues: i > 0 });
}

/** The records of `paths` as one feed, in arrays. */
export function readCaptureFeed(paths: readonly string[]): AsyncIterable<CaptureItem[]> {
  const recordings = recordingsOf(paths);
  if (recordings.length > 1) return merged(recordings.map((files, i) => readInOrder(files, `rec${i}.`)));
  return readInOrder(recordings[0], "");
}

/** The same feed one record at a time (tests, tools). */
export async function* readCaptures(paths: readonly string[]): AsyncGenerator<CaptureItem> {
  for await (const items of readCaptureFeed(paths)) yield* items;
}

async function* merged(sources: AsyncGenerator<CaptureItem[]>[]): AsyncGenerator<CaptureItem[]> {
  const chunks: Array<CaptureItem[] | undefined> = [];
  const at: number[] = [];
  for (const source of sources) {
    const first = await source.next();
    chunks.push(first.done ? undefined : first.value);
    at.push(0);
  }
  let out: CaptureItem[] = [];
  while (true) {
    // Every live source gets a current record; malformed lines go out as they come.
    for (let i = 0; i < sources.length; i++) {
      let chunk = chunks[i];
      while (chunk !== undefined) {
        if (at[i] >= chunk.length) {
          if (out.length > 0) {
            yield out;
            out = [];
          }
          const next = await sources[i].next();
          chunk = chunks[i] = next.done ? undefined : next.value;
          at[i] = 0;
          continue;
        }
        const item = chunk[at[i]];
        if (item.kind !== "malformed") break;
        out.push(item);
        at[i]++;
      }
    }
    let earliest = -1;
    let earliestNs = 0n;
    for (let i = 0; i < sources.length; i++) {
      const chunk = chunks[i];
      if (chunk === undefined) continue;
      const item = chunk[at[i]];
      if (item.kind === "malformed") continue;
      if (earliest < 0 || item.timeNs < earliestNs) {
        earliest = i;
        earliestNs = item.timeNs;
      }
    }
    if (earliest < 0) break;
    out.push(chunks[earliest]![at[earliest]++]);
    if (out.length >= MERGED_CHUNK) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}
