/**
 * Where the tick writer keeps a table's insert body while it waits to be flushed: each batch's RowBinary
 * part is copied into large chunks that are reused once every part in them is stored.
 *
 * Why: a part held as its own buffer lives up to the 1 s flush age, so V8 promotes it to the old
 * generation, where only a full mark-compact frees it. The core allocated ~10-15 MB/s of such buffers in
 * the paced benchmark, and each 64 MB of them forced a mark-compact ("external memory pressure") whose
 * 5-20 ms pause lands on the tick path. Reused chunks keep that memory flat. A table's parts also lie
 * one after another, so an insert body is a few views of whole chunks: nothing is joined at insert time.
 */

/**
 * Chunk size: each chunk is one trip through Node's outgoing-message and socket write path on the core's
 * main thread. Measured on warm code, per 792 kB insert: parts written one by one 4.2 ms, in 256 kB
 * pieces 3.1 ms, of which ~1.5 ms is any insert's fixed cost (cold, 3,000 parts: 12.3 against 4.3 ms).
 */
export const BODY_CHUNK_BYTES = 256 * 1024;

/** Free chunks kept for reuse across all tables (16 MB); beyond that they are left to the GC. */
const MAX_FREE_CHUNKS = 64;

/** Free standard-size chunks, shared by the arenas of all tables. */
export class ChunkPool {
  readonly #free: Buffer[] = [];
  #allocated = 0;

  constructor(readonly chunkBytes = BODY_CHUNK_BYTES, readonly maxFree = MAX_FREE_CHUNKS) {}

  take(): Buffer {
    const reused = this.#free.pop();
    if (reused) return reused;
    this.#allocated++;
    return Buffer.allocUnsafeSlow(this.chunkBytes);
  }

  give(bytes: Buffer): void {
    if (bytes.length === this.chunkBytes && this.#free.length < this.maxFree) this.#free.push(bytes);
  }

  /** Chunks allocated so far, and free now: how well reuse works. */
  stats(): { allocated: number; free: number } {
    return { allocated: this.#allocated, free: this.#free.length };
  }
}

class Chunk {
  used = 0;
  /** Spans appended and not yet released: while above zero, not a byte of the chunk may change. */
  live = 0;
  constructor(readonly bytes: Buffer) {}
}

/** One part's bytes inside an arena chunk. */
export interface BodySpan {
  readonly chunk: Chunk;
  readonly start: number;
  readonly end: number;
}

/** One table's body arena: append parts in order, release them once stored. */
export class InsertBodyArena {
  #current: Chunk | null = null;

  constructor(private readonly pool: ChunkPool) {}

  /** Copies `bytes` in; the span stays valid, unchanged, until released. */
  append(bytes: Uint8Array): BodySpan {
    let chunk = this.#current;
    if (chunk !== null && chunk.live === 0) chunk.used = 0;
    if (chunk === null || chunk.bytes.length - chunk.used < bytes.length) {
      if (chunk !== null) this.#retire(chunk);
      const own = bytes.length > this.pool.chunkBytes;
      chunk = this.#current = new Chunk(own ? Buffer.allocUnsafeSlow(bytes.length) : this.pool.take());
    }
    chunk.bytes.set(bytes, chunk.used);
    const span = { chunk, start: chunk.used, end: chunk.used + bytes.length };
    chunk.used = span.end;
    chunk.live++;
    return span;
  }

  /** The span's part is stored: its chunk goes back to the pool once nothing else in it is waiting. */
  release(span: BodySpan): void {
    const chunk = span.chunk;
    if (--chunk.live === 0 && chunk !== this.#current) this.pool.give(chunk.bytes);
  }

  #retire(chunk: Chunk): void {
    this.#current = null;
    if (chunk.live === 0) this.pool.give(chunk.bytes);
  }
}

/** The body of consecutive spans: one view per run of adjacent spans in a chunk, no copies. */
export function* bodyViews(spans: Iterable<BodySpan>): Generator<Buffer> {
  let chunk: Chunk | null = null;
  let start = 0;
  let end = 0;
  for (const span of spans) {
    if (span.chunk === chunk && span.start === end) {
      end = span.end;
      continue;
    }
    if (chunk !== null) yield chunk.bytes.subarray(start, end);
    ({ chunk, start, end } = span);
  }
  if (chunk !== null) yield chunk.bytes.subarray(start, end);
}
