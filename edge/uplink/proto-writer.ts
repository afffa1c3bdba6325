/**
 * Protobuf wire primitives for the hot columns of a `TickBatch`: values are written as bytes while
 * events arrive, so sealing a batch is a few copies instead of protobufjs' one Op object per value.
 *
 * Every int64 on the ingest wire is below 2^53 (ingest.proto), so integers come in as JS numbers; a
 * 64-bit varint is written from exact 32-bit halves, never from a double that could round (the zigzag
 * of a value near ±2^53 is itself above 2^53).
 */

const TWO_32 = 4294967296;
const encoder = new TextEncoder();

/** Wire types used here. */
export const VARINT = 0;
export const LEN = 2;

/** Bytes of the varint of an unsigned 32-bit value. */
export function varintSize(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

/** A growable byte buffer written with protobuf wire primitives; `reset` keeps its memory. */
export class WireBuffer {
  bytes: Uint8Array;
  pos = 0;

  constructor(capacity = 1024) {
    this.bytes = new Uint8Array(capacity);
  }

  get length(): number {
    return this.pos;
  }

  /** The bytes written so far (a view: valid until the next write or reset). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.pos);
  }

  reset(): void {
    this.pos = 0;
  }

  /** Room for `n` more bytes. */
  ensure(n: number): void {
    if (this.pos + n <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.pos + n));
    grown.set(this.bytes.subarray(0, this.pos));
    this.bytes = grown;
  }

  tag(field: number, wireType: number): void {
    this.uint32((field << 3) | wireType);
  }

  /** Varint of an unsigned 32-bit integer (uint32, enums, bools, lengths). */
  uint32(value: number): void {
    this.ensure(5);
    const buf = this.bytes;
    let pos = this.pos;
    while (value > 0x7f) {
      buf[pos++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    buf[pos++] = value;
    this.pos = pos;
  }

  /** Varint of the 64-bit value hi * 2^32 + lo (both unsigned 32-bit). */
  varint64(lo: number, hi: number): void {
    this.ensure(10);
    const buf = this.bytes;
    let pos = this.pos;
    while (hi !== 0) {
      buf[pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    while (lo > 0x7f) {
      buf[pos++] = (lo & 0x7f) | 0x80;
      lo >>>= 7;
    }
    buf[pos++] = lo;
    this.pos = pos;
  }

  /** uint64 varint of a non-negative safe integer. */
  uint53(value: number): void {
    if (value >>> 0 === value) {
      this.uint32(value);
      return;
    }
    if (!(value >= 0 && Number.isSafeInteger(value))) {
      throw new RangeError(`${value} is not a non-negative safe integer (wire contract)`);
    }
    const lo = value >>> 0;
    this.varint64(lo, (value - lo) / TWO_32);
  }

  /** sint64 (zigzag) varint of a safe integer. */
  sint53(value: number): void {
    if ((value | 0) === value) {
      this.uint32(((value << 1) ^ (value >> 31)) >>> 0);
      return;
    }
    if (!Number.isSafeInteger(value)) throw new RangeError(`${value} is not a safe integer (wire contract)`);
    // zigzag(v) = 2v for v >= 0, 2(-v - 1) + 1 for v < 0; m = v or -v - 1 is below 2^53, exact.
    const negative = value < 0 ? 1 : 0;
    const m = negative ? -value - 1 : value;
    const lo = m >>> 0;
    const hi = (m - lo) / TWO_32;
    this.varint64(((lo << 1) | negative) >>> 0, ((hi << 1) | (lo >>> 31)) >>> 0);
  }

  bool(value: boolean): void {
    this.ensure(1);
    this.bytes[this.pos++] = value ? 1 : 0;
  }

  /** A length-delimited UTF-8 string (without its tag). */
  string(value: string): void {
    const n = value.length;
    if (n <= 42) {
      // At most 3 UTF-8 bytes per UTF-16 unit: <= 126 bytes, so the length is one byte, patched after.
      this.ensure(1 + 3 * n);
      const buf = this.bytes;
      const start = this.pos + 1;
      let end = start;
      for (let i = 0; i < n; i++) {
        const c = value.charCodeAt(i);
        if (c >= 0x80) {
          end = start + encoder.encodeInto(value, buf.subarray(start)).written;
          break;
        }
        buf[end++] = c;
      }
      buf[this.pos] = end - start;
      this.pos = end;
      return;
    }
    const utf8 = encoder.encode(value);
    this.uint32(utf8.length);
    this.raw(utf8);
  }

  raw(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.bytes.set(bytes, this.pos);
    this.pos += bytes.length;
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** A packed `repeated double` column: Float64Array values, whose memory is the wire's little-endian bytes. */
export class DoubleColumn {
  private values = new Float64Array(256);
  private count = 0;

  get length(): number {
    return this.count * 8;
  }

  push(value: number): void {
    if (this.count === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = value;
  }

  view(): Uint8Array {
    if (LITTLE_ENDIAN) return new Uint8Array(this.values.buffer, 0, this.count * 8);
    const out = new Uint8Array(this.count * 8);
    const dv = new DataView(out.buffer);
    for (let i = 0; i < this.count; i++) dv.setFloat64(i * 8, this.values[i], true);
    return out;
  }

  reset(): void {
    this.count = 0;
  }
}

/** The bytes of one field of a message being assembled. */
export interface Part {
  readonly length: number;
  view(): Uint8Array;
}

/**
 * One field of an embedded message: `packed` parts get the field's tag and length (and are left out
 * when empty, as protobufjs does); `raw` parts are already encoded fields (repeated strings).
 */
export type Field = readonly [field: number, part: Part, packed: boolean];

function bodySize(fields: readonly Field[]): number {
  let size = 0;
  for (const [, part, packed] of fields) {
    const n = part.length;
    if (packed) {
      if (n > 0) size += 1 + varintSize(n) + n;
    } else size += n;
  }
  return size;
}

/** Bytes `writeMessage` will write for the embedded message field (fields 1-15 only). */
export function messageSize(fields: readonly Field[]): number {
  const body = bodySize(fields);
  return 1 + varintSize(body) + body;
}

/** Writes `field` as an embedded message made of `fields` (always present, even when empty). */
export function writeMessage(out: WireBuffer, field: number, fields: readonly Field[]): void {
  out.tag(field, LEN);
  out.uint32(bodySize(fields));
  for (const [number, part, packed] of fields) {
    const n = part.length;
    if (packed) {
      if (n === 0) continue;
      out.tag(number, LEN);
      out.uint32(n);
    }
    out.raw(part.view());
  }
}
