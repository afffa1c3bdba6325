// Inlined into proto/gen/proto.js by scripts/gen-proto.mjs: 64-bit wire readers that return exact JS
// numbers without allocating, and throw rather than round values beyond 2^53.
const $int64 = (() => {
  const TWO_32 = 4294967296;
  /** A varint as [lo, hi] 32-bit halves (exact for all 64 bits, like protobufjs' LongBits). */
  function varintBits(reader) {
    const buf = reader.buf;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      if (reader.pos >= reader.len) throw RangeError("index out of range: truncated varint");
      const byte = buf[reader.pos++];
      const bits = byte & 0x7f;
      if (i < 4) lo |= bits << (7 * i);
      else if (i === 4) {
        lo |= bits << 28;
        hi |= bits >>> 4;
      } else hi |= bits << (7 * i - 32);
      if (byte < 0x80) return [lo >>> 0, hi >>> 0];
    }
    throw Error("invalid varint encoding");
  }
  function unsignedValue(lo, hi) {
    return hi * TWO_32 + lo;
  }
  function signedValue(lo, hi) {
    if (hi & 0x80000000) return -(((~hi) >>> 0) * TWO_32 + ((~lo) >>> 0) + 1);
    return hi * TWO_32 + lo;
  }
  function checked(value) {
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) throw RangeError("int64 beyond 2^53 violates the wire contract");
    return value;
  }
  function fixed(reader) {
    if (reader.pos + 8 > reader.len) throw RangeError("index out of range: truncated fixed64");
    const b = reader.buf, p = reader.pos;
    const lo = (b[p] | b[p + 1] << 8 | b[p + 2] << 16 | b[p + 3] << 24) >>> 0;
    const hi = (b[p + 4] | b[p + 5] << 8 | b[p + 6] << 16 | b[p + 7] << 24) >>> 0;
    reader.pos += 8;
    return [lo, hi];
  }
  return {
    uint64(reader) {
      const [lo, hi] = varintBits(reader);
      return checked(unsignedValue(lo, hi));
    },
    int64(reader) {
      const [lo, hi] = varintBits(reader);
      return checked(signedValue(lo, hi));
    },
    sint64(reader) {
      const [zlo, zhi] = varintBits(reader);
      const mask = -(zlo & 1);
      const lo = ((zlo >>> 1) | (zhi << 31)) ^ mask;
      const hi = (zhi >>> 1) ^ mask;
      return checked(signedValue(lo >>> 0, hi >>> 0));
    },
    fixed64(reader) {
      const [lo, hi] = fixed(reader);
      return checked(hi * TWO_32 + lo);
    },
    sfixed64(reader) {
      const [lo, hi] = fixed(reader);
      const v = hi >= 0x80000000 ? (hi - TWO_32) * TWO_32 + lo : hi * TWO_32 + lo;
      if (Math.abs(v) > Number.MAX_SAFE_INTEGER) throw RangeError("int64 beyond 2^53 violates the wire contract");
      return v;
    },
  };
})();
