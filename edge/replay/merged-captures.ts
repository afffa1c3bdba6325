/**
 * Several recordings of one venue replayed as one feed, the way a single edge collecting all their
 * symbols would have received them: records merged by receive time, each recording on connections
 * of its own. Raw files rotated by day (`spot-btcusdt_20240808.gz`, `spot-btcusdt_20240809.gz`) are
 * one recording: the later file continues the earlier one's connection, as it was recorded.
 */
import { basename } from "node:path";
import { captureFormat, type CaptureRecord, type MalformedLine, readCapture } from "./capture-records.ts";

type Item = CaptureRecord | MalformedLine;

/** Paths grouped into recordings: a raw file's stem is its name without the `_YYYYMMDD.gz` rotation suffix. */
function recordingsOf(paths: readonly string[]): string[][] {
  const byStem = new Map<string, string[]>();
  for (const path of paths) {
    const stem = captureFormat(path) === "raw-ns" ? basename(path).replace(/_\d{8}\.gz$/, "") : path;
    byStem.set(stem, [...(byStem.get(stem) ?? []), path]);
  }
  return [...byStem.values()].map((files) => files.sort());
}

async function* readInOrder(files: readonly string[], connectionPrefix: string): AsyncGenerator<Item> {
  for (let i = 0; i < files.length; i++) yield* readCapture(files[i], { connectionPrefix, continues: i > 0 });
}

/** Each async layer costs every record a hop (~1 µs at replay rates), so a lone file is read directly. */
export function readCaptures(paths: readonly string[]): AsyncIterable<Item> {
  const recordings = recordingsOf(paths);
  if (recordings.length > 1) return merged(recordings.map((files, i) => readInOrder(files, `rec${i}.`)));
  return recordings[0].length === 1 ? readCapture(recordings[0][0]) : readInOrder(recordings[0], "");
}

async function* merged(sources: AsyncGenerator<Item>[]): AsyncGenerator<Item> {
  const heads: Array<CaptureRecord | undefined> = new Array(sources.length);
  const malformed: MalformedLine[] = [];
  /** Next record of source i into heads[i]; its malformed lines are passed on as they come. */
  const advance = async (i: number) => {
    while (true) {
      const next = await sources[i].next();
      if (next.done) {
        heads[i] = undefined;
        return;
      }
      if (next.value.kind !== "malformed") {
        heads[i] = next.value;
        return;
      }
      malformed.push(next.value);
    }
  };
  for (let i = 0; i < sources.length; i++) await advance(i);
  while (true) {
    while (malformed.length > 0) yield malformed.shift()!;
    let earliest = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (head !== undefined && (earliest < 0 || head.timeNs < heads[earliest]!.timeNs)) earliest = i;
    }
    if (earliest < 0) return;
    yield heads[earliest]!;
    await advance(earliest);
  }
}
