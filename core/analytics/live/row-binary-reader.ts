/**
 * Reads ClickHouse RowBinary output row by row from a stream of chunks (little-endian numbers, LEB128 lengths
 * before strings and arrays: the mirror of store/row-binary.ts). Replaying stored ticks is dominated by
 * decoding: JSONEachRow cost ~4× the bytes (names on every row, decimal floats) and a JSON.parse per row;
 * RowBinary gives doubles bit for bit and exact Int64 halves without text.
 *
 * A row cut by the end of a chunk is read again once the next chunk has arrived.
 */

const TWO_32 = 4294967296;

/** Thrown when a row runs past the bytes received so far (caught by `rows`, never escapes). */
const INCOMPLETE = Symbol("incomplete row");

/** Strings up to this many bytes are cached (by content); at most MAX_CACHED of them. */
const SHORT = 32;
const MAX_CACHED = 4_096;

export class RowBinaryReader {
  private readonly strings = new Map<number, string>();
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  /** The Int64 last read by `i64`: high half (signed) and low half (unsigned). */
  hi = 0;
  lo = 0;

  /** Decodes every complete row of `chunk` (plus what was left over) with `row`; keeps the rest. */
  rows(chunk: Buffer, row: (reader: RowBinaryReader) => void): void {
    this.buf = this.pos < this.buf.length ? Buffer.concat([this.buf.subarray(this.pos), chunk]) : chunk;
    this.pos = 0;
    while (this.pos < this.buf.length) {
      const start = this.pos;
      try {
        row(this);
      } catch (error) {
        if (error !== INCOMPLETE) throw error;
        this.pos = start;
        return;
      }
    }
  }

  /** True when a row was cut off by the end of the stream. */
  get leftover(): boolean {
    return this.pos < this.buf.length;
  }

  private need(bytes: number): number {
    const at = this.pos;
    if (at + bytes > this.buf.length) throw INCOMPLETE;
    this.pos = at + bytes;
    return at;
  }

  private varint(): number {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = this.buf[this.need(1)];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  }

  /**
   * A string; short ASCII ones (venue, symbol, edge and trade ids: the same few on every row) come from a cache
   * instead of a decode and allocation per row.
   */
  string(): string {
    const length = this.varint();
    const at = this.need(length);
    if (length > SHORT) return this.buf.toString("utf8", at, at + length);
    const buf = this.buf;
    let hash = length;
    for (let i = at; i < at + length; i++) hash = (Math.imul(hash, 31) + buf[i]) | 0;
    const cached = this.strings.get(hash);
    if (cached !== undefined && cached.length === length) {
      let same = true;
      for (let i = 0; i < length && same; i++) same = cached.charCodeAt(i) === buf[at + i];
      if (same) return cached;
    }
    const text = buf.toString("utf8", at, at + length);
    if (text.length === length && this.strings.size < MAX_CACHED) this.strings.set(hash, text);
    return text;
  }

  i8(): number {
    return this.buf.readInt8(this.need(1));
  }

  u32(): number {
    return this.buf.readUInt32LE(this.need(4));
  }

  /** UInt64 as a number: exact below 2^53 (the wire contract keeps seqs and ids there). */
  u64(): number {
    const at = this.need(8);
    return this.buf.readUInt32LE(at + 4) * TWO_32 + this.buf.readUInt32LE(at);
  }

  /** Int64 into `hi`/`lo` (exact; ns times exceed 2^53). */
  i64(): void {
    const at = this.need(8);
    this.lo = this.buf.readUInt32LE(at);
    this.hi = this.buf.readInt32LE(at + 4);
  }

  f64(): number {
    return this.buf.readDoubleLE(this.need(8));
  }

  f64Array(): number[] {
    const n = this.varint();
    const at = this.need(8 * n);
    const out = new Array<number>(n);
    for (let i = 0; i < n; i++) out[i] = this.buf.readDoubleLE(at + 8 * i);
    return out;
  }
}

/** An exact Int64 ns time as its halves, and the differences the replay needs from it. */
export class NsHalves {
  constructor(
    readonly hi: number,
    readonly lo: number,
  ) {}

  static of(reader: RowBinaryReader): NsHalves {
    return new NsHalves(reader.hi, reader.lo);
  }

  get isZero(): boolean {
    return this.hi === 0 && this.lo === 0;
  }

  /** Approximate value (±256 ns at today's times): for ordering keys and window checks only. */
  get approx(): number {
    return this.hi * TWO_32 + this.lo;
  }

  compare(other: NsHalves): number {
    return this.hi - other.hi || this.lo - other.lo;
  }

  /** Exactly `this − baseMs·1e6` (a safe integer for any realistic distance). */
  deltaFrom(base: NsHalves): number {
    return (this.hi - base.hi) * TWO_32 + (this.lo - base.lo);
  }

  static ofMs(ms: number): NsHalves {
    const ns = BigInt(ms) * 1_000_000n;
    return new NsHalves(Number(BigInt.asIntN(64, ns) >> 32n), Number(ns & 0xffffffffn));
  }
}
