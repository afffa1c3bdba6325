/**
 * The edge's write-ahead spool: every sealed batch is appended to disk before it is sent, and stays
 * until the core acknowledges it as durable. A slow or absent core therefore never costs a trade and
 * never grows memory without bound: recent batches are also kept in memory for fast resend, older ones
 * are read back from disk. Survives an edge restart (kill -9 included): the unacked batches, the next
 * sequence number and the source cursor (replay position) are recovered from the files.
 *
 * Layout: `seg-<firstSeq>.log` segment files of records
 *   [u32 MAGIC][u32 payloadLen][f64 seq][u32 cursorLen][cursor utf8][payload][u32 MAGIC]
 * plus `state.json` ({ acked, lastSeq, cursor }) rewritten atomically (tmp + rename). On ack it is
 * rewritten asynchronously, one write at a time: ext4 flushes a file renamed over another, which held
 * the edge's event loop for ms at a time (2.7 ms per rewrite on a busy disk). A state.json that lags
 * is safe: its `acked` only makes a restarted edge resend batches the core drops as duplicates, and
 * `lastSeq` and the cursor are recovered from the segments.
 * A torn record at a segment's tail (the process died mid-write) is cut off on open; it was never sent.
 */

const MAGIC = 0x5350_4f4c; // "SPOL"
const HEADER = 4 + 4 + 8 + 4;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

export interface SpoolOptions {
  /** Unacked bytes kept in memory; older batches are resent from disk. */
  readonly maxMemoryBytes?: number;
  /** Hard cap on disk use; beyond it new batches are refused and counted as dropped. */
  readonly maxDiskBytes?: number;
  readonly segmentBytes?: number;
  /** Minimum interval between state.json rewrites on ack. */
  readonly ackPersistMs?: number;
}

interface Entry {
  seq: number;
  segment: string;
  offset: number;
  length: number;
  cursor: string;
  bytes: Uint8Array | null;
}

export interface SpoolStats {
  unackedBatches: number;
  unackedBytes: number;
  memoryBytes: number;
  diskBytes: number;
  segments: number;
  spilledBatches: number;
  /** Asynchronous state.json rewrites that failed (the next one retries; close() writes it synchronously). */
  stateWriteErrors: number;
  droppedBatches: number;
  ackedSeq: number;
  lastSeq: number;
}

export class Spool {
  private entries: Entry[] = [];
  private head = 0;
  private memoryBytes = 0;
  private unackedRecordBytes = 0;
  private diskBytes = 0;
  private segmentSizes = new Map<string, number>();
  private current: { name: string; file: Deno.FsFile; size: number } | null = null;
  private droppedBatches = 0;
  /** Unacked batches held on disk only (read back to resend). */
  private spilled = 0;
  private lastPersist = 0;
  /** The asynchronous state.json rewrite in flight, and whether another is due after it. */
  private persisting: Promise<void> | null = null;
  private persistAgain = false;
  private stateWriteErrors = 0;
  private readonly maxMemoryBytes: number;
  private readonly maxDiskBytes: number;
  private readonly segmentBytes: number;
  private readonly ackPersistMs: number;

  private constructor(
    private readonly dir: string,
    private acked: number,
    private lastSeq: number,
    private lastCursor: string,
    options: SpoolOptions,
  ) {
    this.maxMemoryBytes = options.maxMemoryBytes ?? 64 * 1024 * 1024;
    this.maxDiskBytes = options.maxDiskBytes ?? 8 * 1024 * 1024 * 1024;
    this.segmentBytes = options.segmentBytes ?? 16 * 1024 * 1024;
    this.ackPersistMs = options.ackPersistMs ?? 100;
  }

  static open(dir: string, options: SpoolOptions = {}): Spool {
    Deno.mkdirSync(dir, { recursive: true });
    let state = { acked: 0, lastSeq: 0, cursor: "" };
    try {
      state = { ...state, ...JSON.parse(Deno.readTextFileSync(`${dir}/state.json`)) };
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw new Error(`spool ${dir}: unreadable state.json: ${error}`);
    }
    const spool = new Spool(dir, state.acked, state.lastSeq, state.cursor, options);
    spool.recover();
    return spool;
  }

  /** Sequence number the next appended batch must carry. */
  get nextSeq(): number {
    return this.lastSeq + 1;
  }

  get ackedSeq(): number {
    return this.acked;
  }

  /** Bytes of the batches the core has not yet acked (what a resend would send). */
  get unackedBytes(): number {
    return this.unackedRecordBytes;
  }

