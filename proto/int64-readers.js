// Inlined into proto/gen/proto.js by scripts/gen-proto.mjs: 64-bit wire readers that return exact JS
// numbers without allocating, and throw rather than round values beyond 2^53.
const $int64 = (() => {
  const TWO_32 = 4294967296;
  function varint(reader) {
    const buf = reader.buf;
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      if (reader.pos >= reader.len) throw RangeError("index out of range: truncated varint");
      const byte = buf[reader.pos++];
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
    throw Error("invalid varint encoding");
  }
  function checked(value) {
    if (value > Number.MAX_SAFE_INTEGER) throw RangeError("int64 beyond 2^53 violates the wire contract");
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
    uint64: (reader) => checked(varint(reader)),
    int64(reader) {
      const v = varint(reader);
      // Negative int64 values are encoded as 2^64 + v (ten bytes).
      if (v >= 2 ** 63) {
        const neg = v - 2 ** 64;
        if (neg < -Number.MAX_SAFE_INTEGER) throw RangeError("int64 beyond 2^53 violates the wire contract");
        return neg;
      }
      return checked(v);
    },
    sint64(reader) {
      const v = checked(varint(reader));
      return v % 2 === 0 ? v / 2 : -(v + 1) / 2;
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
