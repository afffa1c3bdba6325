/**
 * Stream a text file as lines, gunzipping `.gz` on the fly, so a capture of any size is replayed in
 * constant memory instead of being read into one giant string. Lines come in arrays, one per 256 KB
 * of text: replay reads hundreds of thousands of lines per second, and an async step per line (with
 * a web stream per stage) cost more than parsing them. node:zlib inflates about twice as fast here
 * as DecompressionStream. 256 KB chunks read the six Binance recordings as fast as 1 MB ones
 * (218-235 vs 227-267 ms) while each chunk's decode and split holds the event loop ~0.5 ms instead of
 * ~2 ms (max ~3 vs ~4-9 ms): a paced replay's batches wait behind that.
 */
import { createReadStream } from "node:fs";
import { pipeline, type Readable } from "node:stream";
import { createGunzip } from "node:zlib";

const CHUNK_BYTES = 1 << 18;

/** Lines of `path` without their terminators (`\n` or `\r\n`), in chunks; a final unterminated line is kept. */
export async function* readLineChunks(path: string): AsyncGenerator<string[]> {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  let bytes: Readable = file;
  if (path.endsWith(".gz")) {
    // pipeline() carries a read error of the file into the gunzip stream, which the loop then throws.
    bytes = pipeline(file, createGunzip({ chunkSize: CHUNK_BYTES }), () => {});
  }
  yield* splitLines(bytes);
}

/** Lines one at a time (tests and small files). */
export async function* readLines(path: string): AsyncGenerator<string> {
  for await (const lines of readLineChunks(path)) yield* lines;
}

/** Byte chunks → arrays of lines; UTF-8 sequences and CRLF split across chunks are joined. */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string[]> {
  const decoder = new TextDecoder();
  let rest = "";
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    const firstEnd = text.indexOf("\n");
    if (firstEnd < 0) {
      rest += text;
      continue;
    }
    // Only the first line is joined to the previous chunk's rest: splitting `rest + text` flattened the
    // joined string first, a copy of every chunk (the replaying edge's largest garbage after the text).
    const lines = [withoutCr(rest + text.slice(0, firstEnd))];
    const more = text.slice(firstEnd + 1).split("\n");
    rest = more.pop()!;
    for (let i = 0; i < more.length; i++) lines.push(withoutCr(more[i]));
    yield lines;
  }
  rest += decoder.decode();
  if (rest.length > 0) yield [withoutCr(rest)];
}

function withoutCr(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