  /** Source position stored with the newest batch ("" when none): where a replay resumes. */
  get cursor(): string {
    return this.lastCursor;
  }

  /**
   * Append a batch (its seq must be `nextSeq`). Returns false, counting a drop, when the disk cap is
   * reached: the only case in which the edge loses data, and it says so in its metrics.
   */
  append(seq: number, bytes: Uint8Array, cursor = ""): boolean {
    if (seq !== this.nextSeq) throw new Error(`spool: appended seq ${seq}, expected ${this.nextSeq}`);
    const cursorBytes = encoder.encode(cursor);
    const length = HEADER + cursorBytes.length + bytes.length + 4;
    if (this.diskBytes + length > this.maxDiskBytes) {
      this.droppedBatches++;
      return false;
    }
    const segment = this.segmentFor(seq, length);
    const record = new Uint8Array(length);
    const view = new DataView(record.buffer);
    view.setUint32(0, MAGIC);
    view.setUint32(4, bytes.length);
    view.setFloat64(8, seq);
    view.setUint32(16, cursorBytes.length);
    record.set(cursorBytes, HEADER);
    record.set(bytes, HEADER + cursorBytes.length);
    view.setUint32(length - 4, MAGIC);
    writeAll(segment.file, record);
    const offset = segment.size;
    segment.size += length;
    this.segmentSizes.set(segment.name, segment.size);
    this.diskBytes += length;
    this.entries.push({ seq, segment: segment.name, offset, length, cursor, bytes });
    this.unackedRecordBytes += length;
    this.memoryBytes += bytes.length;
    this.lastSeq = seq;
    this.lastCursor = cursor;
    this.evictFromMemory();
    return true;
  }

