// Inlined into proto/gen/proto.js by scripts/gen-proto.mjs: bulk readers for packed repeated
// fields. Book columns carry millions of prices, sizes and sides per second; protobufjs
// reads each value through a per-value copy and grows the array by push (~20-30 ns a value), these
// size the array once and read a DataView (~6 ns). A packed double field whose length is not a
// multiple of 8 is corrupt and throws (protobufjs read on past its end).
/** Packed varints, counted first (one value per byte below 0x80) so the array is sized once. */
function $presizedVarints(read) {
  return (reader, end, out) => {
    if (end > reader.len) throw RangeError("index out of range: truncated packed varints");
    const buf = reader.buf;
    let count = 0;
    for (let p = reader.pos; p < end; p++) if (buf[p] < 0x80) count++;
    const values = out.length > 0 ? out : new Array(count);
    let n = out.length;
    while (reader.pos < end) values[n++] = read(reader);
    values.length = n;
    return values;
  };
}

const $packed = {
  uint32s: $presizedVarints((reader) => reader.uint32()),
  int32s: $presizedVarints((reader) => reader.int32()),
  uint64s: $presizedVarints((reader) => $int64.uint64(reader)),
  sint64s: $presizedVarints((reader) => $int64.sint64(reader)),
  /** Values appended to `out`; returns the array to keep (a new, presized one when `out` is empty). */
  doubles(reader, end, out) {
    if (end > reader.len) throw RangeError("index out of range: truncated packed doubles");
    const bytes = end - reader.pos;
    if (bytes % 8 !== 0) throw Error(`packed doubles: ${bytes} bytes is not a multiple of 8`);
    const buf = reader.buf;
    const view = new DataView(buf.buffer, buf.byteOffset + reader.pos, bytes);
    reader.pos = end;
    if (out.length > 0) {
      for (let at = 0; at < bytes; at += 8) out.push(view.getFloat64(at, true));
      return out;
    }
    const values = new Array(bytes / 8);
    for (let i = 0; i < values.length; i++) values[i] = view.getFloat64(i * 8, true);
    return values;
  },
  bools(reader, end, out) {
    if (end > reader.len) throw RangeError("index out of range: truncated packed bools");
    const buf = reader.buf;
    // One byte per bool unless a writer used a longer varint: at most `end - pos` values.
    const values = out.length > 0 ? out : new Array(end - reader.pos);
    let n = out.length;
    while (reader.pos < end) {
      const byte = buf[reader.pos];
      if (byte < 0x80) {
        reader.pos++;
        values[n++] = byte !== 0;
      } else {
        values[n++] = reader.uint32() !== 0;
      }
    }
    values.length = n;
    return values;
  },
};