  /** The core made everything up to `seq` durable: forget it, delete fully acked segments. */
  ack(seq: number): void {
    if (seq <= this.acked) return;
    this.acked = Math.min(seq, this.lastSeq);
    while (this.head < this.entries.length && this.entries[this.head].seq <= this.acked) {
      const entry = this.entries[this.head];
      if (entry.bytes) this.memoryBytes -= entry.bytes.length;
      else this.spilled--;
      this.unackedRecordBytes -= entry.length;
      entry.bytes = null;
      this.head++;
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
    this.deleteAckedSegments();
    const now = Date.now();
    if (now - this.lastPersist >= this.ackPersistMs) this.persistStateSoon();
  }

  /** Unacked batches with seq >= `fromSeq`, oldest first (read back from disk when evicted). */
  *unacked(fromSeq = this.acked + 1): Generator<{ seq: number; bytes: Uint8Array }> {
    for (let i = this.head; i < this.entries.length; i++) {
      const entry = this.entries[i];
      if (entry.seq < fromSeq) continue;
      yield { seq: entry.seq, bytes: entry.bytes ?? this.readPayload(entry) };
    }
  }

  stats(): SpoolStats {
    return {
      unackedBatches: this.entries.length - this.head,
      unackedBytes: this.unackedRecordBytes,
      memoryBytes: this.memoryBytes,
      diskBytes: this.diskBytes,
      segments: this.segmentSizes.size,
      spilledBatches: this.spilled,
      stateWriteErrors: this.stateWriteErrors,
      droppedBatches: this.droppedBatches,
      ackedSeq: this.acked,
      lastSeq: this.lastSeq,
    };
  }

  /** Resolves once no state.json rewrite is in flight or due. */
  async stateWritten(): Promise<void> {
    while (this.persisting) await this.persisting;
  }

  /** Waits for the state rewrites in flight, then writes the final state synchronously. */
  async close(): Promise<void> {
    await this.stateWritten();
    this.persistState();
    this.current?.file.close();
    this.current = null;
  }

  private segmentFor(seq: number, length: number) {
    if (!this.current || (this.current.size > 0 && this.current.size + length > this.segmentBytes)) {
      this.current?.file.close();
      const name = `seg-${String(seq).padStart(16, "0")}.log`;
      const file = Deno.openSync(`${this.dir}/${name}`, { create: true, append: true });
      this.current = { name, file, size: 0 };
      this.segmentSizes.set(name, 0);
    }
    return this.current;
  }

  private evictFromMemory(): void {
    for (let i = this.head; i < this.entries.length && this.memoryBytes > this.maxMemoryBytes; i++) {
      const entry = this.entries[i];
      if (!entry.bytes) continue;
      this.memoryBytes -= entry.bytes.length;
      entry.bytes = null;
      this.spilled++;
    }
  }

  private readPayload(entry: Entry): Uint8Array {
    const file = Deno.openSync(`${this.dir}/${entry.segment}`, { read: true });
    try {
      const record = new Uint8Array(entry.length);
      file.seekSync(entry.offset, Deno.SeekMode.Start);
      readFull(file, record);
      const view = new DataView(record.buffer);
      const cursorLength = view.getUint32(16);
      return record.subarray(HEADER + cursorLength, entry.length - 4);
    } finally {
      file.close();
    }
  }

  /**
   * Segments are named by their first seq, zero-padded, and records are appended in seq order, so every
   * segment before the oldest unacked record's is fully acked: O(segments) per ack, where collecting
   * the live segments of every unacked record made a catch-up after a long outage quadratic.
   */
  private deleteAckedSegments(): void {
    const oldestLive = this.head < this.entries.length ? this.entries[this.head].segment : null;
    for (const [name, size] of this.segmentSizes) {
      if (name === this.current?.name || (oldestLive !== null && name >= oldestLive)) continue;
      Deno.removeSync(`${this.dir}/${name}`);
      this.diskBytes -= size;
      this.segmentSizes.delete(name);
    }
    // The open segment is recycled once everything in it is acked.
    if (this.current && oldestLive === null && this.current.size > 0) {
      this.current.file.close();
      Deno.removeSync(`${this.dir}/${this.current.name}`);
      this.diskBytes -= this.current.size;
      this.segmentSizes.delete(this.current.name);
      this.current = null;
    }
  }

  private stateText(): string {
    return JSON.stringify({ acked: this.acked, lastSeq: this.lastSeq, cursor: this.lastCursor });
  }

  private persistState(): void {
    this.lastPersist = Date.now();
    const tmp = `${this.dir}/state.json.tmp`;
    Deno.writeTextFileSync(tmp, this.stateText());
    Deno.renameSync(tmp, `${this.dir}/state.json`);
  }

  private persistStateSoon(): void {
    this.lastPersist = Date.now();
    if (this.persisting) {
      this.persistAgain = true;
      return;
    }
    const tmp = `${this.dir}/state.json.tmp`;
    const text = this.stateText();
    this.persisting = (async () => {
      try {
        await Deno.writeTextFile(tmp, text);
        await Deno.rename(tmp, `${this.dir}/state.json`);
      } catch {
        this.stateWriteErrors++;
      }
      this.persisting = null;
      if (this.persistAgain) {
        this.persistAgain = false;
        this.persistStateSoon();
      }
    })();
  }

  /** Rebuild the index of unacked records from the segment files, cutting torn tails. */
  private recover(): void {
    const names = [...Deno.readDirSync(this.dir)]
      .filter((e) => e.isFile && /^seg-\d+\.log$/.test(e.name))
      .map((e) => e.name)
      .sort();
    let newestRecord = 0;
    for (const name of names) {
      const data = Deno.readFileSync(`${this.dir}/${name}`);
      const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
      let offset = 0;
      while (offset + HEADER + 4 <= data.length && view.getUint32(offset) === MAGIC) {
        const payloadLength = view.getUint32(offset + 4);
        const seq = view.getFloat64(offset + 8);
        const cursorLength = view.getUint32(offset + 16);
        const length = HEADER + cursorLength + payloadLength + 4;
        if (offset + length > data.length || view.getUint32(offset + length - 4) !== MAGIC) break;
        const cursor = decoder.decode(data.subarray(offset + HEADER, offset + HEADER + cursorLength));
        if (seq > this.acked) {
          this.entries.push({ seq, segment: name, offset, length, cursor, bytes: null });
          this.unackedRecordBytes += length;
          this.spilled++;
        }
        // A seq is never reused (it may have been sent), but the cursor comes from the newest
        // intact record: a replay must re-emit whatever a lost record held.
        this.lastSeq = Math.max(this.lastSeq, seq);
        if (seq >= newestRecord) {
          newestRecord = seq;
          this.lastCursor = cursor;
        }
        offset += length;
      }
      if (offset < data.length) Deno.truncateSync(`${this.dir}/${name}`, offset);
      this.segmentSizes.set(name, offset);
      this.diskBytes += offset;
    }
    this.entries.sort((a, b) => a.seq - b.seq);
    this.deleteAckedSegments();
  }
}

function writeAll(file: Deno.FsFile, data: Uint8Array): void {
  let written = 0;
  while (written < data.length) written += file.writeSync(data.subarray(written));
}

function readFull(file: Deno.FsFile, into: Uint8Array): void {
  let read = 0;
  while (read < into.length) {
    const n = file.readSync(into.subarray(read));
    if (n === null) throw new Error("spool: segment shorter than its index");
    read += n;
  }
}
