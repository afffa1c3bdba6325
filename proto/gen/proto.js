// @ts-self-types="./proto.d.ts"
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
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


// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ingest = $root.ingest = (() => {

    /**
     * Namespace ingest.
     * @exports ingest
     * @namespace
     */
    const ingest = {};

    ingest.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof ingest
         * @namespace
         */
        const v1 = {};

        v1.Ingest = (function() {

            /**
             * Constructs a new Ingest service.
             * @memberof ingest.v1
             * @classdesc Represents an Ingest
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function Ingest(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (Ingest.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Ingest;

            /**
             * Creates new Ingest service using the specified rpc implementation.
             * @function create
             * @memberof ingest.v1.Ingest
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Ingest} RPC service. Useful where requests and/or responses are streamed.
             */
            Ingest.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link ingest.v1.Ingest#stream}.
             * @memberof ingest.v1.Ingest
             * @typedef StreamCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {ingest.v1.Ack} [response] Ack
             */

            /**
             * Calls Stream.
             * @function stream
             * @memberof ingest.v1.Ingest
             * @instance
             * @param {ingest.v1.ITickBatch} request TickBatch message or plain object
             * @param {ingest.v1.Ingest.StreamCallback} callback Node-style callback called with the error, if any, and Ack
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Ingest.prototype.stream = function stream(request, callback) {
                return this.rpcCall(stream, $root.ingest.v1.TickBatch, $root.ingest.v1.Ack, request, callback);
            }, "name", { value: "Stream" });

            /**
             * Calls Stream.
             * @function stream
             * @memberof ingest.v1.Ingest
             * @instance
             * @param {ingest.v1.ITickBatch} request TickBatch message or plain object
             * @returns {Promise<ingest.v1.Ack>} Promise
             * @variation 2
             */

            return Ingest;
        })();

        v1.TickBatch = (function() {

            /**
             * Properties of a TickBatch.
             * @memberof ingest.v1
             * @interface ITickBatch
             * @property {string|null} [edgeId] TickBatch edgeId
             * @property {number|null} [seq] TickBatch seq
             * @property {number|null} [baseTimeMs] TickBatch baseTimeMs
             * @property {Array.<market.v1.IInstrument>|null} [instruments] TickBatch instruments
             * @property {ingest.v1.ITradeColumns|null} [trades] TickBatch trades
             * @property {ingest.v1.IBookColumns|null} [bookDeltas] TickBatch bookDeltas
             * @property {ingest.v1.IBookColumns|null} [bookSnapshots] TickBatch bookSnapshots
             * @property {ingest.v1.IBboColumns|null} [bbos] TickBatch bbos
             * @property {Array.<market.v1.IEdgeHealth>|null} [health] TickBatch health
             * @property {string|null} [traceparent] TickBatch traceparent
             * @property {number|null} [sentTimeUs] TickBatch sentTimeUs
             * @property {Array.<ingest.v1.IDerivativeRow>|null} [derivatives] TickBatch derivatives
             * @property {Array.<ingest.v1.ILiquidationRow>|null} [liquidations] TickBatch liquidations
             * @property {number|null} [openedTimeUs] TickBatch openedTimeUs
             */

            /**
             * Constructs a new TickBatch.
             * @memberof ingest.v1
             * @classdesc Represents a TickBatch.
             * @implements ITickBatch
             * @constructor
             * @param {ingest.v1.ITickBatch=} [properties] Properties to set
             */
            function TickBatch(properties) {
                this.instruments = [];
                this.health = [];
                this.derivatives = [];
                this.liquidations = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TickBatch edgeId.
             * @member {string} edgeId
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.edgeId = "";

            /**
             * TickBatch seq.
             * @member {number} seq
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TickBatch baseTimeMs.
             * @member {number} baseTimeMs
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.baseTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TickBatch instruments.
             * @member {Array.<market.v1.IInstrument>} instruments
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.instruments = $util.emptyArray;

            /**
             * TickBatch trades.
             * @member {ingest.v1.ITradeColumns|null|undefined} trades
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.trades = null;

            /**
             * TickBatch bookDeltas.
             * @member {ingest.v1.IBookColumns|null|undefined} bookDeltas
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.bookDeltas = null;

            /**
             * TickBatch bookSnapshots.
             * @member {ingest.v1.IBookColumns|null|undefined} bookSnapshots
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.bookSnapshots = null;

            /**
             * TickBatch bbos.
             * @member {ingest.v1.IBboColumns|null|undefined} bbos
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.bbos = null;

            /**
             * TickBatch health.
             * @member {Array.<market.v1.IEdgeHealth>} health
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.health = $util.emptyArray;

            /**
             * TickBatch traceparent.
             * @member {string} traceparent
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.traceparent = "";

            /**
             * TickBatch sentTimeUs.
             * @member {number} sentTimeUs
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.sentTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * TickBatch derivatives.
             * @member {Array.<ingest.v1.IDerivativeRow>} derivatives
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.derivatives = $util.emptyArray;

            /**
             * TickBatch liquidations.
             * @member {Array.<ingest.v1.ILiquidationRow>} liquidations
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.liquidations = $util.emptyArray;

            /**
             * TickBatch openedTimeUs.
             * @member {number} openedTimeUs
             * @memberof ingest.v1.TickBatch
             * @instance
             */
            TickBatch.prototype.openedTimeUs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new TickBatch instance using the specified properties.
             * @function create
             * @memberof ingest.v1.TickBatch
             * @static
             * @param {ingest.v1.ITickBatch=} [properties] Properties to set
             * @returns {ingest.v1.TickBatch} TickBatch instance
             */
            TickBatch.create = function create(properties) {
                return new TickBatch(properties);
            };

            /**
             * Encodes the specified TickBatch message. Does not implicitly {@link ingest.v1.TickBatch.verify|verify} messages.
             * @function encode
             * @memberof ingest.v1.TickBatch
             * @static
             * @param {ingest.v1.ITickBatch} message TickBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TickBatch.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.edgeId != null && Object.hasOwnProperty.call(message, "edgeId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.edgeId);
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.baseTimeMs != null && Object.hasOwnProperty.call(message, "baseTimeMs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.baseTimeMs);
                if (message.instruments != null && message.instruments.length)
                    for (let i = 0; i < message.instruments.length; ++i)
                        $root.market.v1.Instrument.encode(message.instruments[i], writer.uint32(/* id 4, wireType 2 =*/34).fork()).ldelim();
                if (message.trades != null && Object.hasOwnProperty.call(message, "trades"))
                    $root.ingest.v1.TradeColumns.encode(message.trades, writer.uint32(/* id 5, wireType 2 =*/42).fork()).ldelim();
                if (message.bookDeltas != null && Object.hasOwnProperty.call(message, "bookDeltas"))
                    $root.ingest.v1.BookColumns.encode(message.bookDeltas, writer.uint32(/* id 6, wireType 2 =*/50).fork()).ldelim();
                if (message.bookSnapshots != null && Object.hasOwnProperty.call(message, "bookSnapshots"))
                    $root.ingest.v1.BookColumns.encode(message.bookSnapshots, writer.uint32(/* id 7, wireType 2 =*/58).fork()).ldelim();
                if (message.bbos != null && Object.hasOwnProperty.call(message, "bbos"))
                    $root.ingest.v1.BboColumns.encode(message.bbos, writer.uint32(/* id 8, wireType 2 =*/66).fork()).ldelim();
                if (message.health != null && message.health.length)
                    for (let i = 0; i < message.health.length; ++i)
                        $root.market.v1.EdgeHealth.encode(message.health[i], writer.uint32(/* id 9, wireType 2 =*/74).fork()).ldelim();
                if (message.traceparent != null && Object.hasOwnProperty.call(message, "traceparent"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.traceparent);
                if (message.sentTimeUs != null && Object.hasOwnProperty.call(message, "sentTimeUs"))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.sentTimeUs);
                if (message.derivatives != null && message.derivatives.length)
                    for (let i = 0; i < message.derivatives.length; ++i)
                        $root.ingest.v1.DerivativeRow.encode(message.derivatives[i], writer.uint32(/* id 12, wireType 2 =*/98).fork()).ldelim();
                if (message.liquidations != null && message.liquidations.length)
                    for (let i = 0; i < message.liquidations.length; ++i)
                        $root.ingest.v1.LiquidationRow.encode(message.liquidations[i], writer.uint32(/* id 13, wireType 2 =*/106).fork()).ldelim();
                if (message.openedTimeUs != null && Object.hasOwnProperty.call(message, "openedTimeUs"))
                    writer.uint32(/* id 14, wireType 0 =*/112).int64(message.openedTimeUs);
                return writer;
            };

            /**
             * Encodes the specified TickBatch message, length delimited. Does not implicitly {@link ingest.v1.TickBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingest.v1.TickBatch
             * @static
             * @param {ingest.v1.ITickBatch} message TickBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TickBatch.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a TickBatch message from the specified reader or buffer.
             * @function decode
             * @memberof ingest.v1.TickBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingest.v1.TickBatch} TickBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TickBatch.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.ingest.v1.TickBatch();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.edgeId = reader.string();
                            break;
                        }
                    case 2: {
                            message.seq = $int64.uint64(reader);
                            break;
                        }
                    case 3: {
                            message.baseTimeMs = $int64.int64(reader);
                            break;
                        }
                    case 4: {
                            if (!(message.instruments && message.instruments.length))
                                message.instruments = [];
                            message.instruments.push($root.market.v1.Instrument.decode(reader, reader.uint32()));
                            break;
                        }
                    case 5: {
                            message.trades = $root.ingest.v1.TradeColumns.decode(reader, reader.uint32());
                            break;
                        }
                    case 6: {
                            message.bookDeltas = $root.ingest.v1.BookColumns.decode(reader, reader.uint32());
                            break;
                        }
                    case 7: {
                            message.bookSnapshots = $root.ingest.v1.BookColumns.decode(reader, reader.uint32());
                            break;
                        }
                    case 8: {
                            message.bbos = $root.ingest.v1.BboColumns.decode(reader, reader.uint32());
                            break;
                        }
                    case 9: {
                            if (!(message.health && message.health.length))
                                message.health = [];
                            message.health.push($root.market.v1.EdgeHealth.decode(reader, reader.uint32()));
                            break;
                        }
                    case 10: {
                            message.traceparent = reader.string();
                            break;
                        }
                    case 11: {
                            message.sentTimeUs = $int64.int64(reader);
                            break;
                        }
                    case 12: {
                            if (!(message.derivatives && message.derivatives.length))
                                message.derivatives = [];
                            message.derivatives.push($root.ingest.v1.DerivativeRow.decode(reader, reader.uint32()));
                            break;
                        }
                    case 13: {
                            if (!(message.liquidations && message.liquidations.length))
                                message.liquidations = [];
                            message.liquidations.push($root.ingest.v1.LiquidationRow.decode(reader, reader.uint32()));
                            break;
                        }
                    case 14: {
                            message.openedTimeUs = $int64.int64(reader);
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a TickBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingest.v1.TickBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingest.v1.TickBatch} TickBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TickBatch.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TickBatch message.
             * @function verify
             * @memberof ingest.v1.TickBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TickBatch.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.edgeId != null && message.hasOwnProperty("edgeId"))
                    if (!$util.isString(message.edgeId))
                        return "edgeId: string expected";
                if (message.seq != null && message.hasOwnProperty("seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.baseTimeMs != null && message.hasOwnProperty("baseTimeMs"))
                    if (!$util.isInteger(message.baseTimeMs) && !(message.baseTimeMs && $util.isInteger(message.baseTimeMs.low) && $util.isInteger(message.baseTimeMs.high)))
                        return "baseTimeMs: integer|Long expected";
                if (message.instruments != null && message.hasOwnProperty("instruments")) {
                    if (!Array.isArray(message.instruments))
                        return "instruments: array expected";
                    for (let i = 0; i < message.instruments.length; ++i) {
                        let error = $root.market.v1.Instrument.verify(message.instruments[i]);
                        if (error)
                            return "instruments." + error;
                    }
                }
                if (message.trades != null && message.hasOwnProperty("trades")) {
                    let error = $root.ingest.v1.TradeColumns.verify(message.trades);
                    if (error)
                        return "trades." + error;
                }
                if (message.bookDeltas != null && message.hasOwnProperty("bookDeltas")) {
                    let error = $root.ingest.v1.BookColumns.verify(message.bookDeltas);
                    if (error)
                        return "bookDeltas." + error;
                }
                if (message.bookSnapshots != null && message.hasOwnProperty("bookSnapshots")) {
                    let error = $root.ingest.v1.BookColumns.verify(message.bookSnapshots);
                    if (error)
                        return "bookSnapshots." + error;
                }
                if (message.bbos != null && message.hasOwnProperty("bbos")) {
                    let error = $root.ingest.v1.BboColumns.verify(message.bbos);
                    if (error)
                        return "bbos." + error;
                }
                if (message.health != null && message.hasOwnProperty("health")) {
                    if (!Array.isArray(message.health))
                        return "health: array expected";
                    for (let i = 0; i < message.health.length; ++i) {
                        let error = $root.market.v1.EdgeHealth.verify(message.health[i]);
                        if (error)
                            return "health." + error;
                    }
                }
                if (message.traceparent != null && message.hasOwnProperty("traceparent"))
                    if (!$util.isString(message.traceparent))
                        return "traceparent: string expected";
                if (message.sentTimeUs != null && message.hasOwnProperty("sentTimeUs"))
                    if (!$util.isInteger(message.sentTimeUs) && !(message.sentTimeUs && $util.isInteger(message.sentTimeUs.low) && $util.isInteger(message.sentTimeUs.high)))
                        return "sentTimeUs: integer|Long expected";
                if (message.derivatives != null && message.hasOwnProperty("derivatives")) {
                    if (!Array.isArray(message.derivatives))
                        return "derivatives: array expected";
                    for (let i = 0; i < message.derivatives.length; ++i) {
                        let error = $root.ingest.v1.DerivativeRow.verify(message.derivatives[i]);
                        if (error)
                            return "derivatives." + error;
                    }
                }
                if (message.liquidations != null && message.hasOwnProperty("liquidations")) {
                    if (!Array.isArray(message.liquidations))
                        return "liquidations: array expected";
                    for (let i = 0; i < message.liquidations.length; ++i) {
                        let error = $root.ingest.v1.LiquidationRow.verify(message.liquidations[i]);
                        if (error)
                            return "liquidations." + error;
                    }
                }
                if (message.openedTimeUs != null && message.hasOwnProperty("openedTimeUs"))
                    if (!$util.isInteger(message.openedTimeUs) && !(message.openedTimeUs && $util.isInteger(message.openedTimeUs.low) && $util.isInteger(message.openedTimeUs.high)))
                        return "openedTimeUs: integer|Long expected";
                return null;
            };

            /**
             * Creates a TickBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingest.v1.TickBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingest.v1.TickBatch} TickBatch
             */
            TickBatch.fromObject = function fromObject(object) {
                if (object instanceof $root.ingest.v1.TickBatch)
                    return object;
                let message = new $root.ingest.v1.TickBatch();
                if (object.edgeId != null)
                    message.edgeId = String(object.edgeId);
                if (object.seq != null)
                    if ($util.Long)
                        (message.seq = $util.Long.fromValue(object.seq)).unsigned = true;
                    else if (typeof object.seq === "string")
                        message.seq = parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.baseTimeMs != null)
                    if ($util.Long)
                        (message.baseTimeMs = $util.Long.fromValue(object.baseTimeMs)).unsigned = false;
                    else if (typeof object.baseTimeMs === "string")
                        message.baseTimeMs = parseInt(object.baseTimeMs, 10);
                    else if (typeof object.baseTimeMs === "number")
                        message.baseTimeMs = object.baseTimeMs;
                    else if (typeof object.baseTimeMs === "object")
                        message.baseTimeMs = new $util.LongBits(object.baseTimeMs.low >>> 0, object.baseTimeMs.high >>> 0).toNumber();
                if (object.instruments) {
                    if (!Array.isArray(object.instruments))
                        throw TypeError(".ingest.v1.TickBatch.instruments: array expected");
                    message.instruments = [];
                    for (let i = 0; i < object.instruments.length; ++i) {
                        if (typeof object.instruments[i] !== "object")
                            throw TypeError(".ingest.v1.TickBatch.instruments: object expected");
                        message.instruments[i] = $root.market.v1.Instrument.fromObject(object.instruments[i]);
                    }
                }
                if (object.trades != null) {
                    if (typeof object.trades !== "object")
                        throw TypeError(".ingest.v1.TickBatch.trades: object expected");
                    message.trades = $root.ingest.v1.TradeColumns.fromObject(object.trades);
                }
                if (object.bookDeltas != null) {
                    if (typeof object.bookDeltas !== "object")
                        throw TypeError(".ingest.v1.TickBatch.bookDeltas: object expected");
                    message.bookDeltas = $root.ingest.v1.BookColumns.fromObject(object.bookDeltas);
                }
                if (object.bookSnapshots != null) {
                    if (typeof object.bookSnapshots !== "object")
                        throw TypeError(".ingest.v1.TickBatch.bookSnapshots: object expected");
                    message.bookSnapshots = $root.ingest.v1.BookColumns.fromObject(object.bookSnapshots);
                }
                if (object.bbos != null) {
                    if (typeof object.bbos !== "object")
                        throw TypeError(".ingest.v1.TickBatch.bbos: object expected");
                    message.bbos = $root.ingest.v1.BboColumns.fromObject(object.bbos);
                }
                if (object.health) {
                    if (!Array.isArray(object.health))
                        throw TypeError(".ingest.v1.TickBatch.health: array expected");
                    message.health = [];
                    for (let i = 0; i < object.health.length; ++i) {
                        if (typeof object.health[i] !== "object")
                            throw TypeError(".ingest.v1.TickBatch.health: object expected");
                        message.health[i] = $root.market.v1.EdgeHealth.fromObject(object.health[i]);
                    }
                }
                if (object.traceparent != null)
                    message.traceparent = String(object.traceparent);
                if (object.sentTimeUs != null)
                    if ($util.Long)
                        (message.sentTimeUs = $util.Long.fromValue(object.sentTimeUs)).unsigned = false;
                    else if (typeof object.sentTimeUs === "string")
                        message.sentTimeUs = parseInt(object.sentTimeUs, 10);
                    else if (typeof object.sentTimeUs === "number")
                        message.sentTimeUs = object.sentTimeUs;
                    else if (typeof object.sentTimeUs === "object")
                        message.sentTimeUs = new $util.LongBits(object.sentTimeUs.low >>> 0, object.sentTimeUs.high >>> 0).toNumber();
                if (object.derivatives) {
                    if (!Array.isArray(object.derivatives))
                        throw TypeError(".ingest.v1.TickBatch.derivatives: array expected");
                    message.derivatives = [];
                    for (let i = 0; i < object.derivatives.length; ++i) {
                        if (typeof object.derivatives[i] !== "object")
                            throw TypeError(".ingest.v1.TickBatch.derivatives: object expected");
                        message.derivatives[i] = $root.ingest.v1.DerivativeRow.fromObject(object.derivatives[i]);
                    }
                }
                if (object.liquidations) {
                    if (!Array.isArray(object.liquidations))
                        throw TypeError(".ingest.v1.TickBatch.liquidations: array expected");
                    message.liquidations = [];
                    for (let i = 0; i < object.liquidations.length; ++i) {
                        if (typeof object.liquidations[i] !== "object")
                            throw TypeError(".ingest.v1.TickBatch.liquidations: object expected");
                        message.liquidations[i] = $root.ingest.v1.LiquidationRow.fromObject(object.liquidations[i]);
                    }
                }
                if (object.openedTimeUs != null)
                    if ($util.Long)
                        (message.openedTimeUs = $util.Long.fromValue(object.openedTimeUs)).unsigned = false;
                    else if (typeof object.openedTimeUs === "string")
                        message.openedTimeUs = parseInt(object.openedTimeUs, 10);
                    else if (typeof object.openedTimeUs === "number")
                        message.openedTimeUs = object.openedTimeUs;
                    else if (typeof object.openedTimeUs === "object")
                        message.openedTimeUs = new $util.LongBits(object.openedTimeUs.low >>> 0, object.openedTimeUs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a TickBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingest.v1.TickBatch
             * @static
             * @param {ingest.v1.TickBatch} message TickBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TickBatch.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.arrays || options.defaults) {
                    object.instruments = [];
                    object.health = [];
                    object.derivatives = [];
                    object.liquidations = [];
                }
                if (options.defaults) {
                    object.edgeId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.seq = options.longs === String ? "0" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.baseTimeMs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.baseTimeMs = options.longs === String ? "0" : 0;
                    object.trades = null;
                    object.bookDeltas = null;
                    object.bookSnapshots = null;
                    object.bbos = null;
                    object.traceparent = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentTimeUs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.sentTimeUs = options.longs === String ? "0" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.openedTimeUs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.openedTimeUs = options.longs === String ? "0" : 0;
                }
                if (message.edgeId != null && message.hasOwnProperty("edgeId"))
                    object.edgeId = message.edgeId;
                if (message.seq != null && message.hasOwnProperty("seq"))
                    if (typeof message.seq === "number")
                        object.seq = options.longs === String ? String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === String ? $util.Long.prototype.toString.call(message.seq) : options.longs === Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.baseTimeMs != null && message.hasOwnProperty("baseTimeMs"))
                    if (typeof message.baseTimeMs === "number")
                        object.baseTimeMs = options.longs === String ? String(message.baseTimeMs) : message.baseTimeMs;
                    else
                        object.baseTimeMs = options.longs === String ? $util.Long.prototype.toString.call(message.baseTimeMs) : options.longs === Number ? new $util.LongBits(message.baseTimeMs.low >>> 0, message.baseTimeMs.high >>> 0).toNumber() : message.baseTimeMs;
                if (message.instruments && message.instruments.length) {
                    object.instruments = [];
                    for (let j = 0; j < message.instruments.length; ++j)
                        object.instruments[j] = $root.market.v1.Instrument.toObject(message.instruments[j], options);
                }
                if (message.trades != null && message.hasOwnProperty("trades"))
                    object.trades = $root.ingest.v1.TradeColumns.toObject(message.trades, options);
                if (message.bookDeltas != null && message.hasOwnProperty("bookDeltas"))
                    object.bookDeltas = $root.ingest.v1.BookColumns.toObject(message.bookDeltas, options);
                if (message.bookSnapshots != null && message.hasOwnProperty("bookSnapshots"))
                    object.bookSnapshots = $root.ingest.v1.BookColumns.toObject(message.bookSnapshots, options);
                if (message.bbos != null && message.hasOwnProperty("bbos"))
                    object.bbos = $root.ingest.v1.BboColumns.toObject(message.bbos, options);
                if (message.health && message.health.length) {
                    object.health = [];
                    for (let j = 0; j < message.health.length; ++j)
                        object.health[j] = $root.market.v1.EdgeHealth.toObject(message.health[j], options);
                }
                if (message.traceparent != null && message.hasOwnProperty("traceparent"))
                    object.traceparent = message.traceparent;
                if (message.sentTimeUs != null && message.hasOwnProperty("sentTimeUs"))
                    if (typeof message.sentTimeUs === "number")
                        object.sentTimeUs = options.longs === String ? String(message.sentTimeUs) : message.sentTimeUs;
                    else
                        object.sentTimeUs = options.longs === String ? $util.Long.prototype.toString.call(message.sentTimeUs) : options.longs === Number ? new $util.LongBits(message.sentTimeUs.low >>> 0, message.sentTimeUs.high >>> 0).toNumber() : message.sentTimeUs;
                if (message.derivatives && message.derivatives.length) {
                    object.derivatives = [];
                    for (let j = 0; j < message.derivatives.length; ++j)
                        object.derivatives[j] = $root.ingest.v1.DerivativeRow.toObject(message.derivatives[j], options);
                }
                if (message.liquidations && message.liquidations.length) {
                    object.liquidations = [];
                    for (let j = 0; j < message.liquidations.length; ++j)
                        object.liquidations[j] = $root.ingest.v1.LiquidationRow.toObject(message.liquidations[j], options);
                }
                if (message.openedTimeUs != null && message.hasOwnProperty("openedTimeUs"))
                    if (typeof message.openedTimeUs === "number")
                        object.openedTimeUs = options.longs === String ? String(message.openedTimeUs) : message.openedTimeUs;
                    else
                        object.openedTimeUs = options.longs === String ? $util.Long.prototype.toString.call(message.openedTimeUs) : options.longs === Number ? new $util.LongBits(message.openedTimeUs.low >>> 0, message.openedTimeUs.high >>> 0).toNumber() : message.openedTimeUs;
                return object;
            };

            /**
             * Converts this TickBatch to JSON.
             * @function toJSON
             * @memberof ingest.v1.TickBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TickBatch.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TickBatch
             * @function getTypeUrl
             * @memberof ingest.v1.TickBatch
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TickBatch.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ingest.v1.TickBatch";
            };

            return TickBatch;
        })();

        v1.DerivativeRow = (function() {

            /**
             * Properties of a DerivativeRow.
             * @memberof ingest.v1
             * @interface IDerivativeRow
             * @property {number|null} [instrument] DerivativeRow instrument
             * @property {number|null} [venueTimeDeltaNs] DerivativeRow venueTimeDeltaNs
             * @property {number|null} [receiveTimeDeltaNs] DerivativeRow receiveTimeDeltaNs
             * @property {number|null} [fundingRate] DerivativeRow fundingRate
             * @property {number|null} [nextFundingTimeDeltaNs] DerivativeRow nextFundingTimeDeltaNs
             * @property {boolean|null} [hasNextFundingTime] DerivativeRow hasNextFundingTime
             * @property {number|null} [markPrice] DerivativeRow markPrice
             * @property {number|null} [indexPrice] DerivativeRow indexPrice
             * @property {number|null} [openInterest] DerivativeRow openInterest
             */

            /**
             * Constructs a new DerivativeRow.
             * @memberof ingest.v1
             * @classdesc Represents a DerivativeRow.
             * @implements IDerivativeRow
             * @constructor
             * @param {ingest.v1.IDerivativeRow=} [properties] Properties to set
             */
            function DerivativeRow(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * DerivativeRow instrument.
             * @member {number} instrument
             * @memberof ingest.v1.DerivativeRow
             * @instance
             */
            DerivativeRow.prototype.instrument = 0;

            /**
             * DerivativeRow venueTimeDeltaNs.
             * @member {number} venueTimeDeltaNs
             * @memberof ingest.v1.DerivativeRow
             * @instance
             */
            DerivativeRow.prototype.venueTimeDeltaNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DerivativeRow receiveTimeDeltaNs.
             * @member {number} receiveTimeDeltaNs
             * @memberof ingest.v1.DerivativeRow
             * @instance
             */
            DerivativeRow.prototype.receiveTimeDeltaNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DerivativeRow fundingRate.
             * @member {number} fundingRate
             * @memberof ingest.v1.DerivativeRow
             * @instance
             */
            DerivativeRow.prototype.fundingRate = 0;

            /**
             * DerivativeRow nextFundingTimeDeltaNs.
             * @member {number} nextFundingTimeDeltaNs
             * @memberof ingest.v1.DerivativeRow
             * @instance
             */
            DerivativeRow.prototype.nextFundingTimeDeltaNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * DerivativeRow hasNextFundingTime.
             * @member {boolean} hasNextFundingTime
             * @memberof ingest.v1.DerivativeRow
             * @instance
             */
            DerivativeRow.prototype.hasNextFundingTime = false;

            /**
             * DerivativeRow markPrice.
             * @member {number} markPrice
             * @memberof ingest.v1.DerivativeRow
             * @instance
             */
            DerivativeRow.prototype.markPrice = 0;

            /**
             * DerivativeRow indexPrice.
             * @member {number} indexPrice
             * @memberof ingest.v1.DerivativeRow
             * @instance
             */
            DerivativeRow.prototype.indexPrice = 0;

            /**
             * DerivativeRow openInterest.
             * @member {number} openInterest
             * @memberof ingest.v1.DerivativeRow
             * @instance
             */
            DerivativeRow.prototype.openInterest = 0;

            /**
             * Creates a new DerivativeRow instance using the specified properties.
             * @function create
             * @memberof ingest.v1.DerivativeRow
             * @static
             * @param {ingest.v1.IDerivativeRow=} [properties] Properties to set
             * @returns {ingest.v1.DerivativeRow} DerivativeRow instance
             */
            DerivativeRow.create = function create(properties) {
                return new DerivativeRow(properties);
            };

            /**
             * Encodes the specified DerivativeRow message. Does not implicitly {@link ingest.v1.DerivativeRow.verify|verify} messages.
             * @function encode
             * @memberof ingest.v1.DerivativeRow
             * @static
             * @param {ingest.v1.IDerivativeRow} message DerivativeRow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DerivativeRow.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.instrument != null && Object.hasOwnProperty.call(message, "instrument"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.instrument);
                if (message.venueTimeDeltaNs != null && Object.hasOwnProperty.call(message, "venueTimeDeltaNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint64(message.venueTimeDeltaNs);
                if (message.receiveTimeDeltaNs != null && Object.hasOwnProperty.call(message, "receiveTimeDeltaNs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint64(message.receiveTimeDeltaNs);
                if (message.fundingRate != null && Object.hasOwnProperty.call(message, "fundingRate"))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.fundingRate);
                if (message.nextFundingTimeDeltaNs != null && Object.hasOwnProperty.call(message, "nextFundingTimeDeltaNs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).sint64(message.nextFundingTimeDeltaNs);
                if (message.hasNextFundingTime != null && Object.hasOwnProperty.call(message, "hasNextFundingTime"))
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.hasNextFundingTime);
                if (message.markPrice != null && Object.hasOwnProperty.call(message, "markPrice"))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.markPrice);
                if (message.indexPrice != null && Object.hasOwnProperty.call(message, "indexPrice"))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.indexPrice);
                if (message.openInterest != null && Object.hasOwnProperty.call(message, "openInterest"))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.openInterest);
                return writer;
            };

            /**
             * Encodes the specified DerivativeRow message, length delimited. Does not implicitly {@link ingest.v1.DerivativeRow.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingest.v1.DerivativeRow
             * @static
             * @param {ingest.v1.IDerivativeRow} message DerivativeRow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DerivativeRow.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a DerivativeRow message from the specified reader or buffer.
             * @function decode
             * @memberof ingest.v1.DerivativeRow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingest.v1.DerivativeRow} DerivativeRow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DerivativeRow.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.ingest.v1.DerivativeRow();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.instrument = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.venueTimeDeltaNs = $int64.sint64(reader);
                            break;
                        }
                    case 3: {
                            message.receiveTimeDeltaNs = $int64.sint64(reader);
                            break;
                        }
                    case 4: {
                            message.fundingRate = reader.double();
                            break;
                        }
                    case 5: {
                            message.nextFundingTimeDeltaNs = $int64.sint64(reader);
                            break;
                        }
                    case 6: {
                            message.hasNextFundingTime = reader.bool();
                            break;
                        }
                    case 7: {
                            message.markPrice = reader.double();
                            break;
                        }
                    case 8: {
                            message.indexPrice = reader.double();
                            break;
                        }
                    case 9: {
                            message.openInterest = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a DerivativeRow message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingest.v1.DerivativeRow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingest.v1.DerivativeRow} DerivativeRow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DerivativeRow.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a DerivativeRow message.
             * @function verify
             * @memberof ingest.v1.DerivativeRow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DerivativeRow.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.instrument != null && message.hasOwnProperty("instrument"))
                    if (!$util.isInteger(message.instrument))
                        return "instrument: integer expected";
                if (message.venueTimeDeltaNs != null && message.hasOwnProperty("venueTimeDeltaNs"))
                    if (!$util.isInteger(message.venueTimeDeltaNs) && !(message.venueTimeDeltaNs && $util.isInteger(message.venueTimeDeltaNs.low) && $util.isInteger(message.venueTimeDeltaNs.high)))
                        return "venueTimeDeltaNs: integer|Long expected";
                if (message.receiveTimeDeltaNs != null && message.hasOwnProperty("receiveTimeDeltaNs"))
                    if (!$util.isInteger(message.receiveTimeDeltaNs) && !(message.receiveTimeDeltaNs && $util.isInteger(message.receiveTimeDeltaNs.low) && $util.isInteger(message.receiveTimeDeltaNs.high)))
                        return "receiveTimeDeltaNs: integer|Long expected";
                if (message.fundingRate != null && message.hasOwnProperty("fundingRate"))
                    if (typeof message.fundingRate !== "number")
                        return "fundingRate: number expected";
                if (message.nextFundingTimeDeltaNs != null && message.hasOwnProperty("nextFundingTimeDeltaNs"))
                    if (!$util.isInteger(message.nextFundingTimeDeltaNs) && !(message.nextFundingTimeDeltaNs && $util.isInteger(message.nextFundingTimeDeltaNs.low) && $util.isInteger(message.nextFundingTimeDeltaNs.high)))
                        return "nextFundingTimeDeltaNs: integer|Long expected";
                if (message.hasNextFundingTime != null && message.hasOwnProperty("hasNextFundingTime"))
                    if (typeof message.hasNextFundingTime !== "boolean")
                        return "hasNextFundingTime: boolean expected";
                if (message.markPrice != null && message.hasOwnProperty("markPrice"))
                    if (typeof message.markPrice !== "number")
                        return "markPrice: number expected";
                if (message.indexPrice != null && message.hasOwnProperty("indexPrice"))
                    if (typeof message.indexPrice !== "number")
                        return "indexPrice: number expected";
                if (message.openInterest != null && message.hasOwnProperty("openInterest"))
                    if (typeof message.openInterest !== "number")
                        return "openInterest: number expected";
                return null;
            };

            /**
             * Creates a DerivativeRow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingest.v1.DerivativeRow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingest.v1.DerivativeRow} DerivativeRow
             */
            DerivativeRow.fromObject = function fromObject(object) {
                if (object instanceof $root.ingest.v1.DerivativeRow)
                    return object;
                let message = new $root.ingest.v1.DerivativeRow();
                if (object.instrument != null)
                    message.instrument = object.instrument >>> 0;
                if (object.venueTimeDeltaNs != null)
                    if ($util.Long)
                        (message.venueTimeDeltaNs = $util.Long.fromValue(object.venueTimeDeltaNs)).unsigned = false;
                    else if (typeof object.venueTimeDeltaNs === "string")
                        message.venueTimeDeltaNs = parseInt(object.venueTimeDeltaNs, 10);
                    else if (typeof object.venueTimeDeltaNs === "number")
                        message.venueTimeDeltaNs = object.venueTimeDeltaNs;
                    else if (typeof object.venueTimeDeltaNs === "object")
                        message.venueTimeDeltaNs = new $util.LongBits(object.venueTimeDeltaNs.low >>> 0, object.venueTimeDeltaNs.high >>> 0).toNumber();
                if (object.receiveTimeDeltaNs != null)
                    if ($util.Long)
                        (message.receiveTimeDeltaNs = $util.Long.fromValue(object.receiveTimeDeltaNs)).unsigned = false;
                    else if (typeof object.receiveTimeDeltaNs === "string")
                        message.receiveTimeDeltaNs = parseInt(object.receiveTimeDeltaNs, 10);
                    else if (typeof object.receiveTimeDeltaNs === "number")
                        message.receiveTimeDeltaNs = object.receiveTimeDeltaNs;
                    else if (typeof object.receiveTimeDeltaNs === "object")
                        message.receiveTimeDeltaNs = new $util.LongBits(object.receiveTimeDeltaNs.low >>> 0, object.receiveTimeDeltaNs.high >>> 0).toNumber();
                if (object.fundingRate != null)
                    message.fundingRate = Number(object.fundingRate);
                if (object.nextFundingTimeDeltaNs != null)
                    if ($util.Long)
                        (message.nextFundingTimeDeltaNs = $util.Long.fromValue(object.nextFundingTimeDeltaNs)).unsigned = false;
                    else if (typeof object.nextFundingTimeDeltaNs === "string")
                        message.nextFundingTimeDeltaNs = parseInt(object.nextFundingTimeDeltaNs, 10);
                    else if (typeof object.nextFundingTimeDeltaNs === "number")
                        message.nextFundingTimeDeltaNs = object.nextFundingTimeDeltaNs;
                    else if (typeof object.nextFundingTimeDeltaNs === "object")
                        message.nextFundingTimeDeltaNs = new $util.LongBits(object.nextFundingTimeDeltaNs.low >>> 0, object.nextFundingTimeDeltaNs.high >>> 0).toNumber();
                if (object.hasNextFundingTime != null)
                    message.hasNextFundingTime = Boolean(object.hasNextFundingTime);
                if (object.markPrice != null)
                    message.markPrice = Number(object.markPrice);
                if (object.indexPrice != null)
                    message.indexPrice = Number(object.indexPrice);
                if (object.openInterest != null)
                    message.openInterest = Number(object.openInterest);
                return message;
            };

            /**
             * Creates a plain object from a DerivativeRow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingest.v1.DerivativeRow
             * @static
             * @param {ingest.v1.DerivativeRow} message DerivativeRow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DerivativeRow.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.defaults) {
                    object.instrument = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.venueTimeDeltaNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.venueTimeDeltaNs = options.longs === String ? "0" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.receiveTimeDeltaNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.receiveTimeDeltaNs = options.longs === String ? "0" : 0;
                    object.fundingRate = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.nextFundingTimeDeltaNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.nextFundingTimeDeltaNs = options.longs === String ? "0" : 0;
                    object.hasNextFundingTime = false;
                    object.markPrice = 0;
                    object.indexPrice = 0;
                    object.openInterest = 0;
                }
                if (message.instrument != null && message.hasOwnProperty("instrument"))
                    object.instrument = message.instrument;
                if (message.venueTimeDeltaNs != null && message.hasOwnProperty("venueTimeDeltaNs"))
                    if (typeof message.venueTimeDeltaNs === "number")
                        object.venueTimeDeltaNs = options.longs === String ? String(message.venueTimeDeltaNs) : message.venueTimeDeltaNs;
                    else
                        object.venueTimeDeltaNs = options.longs === String ? $util.Long.prototype.toString.call(message.venueTimeDeltaNs) : options.longs === Number ? new $util.LongBits(message.venueTimeDeltaNs.low >>> 0, message.venueTimeDeltaNs.high >>> 0).toNumber() : message.venueTimeDeltaNs;
                if (message.receiveTimeDeltaNs != null && message.hasOwnProperty("receiveTimeDeltaNs"))
                    if (typeof message.receiveTimeDeltaNs === "number")
                        object.receiveTimeDeltaNs = options.longs === String ? String(message.receiveTimeDeltaNs) : message.receiveTimeDeltaNs;
                    else
                        object.receiveTimeDeltaNs = options.longs === String ? $util.Long.prototype.toString.call(message.receiveTimeDeltaNs) : options.longs === Number ? new $util.LongBits(message.receiveTimeDeltaNs.low >>> 0, message.receiveTimeDeltaNs.high >>> 0).toNumber() : message.receiveTimeDeltaNs;
                if (message.fundingRate != null && message.hasOwnProperty("fundingRate"))
                    object.fundingRate = options.json && !isFinite(message.fundingRate) ? String(message.fundingRate) : message.fundingRate;
                if (message.nextFundingTimeDeltaNs != null && message.hasOwnProperty("nextFundingTimeDeltaNs"))
                    if (typeof message.nextFundingTimeDeltaNs === "number")
                        object.nextFundingTimeDeltaNs = options.longs === String ? String(message.nextFundingTimeDeltaNs) : message.nextFundingTimeDeltaNs;
                    else
                        object.nextFundingTimeDeltaNs = options.longs === String ? $util.Long.prototype.toString.call(message.nextFundingTimeDeltaNs) : options.longs === Number ? new $util.LongBits(message.nextFundingTimeDeltaNs.low >>> 0, message.nextFundingTimeDeltaNs.high >>> 0).toNumber() : message.nextFundingTimeDeltaNs;
                if (message.hasNextFundingTime != null && message.hasOwnProperty("hasNextFundingTime"))
                    object.hasNextFundingTime = message.hasNextFundingTime;
                if (message.markPrice != null && message.hasOwnProperty("markPrice"))
                    object.markPrice = options.json && !isFinite(message.markPrice) ? String(message.markPrice) : message.markPrice;
                if (message.indexPrice != null && message.hasOwnProperty("indexPrice"))
                    object.indexPrice = options.json && !isFinite(message.indexPrice) ? String(message.indexPrice) : message.indexPrice;
                if (message.openInterest != null && message.hasOwnProperty("openInterest"))
                    object.openInterest = options.json && !isFinite(message.openInterest) ? String(message.openInterest) : message.openInterest;
                return object;
            };

            /**
             * Converts this DerivativeRow to JSON.
             * @function toJSON
             * @memberof ingest.v1.DerivativeRow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DerivativeRow.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for DerivativeRow
             * @function getTypeUrl
             * @memberof ingest.v1.DerivativeRow
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            DerivativeRow.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ingest.v1.DerivativeRow";
            };

            return DerivativeRow;
        })();

        v1.LiquidationRow = (function() {

            /**
             * Properties of a LiquidationRow.
             * @memberof ingest.v1
             * @interface ILiquidationRow
             * @property {number|null} [instrument] LiquidationRow instrument
             * @property {number|null} [venueTimeDeltaNs] LiquidationRow venueTimeDeltaNs
             * @property {number|null} [receiveTimeDeltaNs] LiquidationRow receiveTimeDeltaNs
             * @property {market.v1.Side|null} [side] LiquidationRow side
             * @property {number|null} [price] LiquidationRow price
             * @property {number|null} [size] LiquidationRow size
             */

            /**
             * Constructs a new LiquidationRow.
             * @memberof ingest.v1
             * @classdesc Represents a LiquidationRow.
             * @implements ILiquidationRow
             * @constructor
             * @param {ingest.v1.ILiquidationRow=} [properties] Properties to set
             */
            function LiquidationRow(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LiquidationRow instrument.
             * @member {number} instrument
             * @memberof ingest.v1.LiquidationRow
             * @instance
             */
            LiquidationRow.prototype.instrument = 0;

            /**
             * LiquidationRow venueTimeDeltaNs.
             * @member {number} venueTimeDeltaNs
             * @memberof ingest.v1.LiquidationRow
             * @instance
             */
            LiquidationRow.prototype.venueTimeDeltaNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LiquidationRow receiveTimeDeltaNs.
             * @member {number} receiveTimeDeltaNs
             * @memberof ingest.v1.LiquidationRow
             * @instance
             */
            LiquidationRow.prototype.receiveTimeDeltaNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * LiquidationRow side.
             * @member {market.v1.Side} side
             * @memberof ingest.v1.LiquidationRow
             * @instance
             */
            LiquidationRow.prototype.side = 0;

            /**
             * LiquidationRow price.
             * @member {number} price
             * @memberof ingest.v1.LiquidationRow
             * @instance
             */
            LiquidationRow.prototype.price = 0;

            /**
             * LiquidationRow size.
             * @member {number} size
             * @memberof ingest.v1.LiquidationRow
             * @instance
             */
            LiquidationRow.prototype.size = 0;

            /**
             * Creates a new LiquidationRow instance using the specified properties.
             * @function create
             * @memberof ingest.v1.LiquidationRow
             * @static
             * @param {ingest.v1.ILiquidationRow=} [properties] Properties to set
             * @returns {ingest.v1.LiquidationRow} LiquidationRow instance
             */
            LiquidationRow.create = function create(properties) {
                return new LiquidationRow(properties);
            };

            /**
             * Encodes the specified LiquidationRow message. Does not implicitly {@link ingest.v1.LiquidationRow.verify|verify} messages.
             * @function encode
             * @memberof ingest.v1.LiquidationRow
             * @static
             * @param {ingest.v1.ILiquidationRow} message LiquidationRow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LiquidationRow.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.instrument != null && Object.hasOwnProperty.call(message, "instrument"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.instrument);
                if (message.venueTimeDeltaNs != null && Object.hasOwnProperty.call(message, "venueTimeDeltaNs"))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint64(message.venueTimeDeltaNs);
                if (message.receiveTimeDeltaNs != null && Object.hasOwnProperty.call(message, "receiveTimeDeltaNs"))
                    writer.uint32(/* id 3, wireType 0 =*/24).sint64(message.receiveTimeDeltaNs);
                if (message.side != null && Object.hasOwnProperty.call(message, "side"))
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.side);
                if (message.price != null && Object.hasOwnProperty.call(message, "price"))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.price);
                if (message.size != null && Object.hasOwnProperty.call(message, "size"))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.size);
                return writer;
            };

            /**
             * Encodes the specified LiquidationRow message, length delimited. Does not implicitly {@link ingest.v1.LiquidationRow.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingest.v1.LiquidationRow
             * @static
             * @param {ingest.v1.ILiquidationRow} message LiquidationRow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LiquidationRow.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a LiquidationRow message from the specified reader or buffer.
             * @function decode
             * @memberof ingest.v1.LiquidationRow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingest.v1.LiquidationRow} LiquidationRow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LiquidationRow.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.ingest.v1.LiquidationRow();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.instrument = reader.uint32();
                            break;
                        }
                    case 2: {
                            message.venueTimeDeltaNs = $int64.sint64(reader);
                            break;
                        }
                    case 3: {
                            message.receiveTimeDeltaNs = $int64.sint64(reader);
                            break;
                        }
                    case 4: {
                            message.side = reader.int32();
                            break;
                        }
                    case 5: {
                            message.price = reader.double();
                            break;
                        }
                    case 6: {
                            message.size = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a LiquidationRow message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingest.v1.LiquidationRow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingest.v1.LiquidationRow} LiquidationRow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LiquidationRow.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a LiquidationRow message.
             * @function verify
             * @memberof ingest.v1.LiquidationRow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LiquidationRow.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.instrument != null && message.hasOwnProperty("instrument"))
                    if (!$util.isInteger(message.instrument))
                        return "instrument: integer expected";
                if (message.venueTimeDeltaNs != null && message.hasOwnProperty("venueTimeDeltaNs"))
                    if (!$util.isInteger(message.venueTimeDeltaNs) && !(message.venueTimeDeltaNs && $util.isInteger(message.venueTimeDeltaNs.low) && $util.isInteger(message.venueTimeDeltaNs.high)))
                        return "venueTimeDeltaNs: integer|Long expected";
                if (message.receiveTimeDeltaNs != null && message.hasOwnProperty("receiveTimeDeltaNs"))
                    if (!$util.isInteger(message.receiveTimeDeltaNs) && !(message.receiveTimeDeltaNs && $util.isInteger(message.receiveTimeDeltaNs.low) && $util.isInteger(message.receiveTimeDeltaNs.high)))
                        return "receiveTimeDeltaNs: integer|Long expected";
                if (message.side != null && message.hasOwnProperty("side"))
                    switch (message.side) {
                    default:
                        return "side: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                        break;
                    }
                if (message.price != null && message.hasOwnProperty("price"))
                    if (typeof message.price !== "number")
                        return "price: number expected";
                if (message.size != null && message.hasOwnProperty("size"))
                    if (typeof message.size !== "number")
                        return "size: number expected";
                return null;
            };

            /**
             * Creates a LiquidationRow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingest.v1.LiquidationRow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingest.v1.LiquidationRow} LiquidationRow
             */
            LiquidationRow.fromObject = function fromObject(object) {
                if (object instanceof $root.ingest.v1.LiquidationRow)
                    return object;
                let message = new $root.ingest.v1.LiquidationRow();
                if (object.instrument != null)
                    message.instrument = object.instrument >>> 0;
                if (object.venueTimeDeltaNs != null)
                    if ($util.Long)
                        (message.venueTimeDeltaNs = $util.Long.fromValue(object.venueTimeDeltaNs)).unsigned = false;
                    else if (typeof object.venueTimeDeltaNs === "string")
                        message.venueTimeDeltaNs = parseInt(object.venueTimeDeltaNs, 10);
                    else if (typeof object.venueTimeDeltaNs === "number")
                        message.venueTimeDeltaNs = object.venueTimeDeltaNs;
                    else if (typeof object.venueTimeDeltaNs === "object")
                        message.venueTimeDeltaNs = new $util.LongBits(object.venueTimeDeltaNs.low >>> 0, object.venueTimeDeltaNs.high >>> 0).toNumber();
                if (object.receiveTimeDeltaNs != null)
                    if ($util.Long)
                        (message.receiveTimeDeltaNs = $util.Long.fromValue(object.receiveTimeDeltaNs)).unsigned = false;
                    else if (typeof object.receiveTimeDeltaNs === "string")
                        message.receiveTimeDeltaNs = parseInt(object.receiveTimeDeltaNs, 10);
                    else if (typeof object.receiveTimeDeltaNs === "number")
                        message.receiveTimeDeltaNs = object.receiveTimeDeltaNs;
                    else if (typeof object.receiveTimeDeltaNs === "object")
                        message.receiveTimeDeltaNs = new $util.LongBits(object.receiveTimeDeltaNs.low >>> 0, object.receiveTimeDeltaNs.high >>> 0).toNumber();
                switch (object.side) {
                default:
                    if (typeof object.side === "number") {
                        message.side = object.side;
                        break;
                    }
                    break;
                case "SIDE_UNSPECIFIED":
                case 0:
                    message.side = 0;
                    break;
                case "SIDE_BUY":
                case 1:
                    message.side = 1;
                    break;
                case "SIDE_SELL":
                case 2:
                    message.side = 2;
                    break;
                }
                if (object.price != null)
                    message.price = Number(object.price);
                if (object.size != null)
                    message.size = Number(object.size);
                return message;
            };

            /**
             * Creates a plain object from a LiquidationRow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingest.v1.LiquidationRow
             * @static
             * @param {ingest.v1.LiquidationRow} message LiquidationRow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LiquidationRow.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.defaults) {
                    object.instrument = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.venueTimeDeltaNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.venueTimeDeltaNs = options.longs === String ? "0" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.receiveTimeDeltaNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.receiveTimeDeltaNs = options.longs === String ? "0" : 0;
                    object.side = options.enums === String ? "SIDE_UNSPECIFIED" : 0;
                    object.price = 0;
                    object.size = 0;
                }
                if (message.instrument != null && message.hasOwnProperty("instrument"))
                    object.instrument = message.instrument;
                if (message.venueTimeDeltaNs != null && message.hasOwnProperty("venueTimeDeltaNs"))
                    if (typeof message.venueTimeDeltaNs === "number")
                        object.venueTimeDeltaNs = options.longs === String ? String(message.venueTimeDeltaNs) : message.venueTimeDeltaNs;
                    else
                        object.venueTimeDeltaNs = options.longs === String ? $util.Long.prototype.toString.call(message.venueTimeDeltaNs) : options.longs === Number ? new $util.LongBits(message.venueTimeDeltaNs.low >>> 0, message.venueTimeDeltaNs.high >>> 0).toNumber() : message.venueTimeDeltaNs;
                if (message.receiveTimeDeltaNs != null && message.hasOwnProperty("receiveTimeDeltaNs"))
                    if (typeof message.receiveTimeDeltaNs === "number")
                        object.receiveTimeDeltaNs = options.longs === String ? String(message.receiveTimeDeltaNs) : message.receiveTimeDeltaNs;
                    else
                        object.receiveTimeDeltaNs = options.longs === String ? $util.Long.prototype.toString.call(message.receiveTimeDeltaNs) : options.longs === Number ? new $util.LongBits(message.receiveTimeDeltaNs.low >>> 0, message.receiveTimeDeltaNs.high >>> 0).toNumber() : message.receiveTimeDeltaNs;
                if (message.side != null && message.hasOwnProperty("side"))
                    object.side = options.enums === String ? $root.market.v1.Side[message.side] === undefined ? message.side : $root.market.v1.Side[message.side] : message.side;
                if (message.price != null && message.hasOwnProperty("price"))
                    object.price = options.json && !isFinite(message.price) ? String(message.price) : message.price;
                if (message.size != null && message.hasOwnProperty("size"))
                    object.size = options.json && !isFinite(message.size) ? String(message.size) : message.size;
                return object;
            };

            /**
             * Converts this LiquidationRow to JSON.
             * @function toJSON
             * @memberof ingest.v1.LiquidationRow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LiquidationRow.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for LiquidationRow
             * @function getTypeUrl
             * @memberof ingest.v1.LiquidationRow
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LiquidationRow.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ingest.v1.LiquidationRow";
            };

            return LiquidationRow;
        })();

        v1.TradeColumns = (function() {

            /**
             * Properties of a TradeColumns.
             * @memberof ingest.v1
             * @interface ITradeColumns
             * @property {Array.<number>|null} [instrument] TradeColumns instrument
             * @property {Array.<number>|null} [venueTimeDeltaNs] TradeColumns venueTimeDeltaNs
             * @property {Array.<number>|null} [receiveTimeDeltaNs] TradeColumns receiveTimeDeltaNs
             * @property {Array.<string>|null} [tradeId] TradeColumns tradeId
             * @property {Array.<number>|null} [price] TradeColumns price
             * @property {Array.<number>|null} [size] TradeColumns size
             * @property {Array.<market.v1.Side>|null} [side] TradeColumns side
             */

            /**
             * Constructs a new TradeColumns.
             * @memberof ingest.v1
             * @classdesc Represents a TradeColumns.
             * @implements ITradeColumns
             * @constructor
             * @param {ingest.v1.ITradeColumns=} [properties] Properties to set
             */
            function TradeColumns(properties) {
                this.instrument = [];
                this.venueTimeDeltaNs = [];
                this.receiveTimeDeltaNs = [];
                this.tradeId = [];
                this.price = [];
                this.size = [];
                this.side = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * TradeColumns instrument.
             * @member {Array.<number>} instrument
             * @memberof ingest.v1.TradeColumns
             * @instance
             */
            TradeColumns.prototype.instrument = $util.emptyArray;

            /**
             * TradeColumns venueTimeDeltaNs.
             * @member {Array.<number>} venueTimeDeltaNs
             * @memberof ingest.v1.TradeColumns
             * @instance
             */
            TradeColumns.prototype.venueTimeDeltaNs = $util.emptyArray;

            /**
             * TradeColumns receiveTimeDeltaNs.
             * @member {Array.<number>} receiveTimeDeltaNs
             * @memberof ingest.v1.TradeColumns
             * @instance
             */
            TradeColumns.prototype.receiveTimeDeltaNs = $util.emptyArray;

            /**
             * TradeColumns tradeId.
             * @member {Array.<string>} tradeId
             * @memberof ingest.v1.TradeColumns
             * @instance
             */
            TradeColumns.prototype.tradeId = $util.emptyArray;

            /**
             * TradeColumns price.
             * @member {Array.<number>} price
             * @memberof ingest.v1.TradeColumns
             * @instance
             */
            TradeColumns.prototype.price = $util.emptyArray;

            /**
             * TradeColumns size.
             * @member {Array.<number>} size
             * @memberof ingest.v1.TradeColumns
             * @instance
             */
            TradeColumns.prototype.size = $util.emptyArray;

            /**
             * TradeColumns side.
             * @member {Array.<market.v1.Side>} side
             * @memberof ingest.v1.TradeColumns
             * @instance
             */
            TradeColumns.prototype.side = $util.emptyArray;

            /**
             * Creates a new TradeColumns instance using the specified properties.
             * @function create
             * @memberof ingest.v1.TradeColumns
             * @static
             * @param {ingest.v1.ITradeColumns=} [properties] Properties to set
             * @returns {ingest.v1.TradeColumns} TradeColumns instance
             */
            TradeColumns.create = function create(properties) {
                return new TradeColumns(properties);
            };

            /**
             * Encodes the specified TradeColumns message. Does not implicitly {@link ingest.v1.TradeColumns.verify|verify} messages.
             * @function encode
             * @memberof ingest.v1.TradeColumns
             * @static
             * @param {ingest.v1.ITradeColumns} message TradeColumns message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TradeColumns.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.instrument != null && message.instrument.length) {
                    writer.uint32(/* id 1, wireType 2 =*/10).fork();
                    for (let i = 0; i < message.instrument.length; ++i)
                        writer.uint32(message.instrument[i]);
                    writer.ldelim();
                }
                if (message.venueTimeDeltaNs != null && message.venueTimeDeltaNs.length) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork();
                    for (let i = 0; i < message.venueTimeDeltaNs.length; ++i)
                        writer.sint64(message.venueTimeDeltaNs[i]);
                    writer.ldelim();
                }
                if (message.receiveTimeDeltaNs != null && message.receiveTimeDeltaNs.length) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork();
                    for (let i = 0; i < message.receiveTimeDeltaNs.length; ++i)
                        writer.sint64(message.receiveTimeDeltaNs[i]);
                    writer.ldelim();
                }
                if (message.tradeId != null && message.tradeId.length)
                    for (let i = 0; i < message.tradeId.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.tradeId[i]);
                if (message.price != null && message.price.length) {
                    writer.uint32(/* id 5, wireType 2 =*/42).fork();
                    for (let i = 0; i < message.price.length; ++i)
                        writer.double(message.price[i]);
                    writer.ldelim();
                }
                if (message.size != null && message.size.length) {
                    writer.uint32(/* id 6, wireType 2 =*/50).fork();
                    for (let i = 0; i < message.size.length; ++i)
                        writer.double(message.size[i]);
                    writer.ldelim();
                }
                if (message.side != null && message.side.length) {
                    writer.uint32(/* id 7, wireType 2 =*/58).fork();
                    for (let i = 0; i < message.side.length; ++i)
                        writer.int32(message.side[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified TradeColumns message, length delimited. Does not implicitly {@link ingest.v1.TradeColumns.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingest.v1.TradeColumns
             * @static
             * @param {ingest.v1.ITradeColumns} message TradeColumns message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TradeColumns.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a TradeColumns message from the specified reader or buffer.
             * @function decode
             * @memberof ingest.v1.TradeColumns
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingest.v1.TradeColumns} TradeColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TradeColumns.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.ingest.v1.TradeColumns();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.instrument && message.instrument.length))
                                message.instrument = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.instrument = $packed.uint32s(reader, end2, message.instrument);
                            } else
                                message.instrument.push(reader.uint32());
                            break;
                        }
                    case 2: {
                            if (!(message.venueTimeDeltaNs && message.venueTimeDeltaNs.length))
                                message.venueTimeDeltaNs = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.venueTimeDeltaNs = $packed.sint64s(reader, end2, message.venueTimeDeltaNs);
                            } else
                                message.venueTimeDeltaNs.push($int64.sint64(reader));
                            break;
                        }
                    case 3: {
                            if (!(message.receiveTimeDeltaNs && message.receiveTimeDeltaNs.length))
                                message.receiveTimeDeltaNs = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.receiveTimeDeltaNs = $packed.sint64s(reader, end2, message.receiveTimeDeltaNs);
                            } else
                                message.receiveTimeDeltaNs.push($int64.sint64(reader));
                            break;
                        }
                    case 4: {
                            if (!(message.tradeId && message.tradeId.length))
                                message.tradeId = [];
                            message.tradeId.push(reader.string());
                            break;
                        }
                    case 5: {
                            if (!(message.price && message.price.length))
                                message.price = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.price = $packed.doubles(reader, end2, message.price);
                            } else
                                message.price.push(reader.double());
                            break;
                        }
                    case 6: {
                            if (!(message.size && message.size.length))
                                message.size = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.size = $packed.doubles(reader, end2, message.size);
                            } else
                                message.size.push(reader.double());
                            break;
                        }
                    case 7: {
                            if (!(message.side && message.side.length))
                                message.side = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.side = $packed.int32s(reader, end2, message.side);
                            } else
                                message.side.push(reader.int32());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a TradeColumns message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingest.v1.TradeColumns
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingest.v1.TradeColumns} TradeColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TradeColumns.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a TradeColumns message.
             * @function verify
             * @memberof ingest.v1.TradeColumns
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TradeColumns.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.instrument != null && message.hasOwnProperty("instrument")) {
                    if (!Array.isArray(message.instrument))
                        return "instrument: array expected";
                    for (let i = 0; i < message.instrument.length; ++i)
                        if (!$util.isInteger(message.instrument[i]))
                            return "instrument: integer[] expected";
                }
                if (message.venueTimeDeltaNs != null && message.hasOwnProperty("venueTimeDeltaNs")) {
                    if (!Array.isArray(message.venueTimeDeltaNs))
                        return "venueTimeDeltaNs: array expected";
                    for (let i = 0; i < message.venueTimeDeltaNs.length; ++i)
                        if (!$util.isInteger(message.venueTimeDeltaNs[i]) && !(message.venueTimeDeltaNs[i] && $util.isInteger(message.venueTimeDeltaNs[i].low) && $util.isInteger(message.venueTimeDeltaNs[i].high)))
                            return "venueTimeDeltaNs: integer|Long[] expected";
                }
                if (message.receiveTimeDeltaNs != null && message.hasOwnProperty("receiveTimeDeltaNs")) {
                    if (!Array.isArray(message.receiveTimeDeltaNs))
                        return "receiveTimeDeltaNs: array expected";
                    for (let i = 0; i < message.receiveTimeDeltaNs.length; ++i)
                        if (!$util.isInteger(message.receiveTimeDeltaNs[i]) && !(message.receiveTimeDeltaNs[i] && $util.isInteger(message.receiveTimeDeltaNs[i].low) && $util.isInteger(message.receiveTimeDeltaNs[i].high)))
                            return "receiveTimeDeltaNs: integer|Long[] expected";
                }
                if (message.tradeId != null && message.hasOwnProperty("tradeId")) {
                    if (!Array.isArray(message.tradeId))
                        return "tradeId: array expected";
                    for (let i = 0; i < message.tradeId.length; ++i)
                        if (!$util.isString(message.tradeId[i]))
                            return "tradeId: string[] expected";
                }
                if (message.price != null && message.hasOwnProperty("price")) {
                    if (!Array.isArray(message.price))
                        return "price: array expected";
                    for (let i = 0; i < message.price.length; ++i)
                        if (typeof message.price[i] !== "number")
                            return "price: number[] expected";
                }
                if (message.size != null && message.hasOwnProperty("size")) {
                    if (!Array.isArray(message.size))
                        return "size: array expected";
                    for (let i = 0; i < message.size.length; ++i)
                        if (typeof message.size[i] !== "number")
                            return "size: number[] expected";
                }
                if (message.side != null && message.hasOwnProperty("side")) {
                    if (!Array.isArray(message.side))
                        return "side: array expected";
                    for (let i = 0; i < message.side.length; ++i)
                        switch (message.side[i]) {
                        default:
                            return "side: enum value[] expected";
                        case 0:
                        case 1:
                        case 2:
                            break;
                        }
                }
                return null;
            };

            /**
             * Creates a TradeColumns message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingest.v1.TradeColumns
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingest.v1.TradeColumns} TradeColumns
             */
            TradeColumns.fromObject = function fromObject(object) {
                if (object instanceof $root.ingest.v1.TradeColumns)
                    return object;
                let message = new $root.ingest.v1.TradeColumns();
                if (object.instrument) {
                    if (!Array.isArray(object.instrument))
                        throw TypeError(".ingest.v1.TradeColumns.instrument: array expected");
                    message.instrument = [];
                    for (let i = 0; i < object.instrument.length; ++i)
                        message.instrument[i] = object.instrument[i] >>> 0;
                }
                if (object.venueTimeDeltaNs) {
                    if (!Array.isArray(object.venueTimeDeltaNs))
                        throw TypeError(".ingest.v1.TradeColumns.venueTimeDeltaNs: array expected");
                    message.venueTimeDeltaNs = [];
                    for (let i = 0; i < object.venueTimeDeltaNs.length; ++i)
                        if ($util.Long)
                            (message.venueTimeDeltaNs[i] = $util.Long.fromValue(object.venueTimeDeltaNs[i])).unsigned = false;
                        else if (typeof object.venueTimeDeltaNs[i] === "string")
                            message.venueTimeDeltaNs[i] = parseInt(object.venueTimeDeltaNs[i], 10);
                        else if (typeof object.venueTimeDeltaNs[i] === "number")
                            message.venueTimeDeltaNs[i] = object.venueTimeDeltaNs[i];
                        else if (typeof object.venueTimeDeltaNs[i] === "object")
                            message.venueTimeDeltaNs[i] = new $util.LongBits(object.venueTimeDeltaNs[i].low >>> 0, object.venueTimeDeltaNs[i].high >>> 0).toNumber();
                }
                if (object.receiveTimeDeltaNs) {
                    if (!Array.isArray(object.receiveTimeDeltaNs))
                        throw TypeError(".ingest.v1.TradeColumns.receiveTimeDeltaNs: array expected");
                    message.receiveTimeDeltaNs = [];
                    for (let i = 0; i < object.receiveTimeDeltaNs.length; ++i)
                        if ($util.Long)
                            (message.receiveTimeDeltaNs[i] = $util.Long.fromValue(object.receiveTimeDeltaNs[i])).unsigned = false;
                        else if (typeof object.receiveTimeDeltaNs[i] === "string")
                            message.receiveTimeDeltaNs[i] = parseInt(object.receiveTimeDeltaNs[i], 10);
                        else if (typeof object.receiveTimeDeltaNs[i] === "number")
                            message.receiveTimeDeltaNs[i] = object.receiveTimeDeltaNs[i];
                        else if (typeof object.receiveTimeDeltaNs[i] === "object")
                            message.receiveTimeDeltaNs[i] = new $util.LongBits(object.receiveTimeDeltaNs[i].low >>> 0, object.receiveTimeDeltaNs[i].high >>> 0).toNumber();
                }
                if (object.tradeId) {
                    if (!Array.isArray(object.tradeId))
                        throw TypeError(".ingest.v1.TradeColumns.tradeId: array expected");
                    message.tradeId = [];
                    for (let i = 0; i < object.tradeId.length; ++i)
                        message.tradeId[i] = String(object.tradeId[i]);
                }
                if (object.price) {
                    if (!Array.isArray(object.price))
                        throw TypeError(".ingest.v1.TradeColumns.price: array expected");
                    message.price = [];
                    for (let i = 0; i < object.price.length; ++i)
                        message.price[i] = Number(object.price[i]);
                }
                if (object.size) {
                    if (!Array.isArray(object.size))
                        throw TypeError(".ingest.v1.TradeColumns.size: array expected");
                    message.size = [];
                    for (let i = 0; i < object.size.length; ++i)
                        message.size[i] = Number(object.size[i]);
                }
                if (object.side) {
                    if (!Array.isArray(object.side))
                        throw TypeError(".ingest.v1.TradeColumns.side: array expected");
                    message.side = [];
                    for (let i = 0; i < object.side.length; ++i)
                        switch (object.side[i]) {
                        default:
                            if (typeof object.side[i] === "number") {
                                message.side[i] = object.side[i];
                                break;
                            }
                        case "SIDE_UNSPECIFIED":
                        case 0:
                            message.side[i] = 0;
                            break;
                        case "SIDE_BUY":
                        case 1:
                            message.side[i] = 1;
                            break;
                        case "SIDE_SELL":
                        case 2:
                            message.side[i] = 2;
                            break;
                        }
                }
                return message;
            };

            /**
             * Creates a plain object from a TradeColumns message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingest.v1.TradeColumns
             * @static
             * @param {ingest.v1.TradeColumns} message TradeColumns
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TradeColumns.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.arrays || options.defaults) {
                    object.instrument = [];
                    object.venueTimeDeltaNs = [];
                    object.receiveTimeDeltaNs = [];
                    object.tradeId = [];
                    object.price = [];
                    object.size = [];
                    object.side = [];
                }
                if (message.instrument && message.instrument.length) {
                    object.instrument = [];
                    for (let j = 0; j < message.instrument.length; ++j)
                        object.instrument[j] = message.instrument[j];
                }
                if (message.venueTimeDeltaNs && message.venueTimeDeltaNs.length) {
                    object.venueTimeDeltaNs = [];
                    for (let j = 0; j < message.venueTimeDeltaNs.length; ++j)
                        if (typeof message.venueTimeDeltaNs[j] === "number")
                            object.venueTimeDeltaNs[j] = options.longs === String ? String(message.venueTimeDeltaNs[j]) : message.venueTimeDeltaNs[j];
                        else
                            object.venueTimeDeltaNs[j] = options.longs === String ? $util.Long.prototype.toString.call(message.venueTimeDeltaNs[j]) : options.longs === Number ? new $util.LongBits(message.venueTimeDeltaNs[j].low >>> 0, message.venueTimeDeltaNs[j].high >>> 0).toNumber() : message.venueTimeDeltaNs[j];
                }
                if (message.receiveTimeDeltaNs && message.receiveTimeDeltaNs.length) {
                    object.receiveTimeDeltaNs = [];
                    for (let j = 0; j < message.receiveTimeDeltaNs.length; ++j)
                        if (typeof message.receiveTimeDeltaNs[j] === "number")
                            object.receiveTimeDeltaNs[j] = options.longs === String ? String(message.receiveTimeDeltaNs[j]) : message.receiveTimeDeltaNs[j];
                        else
                            object.receiveTimeDeltaNs[j] = options.longs === String ? $util.Long.prototype.toString.call(message.receiveTimeDeltaNs[j]) : options.longs === Number ? new $util.LongBits(message.receiveTimeDeltaNs[j].low >>> 0, message.receiveTimeDeltaNs[j].high >>> 0).toNumber() : message.receiveTimeDeltaNs[j];
                }
                if (message.tradeId && message.tradeId.length) {
                    object.tradeId = [];
                    for (let j = 0; j < message.tradeId.length; ++j)
                        object.tradeId[j] = message.tradeId[j];
                }
                if (message.price && message.price.length) {
                    object.price = [];
                    for (let j = 0; j < message.price.length; ++j)
                        object.price[j] = options.json && !isFinite(message.price[j]) ? String(message.price[j]) : message.price[j];
                }
                if (message.size && message.size.length) {
                    object.size = [];
                    for (let j = 0; j < message.size.length; ++j)
                        object.size[j] = options.json && !isFinite(message.size[j]) ? String(message.size[j]) : message.size[j];
                }
                if (message.side && message.side.length) {
                    object.side = [];
                    for (let j = 0; j < message.side.length; ++j)
                        object.side[j] = options.enums === String ? $root.market.v1.Side[message.side[j]] === undefined ? message.side[j] : $root.market.v1.Side[message.side[j]] : message.side[j];
                }
                return object;
            };

            /**
             * Converts this TradeColumns to JSON.
             * @function toJSON
             * @memberof ingest.v1.TradeColumns
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TradeColumns.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for TradeColumns
             * @function getTypeUrl
             * @memberof ingest.v1.TradeColumns
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            TradeColumns.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ingest.v1.TradeColumns";
            };

            return TradeColumns;
        })();

        v1.BookColumns = (function() {

            /**
             * Properties of a BookColumns.
             * @memberof ingest.v1
             * @interface IBookColumns
             * @property {Array.<number>|null} [instrument] BookColumns instrument
             * @property {Array.<number>|null} [venueTimeDeltaNs] BookColumns venueTimeDeltaNs
             * @property {Array.<number>|null} [receiveTimeDeltaNs] BookColumns receiveTimeDeltaNs
             * @property {Array.<number>|null} [firstUpdateId] BookColumns firstUpdateId
             * @property {Array.<number>|null} [lastUpdateId] BookColumns lastUpdateId
             * @property {Array.<number>|null} [prevUpdateId] BookColumns prevUpdateId
             * @property {Array.<number>|null} [levelCount] BookColumns levelCount
             * @property {Array.<boolean>|null} [levelIsBid] BookColumns levelIsBid
             * @property {Array.<number>|null} [levelPrice] BookColumns levelPrice
             * @property {Array.<number>|null} [levelSize] BookColumns levelSize
             */

            /**
             * Constructs a new BookColumns.
             * @memberof ingest.v1
             * @classdesc Represents a BookColumns.
             * @implements IBookColumns
             * @constructor
             * @param {ingest.v1.IBookColumns=} [properties] Properties to set
             */
            function BookColumns(properties) {
                this.instrument = [];
                this.venueTimeDeltaNs = [];
                this.receiveTimeDeltaNs = [];
                this.firstUpdateId = [];
                this.lastUpdateId = [];
                this.prevUpdateId = [];
                this.levelCount = [];
                this.levelIsBid = [];
                this.levelPrice = [];
                this.levelSize = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * BookColumns instrument.
             * @member {Array.<number>} instrument
             * @memberof ingest.v1.BookColumns
             * @instance
             */
            BookColumns.prototype.instrument = $util.emptyArray;

            /**
             * BookColumns venueTimeDeltaNs.
             * @member {Array.<number>} venueTimeDeltaNs
             * @memberof ingest.v1.BookColumns
             * @instance
             */
            BookColumns.prototype.venueTimeDeltaNs = $util.emptyArray;

            /**
             * BookColumns receiveTimeDeltaNs.
             * @member {Array.<number>} receiveTimeDeltaNs
             * @memberof ingest.v1.BookColumns
             * @instance
             */
            BookColumns.prototype.receiveTimeDeltaNs = $util.emptyArray;

            /**
             * BookColumns firstUpdateId.
             * @member {Array.<number>} firstUpdateId
             * @memberof ingest.v1.BookColumns
             * @instance
             */
            BookColumns.prototype.firstUpdateId = $util.emptyArray;

            /**
             * BookColumns lastUpdateId.
             * @member {Array.<number>} lastUpdateId
             * @memberof ingest.v1.BookColumns
             * @instance
             */
            BookColumns.prototype.lastUpdateId = $util.emptyArray;

            /**
             * BookColumns prevUpdateId.
             * @member {Array.<number>} prevUpdateId
             * @memberof ingest.v1.BookColumns
             * @instance
             */
            BookColumns.prototype.prevUpdateId = $util.emptyArray;

            /**
             * BookColumns levelCount.
             * @member {Array.<number>} levelCount
             * @memberof ingest.v1.BookColumns
             * @instance
             */
            BookColumns.prototype.levelCount = $util.emptyArray;

            /**
             * BookColumns levelIsBid.
             * @member {Array.<boolean>} levelIsBid
             * @memberof ingest.v1.BookColumns
             * @instance
             */
            BookColumns.prototype.levelIsBid = $util.emptyArray;

            /**
             * BookColumns levelPrice.
             * @member {Array.<number>} levelPrice
             * @memberof ingest.v1.BookColumns
             * @instance
             */
            BookColumns.prototype.levelPrice = $util.emptyArray;

            /**
             * BookColumns levelSize.
             * @member {Array.<number>} levelSize
             * @memberof ingest.v1.BookColumns
             * @instance
             */
            BookColumns.prototype.levelSize = $util.emptyArray;

            /**
             * Creates a new BookColumns instance using the specified properties.
             * @function create
             * @memberof ingest.v1.BookColumns
             * @static
             * @param {ingest.v1.IBookColumns=} [properties] Properties to set
             * @returns {ingest.v1.BookColumns} BookColumns instance
             */
            BookColumns.create = function create(properties) {
                return new BookColumns(properties);
            };

            /**
             * Encodes the specified BookColumns message. Does not implicitly {@link ingest.v1.BookColumns.verify|verify} messages.
             * @function encode
             * @memberof ingest.v1.BookColumns
             * @static
             * @param {ingest.v1.IBookColumns} message BookColumns message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BookColumns.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.instrument != null && message.instrument.length) {
                    writer.uint32(/* id 1, wireType 2 =*/10).fork();
                    for (let i = 0; i < message.instrument.length; ++i)
                        writer.uint32(message.instrument[i]);
                    writer.ldelim();
                }
                if (message.venueTimeDeltaNs != null && message.venueTimeDeltaNs.length) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork();
                    for (let i = 0; i < message.venueTimeDeltaNs.length; ++i)
                        writer.sint64(message.venueTimeDeltaNs[i]);
                    writer.ldelim();
                }
                if (message.receiveTimeDeltaNs != null && message.receiveTimeDeltaNs.length) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork();
                    for (let i = 0; i < message.receiveTimeDeltaNs.length; ++i)
                        writer.sint64(message.receiveTimeDeltaNs[i]);
                    writer.ldelim();
                }
                if (message.firstUpdateId != null && message.firstUpdateId.length) {
                    writer.uint32(/* id 4, wireType 2 =*/34).fork();
                    for (let i = 0; i < message.firstUpdateId.length; ++i)
                        writer.uint64(message.firstUpdateId[i]);
                    writer.ldelim();
                }
                if (message.lastUpdateId != null && message.lastUpdateId.length) {
                    writer.uint32(/* id 5, wireType 2 =*/42).fork();
                    for (let i = 0; i < message.lastUpdateId.length; ++i)
                        writer.uint64(message.lastUpdateId[i]);
                    writer.ldelim();
                }
                if (message.prevUpdateId != null && message.prevUpdateId.length) {
                    writer.uint32(/* id 6, wireType 2 =*/50).fork();
                    for (let i = 0; i < message.prevUpdateId.length; ++i)
                        writer.uint64(message.prevUpdateId[i]);
                    writer.ldelim();
                }
                if (message.levelCount != null && message.levelCount.length) {
                    writer.uint32(/* id 7, wireType 2 =*/58).fork();
                    for (let i = 0; i < message.levelCount.length; ++i)
                        writer.uint32(message.levelCount[i]);
                    writer.ldelim();
                }
                if (message.levelIsBid != null && message.levelIsBid.length) {
                    writer.uint32(/* id 8, wireType 2 =*/66).fork();
                    for (let i = 0; i < message.levelIsBid.length; ++i)
                        writer.bool(message.levelIsBid[i]);
                    writer.ldelim();
                }
                if (message.levelPrice != null && message.levelPrice.length) {
                    writer.uint32(/* id 9, wireType 2 =*/74).fork();
                    for (let i = 0; i < message.levelPrice.length; ++i)
                        writer.double(message.levelPrice[i]);
                    writer.ldelim();
                }
                if (message.levelSize != null && message.levelSize.length) {
                    writer.uint32(/* id 10, wireType 2 =*/82).fork();
                    for (let i = 0; i < message.levelSize.length; ++i)
                        writer.double(message.levelSize[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified BookColumns message, length delimited. Does not implicitly {@link ingest.v1.BookColumns.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingest.v1.BookColumns
             * @static
             * @param {ingest.v1.IBookColumns} message BookColumns message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BookColumns.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a BookColumns message from the specified reader or buffer.
             * @function decode
             * @memberof ingest.v1.BookColumns
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingest.v1.BookColumns} BookColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BookColumns.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.ingest.v1.BookColumns();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.instrument && message.instrument.length))
                                message.instrument = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.instrument = $packed.uint32s(reader, end2, message.instrument);
                            } else
                                message.instrument.push(reader.uint32());
                            break;
                        }
                    case 2: {
                            if (!(message.venueTimeDeltaNs && message.venueTimeDeltaNs.length))
                                message.venueTimeDeltaNs = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.venueTimeDeltaNs = $packed.sint64s(reader, end2, message.venueTimeDeltaNs);
                            } else
                                message.venueTimeDeltaNs.push($int64.sint64(reader));
                            break;
                        }
                    case 3: {
                            if (!(message.receiveTimeDeltaNs && message.receiveTimeDeltaNs.length))
                                message.receiveTimeDeltaNs = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.receiveTimeDeltaNs = $packed.sint64s(reader, end2, message.receiveTimeDeltaNs);
                            } else
                                message.receiveTimeDeltaNs.push($int64.sint64(reader));
                            break;
                        }
                    case 4: {
                            if (!(message.firstUpdateId && message.firstUpdateId.length))
                                message.firstUpdateId = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.firstUpdateId = $packed.uint64s(reader, end2, message.firstUpdateId);
                            } else
                                message.firstUpdateId.push($int64.uint64(reader));
                            break;
                        }
                    case 5: {
                            if (!(message.lastUpdateId && message.lastUpdateId.length))
                                message.lastUpdateId = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.lastUpdateId = $packed.uint64s(reader, end2, message.lastUpdateId);
                            } else
                                message.lastUpdateId.push($int64.uint64(reader));
                            break;
                        }
                    case 6: {
                            if (!(message.prevUpdateId && message.prevUpdateId.length))
                                message.prevUpdateId = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.prevUpdateId = $packed.uint64s(reader, end2, message.prevUpdateId);
                            } else
                                message.prevUpdateId.push($int64.uint64(reader));
                            break;
                        }
                    case 7: {
                            if (!(message.levelCount && message.levelCount.length))
                                message.levelCount = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.levelCount = $packed.uint32s(reader, end2, message.levelCount);
                            } else
                                message.levelCount.push(reader.uint32());
                            break;
                        }
                    case 8: {
                            if (!(message.levelIsBid && message.levelIsBid.length))
                                message.levelIsBid = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.levelIsBid = $packed.bools(reader, end2, message.levelIsBid);
                            } else
                                message.levelIsBid.push(reader.bool());
                            break;
                        }
                    case 9: {
                            if (!(message.levelPrice && message.levelPrice.length))
                                message.levelPrice = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.levelPrice = $packed.doubles(reader, end2, message.levelPrice);
                            } else
                                message.levelPrice.push(reader.double());
                            break;
                        }
                    case 10: {
                            if (!(message.levelSize && message.levelSize.length))
                                message.levelSize = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.levelSize = $packed.doubles(reader, end2, message.levelSize);
                            } else
                                message.levelSize.push(reader.double());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a BookColumns message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingest.v1.BookColumns
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingest.v1.BookColumns} BookColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BookColumns.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a BookColumns message.
             * @function verify
             * @memberof ingest.v1.BookColumns
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BookColumns.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.instrument != null && message.hasOwnProperty("instrument")) {
                    if (!Array.isArray(message.instrument))
                        return "instrument: array expected";
                    for (let i = 0; i < message.instrument.length; ++i)
                        if (!$util.isInteger(message.instrument[i]))
                            return "instrument: integer[] expected";
                }
                if (message.venueTimeDeltaNs != null && message.hasOwnProperty("venueTimeDeltaNs")) {
                    if (!Array.isArray(message.venueTimeDeltaNs))
                        return "venueTimeDeltaNs: array expected";
                    for (let i = 0; i < message.venueTimeDeltaNs.length; ++i)
                        if (!$util.isInteger(message.venueTimeDeltaNs[i]) && !(message.venueTimeDeltaNs[i] && $util.isInteger(message.venueTimeDeltaNs[i].low) && $util.isInteger(message.venueTimeDeltaNs[i].high)))
                            return "venueTimeDeltaNs: integer|Long[] expected";
                }
                if (message.receiveTimeDeltaNs != null && message.hasOwnProperty("receiveTimeDeltaNs")) {
                    if (!Array.isArray(message.receiveTimeDeltaNs))
                        return "receiveTimeDeltaNs: array expected";
                    for (let i = 0; i < message.receiveTimeDeltaNs.length; ++i)
                        if (!$util.isInteger(message.receiveTimeDeltaNs[i]) && !(message.receiveTimeDeltaNs[i] && $util.isInteger(message.receiveTimeDeltaNs[i].low) && $util.isInteger(message.receiveTimeDeltaNs[i].high)))
                            return "receiveTimeDeltaNs: integer|Long[] expected";
                }
                if (message.firstUpdateId != null && message.hasOwnProperty("firstUpdateId")) {
                    if (!Array.isArray(message.firstUpdateId))
                        return "firstUpdateId: array expected";
                    for (let i = 0; i < message.firstUpdateId.length; ++i)
                        if (!$util.isInteger(message.firstUpdateId[i]) && !(message.firstUpdateId[i] && $util.isInteger(message.firstUpdateId[i].low) && $util.isInteger(message.firstUpdateId[i].high)))
                            return "firstUpdateId: integer|Long[] expected";
                }
                if (message.lastUpdateId != null && message.hasOwnProperty("lastUpdateId")) {
                    if (!Array.isArray(message.lastUpdateId))
                        return "lastUpdateId: array expected";
                    for (let i = 0; i < message.lastUpdateId.length; ++i)
                        if (!$util.isInteger(message.lastUpdateId[i]) && !(message.lastUpdateId[i] && $util.isInteger(message.lastUpdateId[i].low) && $util.isInteger(message.lastUpdateId[i].high)))
                            return "lastUpdateId: integer|Long[] expected";
                }
                if (message.prevUpdateId != null && message.hasOwnProperty("prevUpdateId")) {
                    if (!Array.isArray(message.prevUpdateId))
                        return "prevUpdateId: array expected";
                    for (let i = 0; i < message.prevUpdateId.length; ++i)
                        if (!$util.isInteger(message.prevUpdateId[i]) && !(message.prevUpdateId[i] && $util.isInteger(message.prevUpdateId[i].low) && $util.isInteger(message.prevUpdateId[i].high)))
                            return "prevUpdateId: integer|Long[] expected";
                }
                if (message.levelCount != null && message.hasOwnProperty("levelCount")) {
                    if (!Array.isArray(message.levelCount))
                        return "levelCount: array expected";
                    for (let i = 0; i < message.levelCount.length; ++i)
                        if (!$util.isInteger(message.levelCount[i]))
                            return "levelCount: integer[] expected";
                }
                if (message.levelIsBid != null && message.hasOwnProperty("levelIsBid")) {
                    if (!Array.isArray(message.levelIsBid))
                        return "levelIsBid: array expected";
                    for (let i = 0; i < message.levelIsBid.length; ++i)
                        if (typeof message.levelIsBid[i] !== "boolean")
                            return "levelIsBid: boolean[] expected";
                }
                if (message.levelPrice != null && message.hasOwnProperty("levelPrice")) {
                    if (!Array.isArray(message.levelPrice))
                        return "levelPrice: array expected";
                    for (let i = 0; i < message.levelPrice.length; ++i)
                        if (typeof message.levelPrice[i] !== "number")
                            return "levelPrice: number[] expected";
                }
                if (message.levelSize != null && message.hasOwnProperty("levelSize")) {
                    if (!Array.isArray(message.levelSize))
                        return "levelSize: array expected";
                    for (let i = 0; i < message.levelSize.length; ++i)
                        if (typeof message.levelSize[i] !== "number")
                            return "levelSize: number[] expected";
                }
                return null;
            };

            /**
             * Creates a BookColumns message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingest.v1.BookColumns
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingest.v1.BookColumns} BookColumns
             */
            BookColumns.fromObject = function fromObject(object) {
                if (object instanceof $root.ingest.v1.BookColumns)
                    return object;
                let message = new $root.ingest.v1.BookColumns();
                if (object.instrument) {
                    if (!Array.isArray(object.instrument))
                        throw TypeError(".ingest.v1.BookColumns.instrument: array expected");
                    message.instrument = [];
                    for (let i = 0; i < object.instrument.length; ++i)
                        message.instrument[i] = object.instrument[i] >>> 0;
                }
                if (object.venueTimeDeltaNs) {
                    if (!Array.isArray(object.venueTimeDeltaNs))
                        throw TypeError(".ingest.v1.BookColumns.venueTimeDeltaNs: array expected");
                    message.venueTimeDeltaNs = [];
                    for (let i = 0; i < object.venueTimeDeltaNs.length; ++i)
                        if ($util.Long)
                            (message.venueTimeDeltaNs[i] = $util.Long.fromValue(object.venueTimeDeltaNs[i])).unsigned = false;
                        else if (typeof object.venueTimeDeltaNs[i] === "string")
                            message.venueTimeDeltaNs[i] = parseInt(object.venueTimeDeltaNs[i], 10);
                        else if (typeof object.venueTimeDeltaNs[i] === "number")
                            message.venueTimeDeltaNs[i] = object.venueTimeDeltaNs[i];
                        else if (typeof object.venueTimeDeltaNs[i] === "object")
                            message.venueTimeDeltaNs[i] = new $util.LongBits(object.venueTimeDeltaNs[i].low >>> 0, object.venueTimeDeltaNs[i].high >>> 0).toNumber();
                }
                if (object.receiveTimeDeltaNs) {
                    if (!Array.isArray(object.receiveTimeDeltaNs))
                        throw TypeError(".ingest.v1.BookColumns.receiveTimeDeltaNs: array expected");
                    message.receiveTimeDeltaNs = [];
                    for (let i = 0; i < object.receiveTimeDeltaNs.length; ++i)
                        if ($util.Long)
                            (message.receiveTimeDeltaNs[i] = $util.Long.fromValue(object.receiveTimeDeltaNs[i])).unsigned = false;
                        else if (typeof object.receiveTimeDeltaNs[i] === "string")
                            message.receiveTimeDeltaNs[i] = parseInt(object.receiveTimeDeltaNs[i], 10);
                        else if (typeof object.receiveTimeDeltaNs[i] === "number")
                            message.receiveTimeDeltaNs[i] = object.receiveTimeDeltaNs[i];
                        else if (typeof object.receiveTimeDeltaNs[i] === "object")
                            message.receiveTimeDeltaNs[i] = new $util.LongBits(object.receiveTimeDeltaNs[i].low >>> 0, object.receiveTimeDeltaNs[i].high >>> 0).toNumber();
                }
                if (object.firstUpdateId) {
                    if (!Array.isArray(object.firstUpdateId))
                        throw TypeError(".ingest.v1.BookColumns.firstUpdateId: array expected");
                    message.firstUpdateId = [];
                    for (let i = 0; i < object.firstUpdateId.length; ++i)
                        if ($util.Long)
                            (message.firstUpdateId[i] = $util.Long.fromValue(object.firstUpdateId[i])).unsigned = true;
                        else if (typeof object.firstUpdateId[i] === "string")
                            message.firstUpdateId[i] = parseInt(object.firstUpdateId[i], 10);
                        else if (typeof object.firstUpdateId[i] === "number")
                            message.firstUpdateId[i] = object.firstUpdateId[i];
                        else if (typeof object.firstUpdateId[i] === "object")
                            message.firstUpdateId[i] = new $util.LongBits(object.firstUpdateId[i].low >>> 0, object.firstUpdateId[i].high >>> 0).toNumber(true);
                }
                if (object.lastUpdateId) {
                    if (!Array.isArray(object.lastUpdateId))
                        throw TypeError(".ingest.v1.BookColumns.lastUpdateId: array expected");
                    message.lastUpdateId = [];
                    for (let i = 0; i < object.lastUpdateId.length; ++i)
                        if ($util.Long)
                            (message.lastUpdateId[i] = $util.Long.fromValue(object.lastUpdateId[i])).unsigned = true;
                        else if (typeof object.lastUpdateId[i] === "string")
                            message.lastUpdateId[i] = parseInt(object.lastUpdateId[i], 10);
                        else if (typeof object.lastUpdateId[i] === "number")
                            message.lastUpdateId[i] = object.lastUpdateId[i];
                        else if (typeof object.lastUpdateId[i] === "object")
                            message.lastUpdateId[i] = new $util.LongBits(object.lastUpdateId[i].low >>> 0, object.lastUpdateId[i].high >>> 0).toNumber(true);
                }
                if (object.prevUpdateId) {
                    if (!Array.isArray(object.prevUpdateId))
                        throw TypeError(".ingest.v1.BookColumns.prevUpdateId: array expected");
                    message.prevUpdateId = [];
                    for (let i = 0; i < object.prevUpdateId.length; ++i)
                        if ($util.Long)
                            (message.prevUpdateId[i] = $util.Long.fromValue(object.prevUpdateId[i])).unsigned = true;
                        else if (typeof object.prevUpdateId[i] === "string")
                            message.prevUpdateId[i] = parseInt(object.prevUpdateId[i], 10);
                        else if (typeof object.prevUpdateId[i] === "number")
                            message.prevUpdateId[i] = object.prevUpdateId[i];
                        else if (typeof object.prevUpdateId[i] === "object")
                            message.prevUpdateId[i] = new $util.LongBits(object.prevUpdateId[i].low >>> 0, object.prevUpdateId[i].high >>> 0).toNumber(true);
                }
                if (object.levelCount) {
                    if (!Array.isArray(object.levelCount))
                        throw TypeError(".ingest.v1.BookColumns.levelCount: array expected");
                    message.levelCount = [];
                    for (let i = 0; i < object.levelCount.length; ++i)
                        message.levelCount[i] = object.levelCount[i] >>> 0;
                }
                if (object.levelIsBid) {
                    if (!Array.isArray(object.levelIsBid))
                        throw TypeError(".ingest.v1.BookColumns.levelIsBid: array expected");
                    message.levelIsBid = [];
                    for (let i = 0; i < object.levelIsBid.length; ++i)
                        message.levelIsBid[i] = Boolean(object.levelIsBid[i]);
                }
                if (object.levelPrice) {
                    if (!Array.isArray(object.levelPrice))
                        throw TypeError(".ingest.v1.BookColumns.levelPrice: array expected");
                    message.levelPrice = [];
                    for (let i = 0; i < object.levelPrice.length; ++i)
                        message.levelPrice[i] = Number(object.levelPrice[i]);
                }
                if (object.levelSize) {
                    if (!Array.isArray(object.levelSize))
                        throw TypeError(".ingest.v1.BookColumns.levelSize: array expected");
                    message.levelSize = [];
                    for (let i = 0; i < object.levelSize.length; ++i)
                        message.levelSize[i] = Number(object.levelSize[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a BookColumns message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingest.v1.BookColumns
             * @static
             * @param {ingest.v1.BookColumns} message BookColumns
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BookColumns.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.arrays || options.defaults) {
                    object.instrument = [];
                    object.venueTimeDeltaNs = [];
                    object.receiveTimeDeltaNs = [];
                    object.firstUpdateId = [];
                    object.lastUpdateId = [];
                    object.prevUpdateId = [];
                    object.levelCount = [];
                    object.levelIsBid = [];
                    object.levelPrice = [];
                    object.levelSize = [];
                }
                if (message.instrument && message.instrument.length) {
                    object.instrument = [];
                    for (let j = 0; j < message.instrument.length; ++j)
                        object.instrument[j] = message.instrument[j];
                }
                if (message.venueTimeDeltaNs && message.venueTimeDeltaNs.length) {
                    object.venueTimeDeltaNs = [];
                    for (let j = 0; j < message.venueTimeDeltaNs.length; ++j)
                        if (typeof message.venueTimeDeltaNs[j] === "number")
                            object.venueTimeDeltaNs[j] = options.longs === String ? String(message.venueTimeDeltaNs[j]) : message.venueTimeDeltaNs[j];
                        else
                            object.venueTimeDeltaNs[j] = options.longs === String ? $util.Long.prototype.toString.call(message.venueTimeDeltaNs[j]) : options.longs === Number ? new $util.LongBits(message.venueTimeDeltaNs[j].low >>> 0, message.venueTimeDeltaNs[j].high >>> 0).toNumber() : message.venueTimeDeltaNs[j];
                }
                if (message.receiveTimeDeltaNs && message.receiveTimeDeltaNs.length) {
                    object.receiveTimeDeltaNs = [];
                    for (let j = 0; j < message.receiveTimeDeltaNs.length; ++j)
                        if (typeof message.receiveTimeDeltaNs[j] === "number")
                            object.receiveTimeDeltaNs[j] = options.longs === String ? String(message.receiveTimeDeltaNs[j]) : message.receiveTimeDeltaNs[j];
                        else
                            object.receiveTimeDeltaNs[j] = options.longs === String ? $util.Long.prototype.toString.call(message.receiveTimeDeltaNs[j]) : options.longs === Number ? new $util.LongBits(message.receiveTimeDeltaNs[j].low >>> 0, message.receiveTimeDeltaNs[j].high >>> 0).toNumber() : message.receiveTimeDeltaNs[j];
                }
                if (message.firstUpdateId && message.firstUpdateId.length) {
                    object.firstUpdateId = [];
                    for (let j = 0; j < message.firstUpdateId.length; ++j)
                        if (typeof message.firstUpdateId[j] === "number")
                            object.firstUpdateId[j] = options.longs === String ? String(message.firstUpdateId[j]) : message.firstUpdateId[j];
                        else
                            object.firstUpdateId[j] = options.longs === String ? $util.Long.prototype.toString.call(message.firstUpdateId[j]) : options.longs === Number ? new $util.LongBits(message.firstUpdateId[j].low >>> 0, message.firstUpdateId[j].high >>> 0).toNumber(true) : message.firstUpdateId[j];
                }
                if (message.lastUpdateId && message.lastUpdateId.length) {
                    object.lastUpdateId = [];
                    for (let j = 0; j < message.lastUpdateId.length; ++j)
                        if (typeof message.lastUpdateId[j] === "number")
                            object.lastUpdateId[j] = options.longs === String ? String(message.lastUpdateId[j]) : message.lastUpdateId[j];
                        else
                            object.lastUpdateId[j] = options.longs === String ? $util.Long.prototype.toString.call(message.lastUpdateId[j]) : options.longs === Number ? new $util.LongBits(message.lastUpdateId[j].low >>> 0, message.lastUpdateId[j].high >>> 0).toNumber(true) : message.lastUpdateId[j];
                }
                if (message.prevUpdateId && message.prevUpdateId.length) {
                    object.prevUpdateId = [];
                    for (let j = 0; j < message.prevUpdateId.length; ++j)
                        if (typeof message.prevUpdateId[j] === "number")
                            object.prevUpdateId[j] = options.longs === String ? String(message.prevUpdateId[j]) : message.prevUpdateId[j];
                        else
                            object.prevUpdateId[j] = options.longs === String ? $util.Long.prototype.toString.call(message.prevUpdateId[j]) : options.longs === Number ? new $util.LongBits(message.prevUpdateId[j].low >>> 0, message.prevUpdateId[j].high >>> 0).toNumber(true) : message.prevUpdateId[j];
                }
                if (message.levelCount && message.levelCount.length) {
                    object.levelCount = [];
                    for (let j = 0; j < message.levelCount.length; ++j)
                        object.levelCount[j] = message.levelCount[j];
                }
                if (message.levelIsBid && message.levelIsBid.length) {
                    object.levelIsBid = [];
                    for (let j = 0; j < message.levelIsBid.length; ++j)
                        object.levelIsBid[j] = message.levelIsBid[j];
                }
                if (message.levelPrice && message.levelPrice.length) {
                    object.levelPrice = [];
                    for (let j = 0; j < message.levelPrice.length; ++j)
                        object.levelPrice[j] = options.json && !isFinite(message.levelPrice[j]) ? String(message.levelPrice[j]) : message.levelPrice[j];
                }
                if (message.levelSize && message.levelSize.length) {
                    object.levelSize = [];
                    for (let j = 0; j < message.levelSize.length; ++j)
                        object.levelSize[j] = options.json && !isFinite(message.levelSize[j]) ? String(message.levelSize[j]) : message.levelSize[j];
                }
                return object;
            };

            /**
             * Converts this BookColumns to JSON.
             * @function toJSON
             * @memberof ingest.v1.BookColumns
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BookColumns.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for BookColumns
             * @function getTypeUrl
             * @memberof ingest.v1.BookColumns
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            BookColumns.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ingest.v1.BookColumns";
            };

            return BookColumns;
        })();

        v1.BboColumns = (function() {

            /**
             * Properties of a BboColumns.
             * @memberof ingest.v1
             * @interface IBboColumns
             * @property {Array.<number>|null} [instrument] BboColumns instrument
             * @property {Array.<number>|null} [venueTimeDeltaNs] BboColumns venueTimeDeltaNs
             * @property {Array.<number>|null} [receiveTimeDeltaNs] BboColumns receiveTimeDeltaNs
             * @property {Array.<number>|null} [updateId] BboColumns updateId
             * @property {Array.<number>|null} [bidPrice] BboColumns bidPrice
             * @property {Array.<number>|null} [bidSize] BboColumns bidSize
             * @property {Array.<number>|null} [askPrice] BboColumns askPrice
             * @property {Array.<number>|null} [askSize] BboColumns askSize
             */

            /**
             * Constructs a new BboColumns.
             * @memberof ingest.v1
             * @classdesc Represents a BboColumns.
             * @implements IBboColumns
             * @constructor
             * @param {ingest.v1.IBboColumns=} [properties] Properties to set
             */
            function BboColumns(properties) {
                this.instrument = [];
                this.venueTimeDeltaNs = [];
                this.receiveTimeDeltaNs = [];
                this.updateId = [];
                this.bidPrice = [];
                this.bidSize = [];
                this.askPrice = [];
                this.askSize = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * BboColumns instrument.
             * @member {Array.<number>} instrument
             * @memberof ingest.v1.BboColumns
             * @instance
             */
            BboColumns.prototype.instrument = $util.emptyArray;

            /**
             * BboColumns venueTimeDeltaNs.
             * @member {Array.<number>} venueTimeDeltaNs
             * @memberof ingest.v1.BboColumns
             * @instance
             */
            BboColumns.prototype.venueTimeDeltaNs = $util.emptyArray;

            /**
             * BboColumns receiveTimeDeltaNs.
             * @member {Array.<number>} receiveTimeDeltaNs
             * @memberof ingest.v1.BboColumns
             * @instance
             */
            BboColumns.prototype.receiveTimeDeltaNs = $util.emptyArray;

            /**
             * BboColumns updateId.
             * @member {Array.<number>} updateId
             * @memberof ingest.v1.BboColumns
             * @instance
             */
            BboColumns.prototype.updateId = $util.emptyArray;

            /**
             * BboColumns bidPrice.
             * @member {Array.<number>} bidPrice
             * @memberof ingest.v1.BboColumns
             * @instance
             */
            BboColumns.prototype.bidPrice = $util.emptyArray;

            /**
             * BboColumns bidSize.
             * @member {Array.<number>} bidSize
             * @memberof ingest.v1.BboColumns
             * @instance
             */
            BboColumns.prototype.bidSize = $util.emptyArray;

            /**
             * BboColumns askPrice.
             * @member {Array.<number>} askPrice
             * @memberof ingest.v1.BboColumns
             * @instance
             */
            BboColumns.prototype.askPrice = $util.emptyArray;

            /**
             * BboColumns askSize.
             * @member {Array.<number>} askSize
             * @memberof ingest.v1.BboColumns
             * @instance
             */
            BboColumns.prototype.askSize = $util.emptyArray;

            /**
             * Creates a new BboColumns instance using the specified properties.
             * @function create
             * @memberof ingest.v1.BboColumns
             * @static
             * @param {ingest.v1.IBboColumns=} [properties] Properties to set
             * @returns {ingest.v1.BboColumns} BboColumns instance
             */
            BboColumns.create = function create(properties) {
                return new BboColumns(properties);
            };

            /**
             * Encodes the specified BboColumns message. Does not implicitly {@link ingest.v1.BboColumns.verify|verify} messages.
             * @function encode
             * @memberof ingest.v1.BboColumns
             * @static
             * @param {ingest.v1.IBboColumns} message BboColumns message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BboColumns.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.instrument != null && message.instrument.length) {
                    writer.uint32(/* id 1, wireType 2 =*/10).fork();
                    for (let i = 0; i < message.instrument.length; ++i)
                        writer.uint32(message.instrument[i]);
                    writer.ldelim();
                }
                if (message.venueTimeDeltaNs != null && message.venueTimeDeltaNs.length) {
                    writer.uint32(/* id 2, wireType 2 =*/18).fork();
                    for (let i = 0; i < message.venueTimeDeltaNs.length; ++i)
                        writer.sint64(message.venueTimeDeltaNs[i]);
                    writer.ldelim();
                }
                if (message.receiveTimeDeltaNs != null && message.receiveTimeDeltaNs.length) {
                    writer.uint32(/* id 3, wireType 2 =*/26).fork();
                    for (let i = 0; i < message.receiveTimeDeltaNs.length; ++i)
                        writer.sint64(message.receiveTimeDeltaNs[i]);
                    writer.ldelim();
                }
                if (message.updateId != null && message.updateId.length) {
                    writer.uint32(/* id 4, wireType 2 =*/34).fork();
                    for (let i = 0; i < message.updateId.length; ++i)
                        writer.uint64(message.updateId[i]);
                    writer.ldelim();
                }
                if (message.bidPrice != null && message.bidPrice.length) {
                    writer.uint32(/* id 5, wireType 2 =*/42).fork();
                    for (let i = 0; i < message.bidPrice.length; ++i)
                        writer.double(message.bidPrice[i]);
                    writer.ldelim();
                }
                if (message.bidSize != null && message.bidSize.length) {
                    writer.uint32(/* id 6, wireType 2 =*/50).fork();
                    for (let i = 0; i < message.bidSize.length; ++i)
                        writer.double(message.bidSize[i]);
                    writer.ldelim();
                }
                if (message.askPrice != null && message.askPrice.length) {
                    writer.uint32(/* id 7, wireType 2 =*/58).fork();
                    for (let i = 0; i < message.askPrice.length; ++i)
                        writer.double(message.askPrice[i]);
                    writer.ldelim();
                }
                if (message.askSize != null && message.askSize.length) {
                    writer.uint32(/* id 8, wireType 2 =*/66).fork();
                    for (let i = 0; i < message.askSize.length; ++i)
                        writer.double(message.askSize[i]);
                    writer.ldelim();
                }
                return writer;
            };

            /**
             * Encodes the specified BboColumns message, length delimited. Does not implicitly {@link ingest.v1.BboColumns.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingest.v1.BboColumns
             * @static
             * @param {ingest.v1.IBboColumns} message BboColumns message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BboColumns.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a BboColumns message from the specified reader or buffer.
             * @function decode
             * @memberof ingest.v1.BboColumns
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingest.v1.BboColumns} BboColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BboColumns.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.ingest.v1.BboColumns();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.instrument && message.instrument.length))
                                message.instrument = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.instrument = $packed.uint32s(reader, end2, message.instrument);
                            } else
                                message.instrument.push(reader.uint32());
                            break;
                        }
                    case 2: {
                            if (!(message.venueTimeDeltaNs && message.venueTimeDeltaNs.length))
                                message.venueTimeDeltaNs = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.venueTimeDeltaNs = $packed.sint64s(reader, end2, message.venueTimeDeltaNs);
                            } else
                                message.venueTimeDeltaNs.push($int64.sint64(reader));
                            break;
                        }
                    case 3: {
                            if (!(message.receiveTimeDeltaNs && message.receiveTimeDeltaNs.length))
                                message.receiveTimeDeltaNs = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.receiveTimeDeltaNs = $packed.sint64s(reader, end2, message.receiveTimeDeltaNs);
                            } else
                                message.receiveTimeDeltaNs.push($int64.sint64(reader));
                            break;
                        }
                    case 4: {
                            if (!(message.updateId && message.updateId.length))
                                message.updateId = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.updateId = $packed.uint64s(reader, end2, message.updateId);
                            } else
                                message.updateId.push($int64.uint64(reader));
                            break;
                        }
                    case 5: {
                            if (!(message.bidPrice && message.bidPrice.length))
                                message.bidPrice = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.bidPrice = $packed.doubles(reader, end2, message.bidPrice);
                            } else
                                message.bidPrice.push(reader.double());
                            break;
                        }
                    case 6: {
                            if (!(message.bidSize && message.bidSize.length))
                                message.bidSize = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.bidSize = $packed.doubles(reader, end2, message.bidSize);
                            } else
                                message.bidSize.push(reader.double());
                            break;
                        }
                    case 7: {
                            if (!(message.askPrice && message.askPrice.length))
                                message.askPrice = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.askPrice = $packed.doubles(reader, end2, message.askPrice);
                            } else
                                message.askPrice.push(reader.double());
                            break;
                        }
                    case 8: {
                            if (!(message.askSize && message.askSize.length))
                                message.askSize = [];
                            if ((tag & 7) === 2) {
                                let end2 = reader.uint32() + reader.pos;
                                message.askSize = $packed.doubles(reader, end2, message.askSize);
                            } else
                                message.askSize.push(reader.double());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a BboColumns message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingest.v1.BboColumns
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingest.v1.BboColumns} BboColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BboColumns.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a BboColumns message.
             * @function verify
             * @memberof ingest.v1.BboColumns
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BboColumns.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.instrument != null && message.hasOwnProperty("instrument")) {
                    if (!Array.isArray(message.instrument))
                        return "instrument: array expected";
                    for (let i = 0; i < message.instrument.length; ++i)
                        if (!$util.isInteger(message.instrument[i]))
                            return "instrument: integer[] expected";
                }
                if (message.venueTimeDeltaNs != null && message.hasOwnProperty("venueTimeDeltaNs")) {
                    if (!Array.isArray(message.venueTimeDeltaNs))
                        return "venueTimeDeltaNs: array expected";
                    for (let i = 0; i < message.venueTimeDeltaNs.length; ++i)
                        if (!$util.isInteger(message.venueTimeDeltaNs[i]) && !(message.venueTimeDeltaNs[i] && $util.isInteger(message.venueTimeDeltaNs[i].low) && $util.isInteger(message.venueTimeDeltaNs[i].high)))
                            return "venueTimeDeltaNs: integer|Long[] expected";
                }
                if (message.receiveTimeDeltaNs != null && message.hasOwnProperty("receiveTimeDeltaNs")) {
                    if (!Array.isArray(message.receiveTimeDeltaNs))
                        return "receiveTimeDeltaNs: array expected";
                    for (let i = 0; i < message.receiveTimeDeltaNs.length; ++i)
                        if (!$util.isInteger(message.receiveTimeDeltaNs[i]) && !(message.receiveTimeDeltaNs[i] && $util.isInteger(message.receiveTimeDeltaNs[i].low) && $util.isInteger(message.receiveTimeDeltaNs[i].high)))
                            return "receiveTimeDeltaNs: integer|Long[] expected";
                }
                if (message.updateId != null && message.hasOwnProperty("updateId")) {
                    if (!Array.isArray(message.updateId))
                        return "updateId: array expected";
                    for (let i = 0; i < message.updateId.length; ++i)
                        if (!$util.isInteger(message.updateId[i]) && !(message.updateId[i] && $util.isInteger(message.updateId[i].low) && $util.isInteger(message.updateId[i].high)))
                            return "updateId: integer|Long[] expected";
                }
                if (message.bidPrice != null && message.hasOwnProperty("bidPrice")) {
                    if (!Array.isArray(message.bidPrice))
                        return "bidPrice: array expected";
                    for (let i = 0; i < message.bidPrice.length; ++i)
                        if (typeof message.bidPrice[i] !== "number")
                            return "bidPrice: number[] expected";
                }
                if (message.bidSize != null && message.hasOwnProperty("bidSize")) {
                    if (!Array.isArray(message.bidSize))
                        return "bidSize: array expected";
                    for (let i = 0; i < message.bidSize.length; ++i)
                        if (typeof message.bidSize[i] !== "number")
                            return "bidSize: number[] expected";
                }
                if (message.askPrice != null && message.hasOwnProperty("askPrice")) {
                    if (!Array.isArray(message.askPrice))
                        return "askPrice: array expected";
                    for (let i = 0; i < message.askPrice.length; ++i)
                        if (typeof message.askPrice[i] !== "number")
                            return "askPrice: number[] expected";
                }
                if (message.askSize != null && message.hasOwnProperty("askSize")) {
                    if (!Array.isArray(message.askSize))
                        return "askSize: array expected";
                    for (let i = 0; i < message.askSize.length; ++i)
                        if (typeof message.askSize[i] !== "number")
                            return "askSize: number[] expected";
                }
                return null;
            };

            /**
             * Creates a BboColumns message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingest.v1.BboColumns
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingest.v1.BboColumns} BboColumns
             */
            BboColumns.fromObject = function fromObject(object) {
                if (object instanceof $root.ingest.v1.BboColumns)
                    return object;
                let message = new $root.ingest.v1.BboColumns();
                if (object.instrument) {
                    if (!Array.isArray(object.instrument))
                        throw TypeError(".ingest.v1.BboColumns.instrument: array expected");
                    message.instrument = [];
                    for (let i = 0; i < object.instrument.length; ++i)
                        message.instrument[i] = object.instrument[i] >>> 0;
                }
                if (object.venueTimeDeltaNs) {
                    if (!Array.isArray(object.venueTimeDeltaNs))
                        throw TypeError(".ingest.v1.BboColumns.venueTimeDeltaNs: array expected");
                    message.venueTimeDeltaNs = [];
                    for (let i = 0; i < object.venueTimeDeltaNs.length; ++i)
                        if ($util.Long)
                            (message.venueTimeDeltaNs[i] = $util.Long.fromValue(object.venueTimeDeltaNs[i])).unsigned = false;
                        else if (typeof object.venueTimeDeltaNs[i] === "string")
                            message.venueTimeDeltaNs[i] = parseInt(object.venueTimeDeltaNs[i], 10);
                        else if (typeof object.venueTimeDeltaNs[i] === "number")
                            message.venueTimeDeltaNs[i] = object.venueTimeDeltaNs[i];
                        else if (typeof object.venueTimeDeltaNs[i] === "object")
                            message.venueTimeDeltaNs[i] = new $util.LongBits(object.venueTimeDeltaNs[i].low >>> 0, object.venueTimeDeltaNs[i].high >>> 0).toNumber();
                }
                if (object.receiveTimeDeltaNs) {
                    if (!Array.isArray(object.receiveTimeDeltaNs))
                        throw TypeError(".ingest.v1.BboColumns.receiveTimeDeltaNs: array expected");
                    message.receiveTimeDeltaNs = [];
                    for (let i = 0; i < object.receiveTimeDeltaNs.length; ++i)
                        if ($util.Long)
                            (message.receiveTimeDeltaNs[i] = $util.Long.fromValue(object.receiveTimeDeltaNs[i])).unsigned = false;
                        else if (typeof object.receiveTimeDeltaNs[i] === "string")
                            message.receiveTimeDeltaNs[i] = parseInt(object.receiveTimeDeltaNs[i], 10);
                        else if (typeof object.receiveTimeDeltaNs[i] === "number")
                            message.receiveTimeDeltaNs[i] = object.receiveTimeDeltaNs[i];
                        else if (typeof object.receiveTimeDeltaNs[i] === "object")
                            message.receiveTimeDeltaNs[i] = new $util.LongBits(object.receiveTimeDeltaNs[i].low >>> 0, object.receiveTimeDeltaNs[i].high >>> 0).toNumber();
                }
                if (object.updateId) {
                    if (!Array.isArray(object.updateId))
                        throw TypeError(".ingest.v1.BboColumns.updateId: array expected");
                    message.updateId = [];
                    for (let i = 0; i < object.updateId.length; ++i)
                        if ($util.Long)
                            (message.updateId[i] = $util.Long.fromValue(object.updateId[i])).unsigned = true;
                        else if (typeof object.updateId[i] === "string")
                            message.updateId[i] = parseInt(object.updateId[i], 10);
                        else if (typeof object.updateId[i] === "number")
                            message.updateId[i] = object.updateId[i];
                        else if (typeof object.updateId[i] === "object")
                            message.updateId[i] = new $util.LongBits(object.updateId[i].low >>> 0, object.updateId[i].high >>> 0).toNumber(true);
                }
                if (object.bidPrice) {
                    if (!Array.isArray(object.bidPrice))
                        throw TypeError(".ingest.v1.BboColumns.bidPrice: array expected");
                    message.bidPrice = [];
                    for (let i = 0; i < object.bidPrice.length; ++i)
                        message.bidPrice[i] = Number(object.bidPrice[i]);
                }
                if (object.bidSize) {
                    if (!Array.isArray(object.bidSize))
                        throw TypeError(".ingest.v1.BboColumns.bidSize: array expected");
                    message.bidSize = [];
                    for (let i = 0; i < object.bidSize.length; ++i)
                        message.bidSize[i] = Number(object.bidSize[i]);
                }
                if (object.askPrice) {
                    if (!Array.isArray(object.askPrice))
                        throw TypeError(".ingest.v1.BboColumns.askPrice: array expected");
                    message.askPrice = [];
                    for (let i = 0; i < object.askPrice.length; ++i)
                        message.askPrice[i] = Number(object.askPrice[i]);
                }
                if (object.askSize) {
                    if (!Array.isArray(object.askSize))
                        throw TypeError(".ingest.v1.BboColumns.askSize: array expected");
                    message.askSize = [];
                    for (let i = 0; i < object.askSize.length; ++i)
                        message.askSize[i] = Number(object.askSize[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a BboColumns message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingest.v1.BboColumns
             * @static
             * @param {ingest.v1.BboColumns} message BboColumns
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BboColumns.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.arrays || options.defaults) {
                    object.instrument = [];
                    object.venueTimeDeltaNs = [];
                    object.receiveTimeDeltaNs = [];
                    object.updateId = [];
                    object.bidPrice = [];
                    object.bidSize = [];
                    object.askPrice = [];
                    object.askSize = [];
                }
                if (message.instrument && message.instrument.length) {
                    object.instrument = [];
                    for (let j = 0; j < message.instrument.length; ++j)
                        object.instrument[j] = message.instrument[j];
                }
                if (message.venueTimeDeltaNs && message.venueTimeDeltaNs.length) {
                    object.venueTimeDeltaNs = [];
                    for (let j = 0; j < message.venueTimeDeltaNs.length; ++j)
                        if (typeof message.venueTimeDeltaNs[j] === "number")
                            object.venueTimeDeltaNs[j] = options.longs === String ? String(message.venueTimeDeltaNs[j]) : message.venueTimeDeltaNs[j];
                        else
                            object.venueTimeDeltaNs[j] = options.longs === String ? $util.Long.prototype.toString.call(message.venueTimeDeltaNs[j]) : options.longs === Number ? new $util.LongBits(message.venueTimeDeltaNs[j].low >>> 0, message.venueTimeDeltaNs[j].high >>> 0).toNumber() : message.venueTimeDeltaNs[j];
                }
                if (message.receiveTimeDeltaNs && message.receiveTimeDeltaNs.length) {
                    object.receiveTimeDeltaNs = [];
                    for (let j = 0; j < message.receiveTimeDeltaNs.length; ++j)
                        if (typeof message.receiveTimeDeltaNs[j] === "number")
                            object.receiveTimeDeltaNs[j] = options.longs === String ? String(message.receiveTimeDeltaNs[j]) : message.receiveTimeDeltaNs[j];
                        else
                            object.receiveTimeDeltaNs[j] = options.longs === String ? $util.Long.prototype.toString.call(message.receiveTimeDeltaNs[j]) : options.longs === Number ? new $util.LongBits(message.receiveTimeDeltaNs[j].low >>> 0, message.receiveTimeDeltaNs[j].high >>> 0).toNumber() : message.receiveTimeDeltaNs[j];
                }
                if (message.updateId && message.updateId.length) {
                    object.updateId = [];
                    for (let j = 0; j < message.updateId.length; ++j)
                        if (typeof message.updateId[j] === "number")
                            object.updateId[j] = options.longs === String ? String(message.updateId[j]) : message.updateId[j];
                        else
                            object.updateId[j] = options.longs === String ? $util.Long.prototype.toString.call(message.updateId[j]) : options.longs === Number ? new $util.LongBits(message.updateId[j].low >>> 0, message.updateId[j].high >>> 0).toNumber(true) : message.updateId[j];
                }
                if (message.bidPrice && message.bidPrice.length) {
                    object.bidPrice = [];
                    for (let j = 0; j < message.bidPrice.length; ++j)
                        object.bidPrice[j] = options.json && !isFinite(message.bidPrice[j]) ? String(message.bidPrice[j]) : message.bidPrice[j];
                }
                if (message.bidSize && message.bidSize.length) {
                    object.bidSize = [];
                    for (let j = 0; j < message.bidSize.length; ++j)
                        object.bidSize[j] = options.json && !isFinite(message.bidSize[j]) ? String(message.bidSize[j]) : message.bidSize[j];
                }
                if (message.askPrice && message.askPrice.length) {
                    object.askPrice = [];
                    for (let j = 0; j < message.askPrice.length; ++j)
                        object.askPrice[j] = options.json && !isFinite(message.askPrice[j]) ? String(message.askPrice[j]) : message.askPrice[j];
                }
                if (message.askSize && message.askSize.length) {
                    object.askSize = [];
                    for (let j = 0; j < message.askSize.length; ++j)
                        object.askSize[j] = options.json && !isFinite(message.askSize[j]) ? String(message.askSize[j]) : message.askSize[j];
                }
                return object;
            };

            /**
             * Converts this BboColumns to JSON.
             * @function toJSON
             * @memberof ingest.v1.BboColumns
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BboColumns.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for BboColumns
             * @function getTypeUrl
             * @memberof ingest.v1.BboColumns
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            BboColumns.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ingest.v1.BboColumns";
            };

            return BboColumns;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @memberof ingest.v1
             * @interface IAck
             * @property {string|null} [edgeId] Ack edgeId
             * @property {number|null} [durableSeq] Ack durableSeq
             * @property {ingest.v1.IRejection|null} [rejection] Ack rejection
             */

            /**
             * Constructs a new Ack.
             * @memberof ingest.v1
             * @classdesc Represents an Ack.
             * @implements IAck
             * @constructor
             * @param {ingest.v1.IAck=} [properties] Properties to set
             */
            function Ack(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Ack edgeId.
             * @member {string} edgeId
             * @memberof ingest.v1.Ack
             * @instance
             */
            Ack.prototype.edgeId = "";

            /**
             * Ack durableSeq.
             * @member {number} durableSeq
             * @memberof ingest.v1.Ack
             * @instance
             */
            Ack.prototype.durableSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack rejection.
             * @member {ingest.v1.IRejection|null|undefined} rejection
             * @memberof ingest.v1.Ack
             * @instance
             */
            Ack.prototype.rejection = null;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof ingest.v1.Ack
             * @static
             * @param {ingest.v1.IAck=} [properties] Properties to set
             * @returns {ingest.v1.Ack} Ack instance
             */
            Ack.create = function create(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link ingest.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof ingest.v1.Ack
             * @static
             * @param {ingest.v1.IAck} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.edgeId != null && Object.hasOwnProperty.call(message, "edgeId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.edgeId);
                if (message.durableSeq != null && Object.hasOwnProperty.call(message, "durableSeq"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.durableSeq);
                if (message.rejection != null && Object.hasOwnProperty.call(message, "rejection"))
                    $root.ingest.v1.Rejection.encode(message.rejection, writer.uint32(/* id 3, wireType 2 =*/26).fork()).ldelim();
                return writer;
            };

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link ingest.v1.Ack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingest.v1.Ack
             * @static
             * @param {ingest.v1.IAck} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof ingest.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingest.v1.Ack} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.ingest.v1.Ack();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.edgeId = reader.string();
                            break;
                        }
                    case 2: {
                            message.durableSeq = $int64.uint64(reader);
                            break;
                        }
                    case 3: {
                            message.rejection = $root.ingest.v1.Rejection.decode(reader, reader.uint32());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingest.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingest.v1.Ack} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Ack message.
             * @function verify
             * @memberof ingest.v1.Ack
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ack.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.edgeId != null && message.hasOwnProperty("edgeId"))
                    if (!$util.isString(message.edgeId))
                        return "edgeId: string expected";
                if (message.durableSeq != null && message.hasOwnProperty("durableSeq"))
                    if (!$util.isInteger(message.durableSeq) && !(message.durableSeq && $util.isInteger(message.durableSeq.low) && $util.isInteger(message.durableSeq.high)))
                        return "durableSeq: integer|Long expected";
                if (message.rejection != null && message.hasOwnProperty("rejection")) {
                    let error = $root.ingest.v1.Rejection.verify(message.rejection);
                    if (error)
                        return "rejection." + error;
                }
                return null;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingest.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingest.v1.Ack} Ack
             */
            Ack.fromObject = function fromObject(object) {
                if (object instanceof $root.ingest.v1.Ack)
                    return object;
                let message = new $root.ingest.v1.Ack();
                if (object.edgeId != null)
                    message.edgeId = String(object.edgeId);
                if (object.durableSeq != null)
                    if ($util.Long)
                        (message.durableSeq = $util.Long.fromValue(object.durableSeq)).unsigned = true;
                    else if (typeof object.durableSeq === "string")
                        message.durableSeq = parseInt(object.durableSeq, 10);
                    else if (typeof object.durableSeq === "number")
                        message.durableSeq = object.durableSeq;
                    else if (typeof object.durableSeq === "object")
                        message.durableSeq = new $util.LongBits(object.durableSeq.low >>> 0, object.durableSeq.high >>> 0).toNumber(true);
                if (object.rejection != null) {
                    if (typeof object.rejection !== "object")
                        throw TypeError(".ingest.v1.Ack.rejection: object expected");
                    message.rejection = $root.ingest.v1.Rejection.fromObject(object.rejection);
                }
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingest.v1.Ack
             * @static
             * @param {ingest.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.defaults) {
                    object.edgeId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.durableSeq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.durableSeq = options.longs === String ? "0" : 0;
                    object.rejection = null;
                }
                if (message.edgeId != null && message.hasOwnProperty("edgeId"))
                    object.edgeId = message.edgeId;
                if (message.durableSeq != null && message.hasOwnProperty("durableSeq"))
                    if (typeof message.durableSeq === "number")
                        object.durableSeq = options.longs === String ? String(message.durableSeq) : message.durableSeq;
                    else
                        object.durableSeq = options.longs === String ? $util.Long.prototype.toString.call(message.durableSeq) : options.longs === Number ? new $util.LongBits(message.durableSeq.low >>> 0, message.durableSeq.high >>> 0).toNumber(true) : message.durableSeq;
                if (message.rejection != null && message.hasOwnProperty("rejection"))
                    object.rejection = $root.ingest.v1.Rejection.toObject(message.rejection, options);
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof ingest.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Ack
             * @function getTypeUrl
             * @memberof ingest.v1.Ack
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Ack.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ingest.v1.Ack";
            };

            return Ack;
        })();

        v1.Rejection = (function() {

            /**
             * Properties of a Rejection.
             * @memberof ingest.v1
             * @interface IRejection
             * @property {number|null} [seq] Rejection seq
             * @property {number|null} [code] Rejection code
             * @property {string|null} [message] Rejection message
             */

            /**
             * Constructs a new Rejection.
             * @memberof ingest.v1
             * @classdesc Represents a Rejection.
             * @implements IRejection
             * @constructor
             * @param {ingest.v1.IRejection=} [properties] Properties to set
             */
            function Rejection(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Rejection seq.
             * @member {number} seq
             * @memberof ingest.v1.Rejection
             * @instance
             */
            Rejection.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Rejection code.
             * @member {number} code
             * @memberof ingest.v1.Rejection
             * @instance
             */
            Rejection.prototype.code = 0;

            /**
             * Rejection message.
             * @member {string} message
             * @memberof ingest.v1.Rejection
             * @instance
             */
            Rejection.prototype.message = "";

            /**
             * Creates a new Rejection instance using the specified properties.
             * @function create
             * @memberof ingest.v1.Rejection
             * @static
             * @param {ingest.v1.IRejection=} [properties] Properties to set
             * @returns {ingest.v1.Rejection} Rejection instance
             */
            Rejection.create = function create(properties) {
                return new Rejection(properties);
            };

            /**
             * Encodes the specified Rejection message. Does not implicitly {@link ingest.v1.Rejection.verify|verify} messages.
             * @function encode
             * @memberof ingest.v1.Rejection
             * @static
             * @param {ingest.v1.IRejection} message Rejection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rejection.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.seq != null && Object.hasOwnProperty.call(message, "seq"))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.code);
                if (message.message != null && Object.hasOwnProperty.call(message, "message"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.message);
                return writer;
            };

            /**
             * Encodes the specified Rejection message, length delimited. Does not implicitly {@link ingest.v1.Rejection.verify|verify} messages.
             * @function encodeDelimited
             * @memberof ingest.v1.Rejection
             * @static
             * @param {ingest.v1.IRejection} message Rejection message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rejection.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a Rejection message from the specified reader or buffer.
             * @function decode
             * @memberof ingest.v1.Rejection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ingest.v1.Rejection} Rejection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rejection.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.ingest.v1.Rejection();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.seq = $int64.uint64(reader);
                            break;
                        }
                    case 2: {
                            message.code = reader.uint32();
                            break;
                        }
                    case 3: {
                            message.message = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a Rejection message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof ingest.v1.Rejection
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {ingest.v1.Rejection} Rejection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rejection.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Rejection message.
             * @function verify
             * @memberof ingest.v1.Rejection
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Rejection.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.seq != null && message.hasOwnProperty("seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.code != null && message.hasOwnProperty("code"))
                    if (!$util.isInteger(message.code))
                        return "code: integer expected";
                if (message.message != null && message.hasOwnProperty("message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                return null;
            };

            /**
             * Creates a Rejection message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof ingest.v1.Rejection
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {ingest.v1.Rejection} Rejection
             */
            Rejection.fromObject = function fromObject(object) {
                if (object instanceof $root.ingest.v1.Rejection)
                    return object;
                let message = new $root.ingest.v1.Rejection();
                if (object.seq != null)
                    if ($util.Long)
                        (message.seq = $util.Long.fromValue(object.seq)).unsigned = true;
                    else if (typeof object.seq === "string")
                        message.seq = parseInt(object.seq, 10);
                    else if (typeof object.seq === "number")
                        message.seq = object.seq;
                    else if (typeof object.seq === "object")
                        message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.code != null)
                    message.code = object.code >>> 0;
                if (object.message != null)
                    message.message = String(object.message);
                return message;
            };

            /**
             * Creates a plain object from a Rejection message. Also converts values to other types if specified.
             * @function toObject
             * @memberof ingest.v1.Rejection
             * @static
             * @param {ingest.v1.Rejection} message Rejection
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Rejection.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.seq = options.longs === String ? "0" : 0;
                    object.code = 0;
                    object.message = "";
                }
                if (message.seq != null && message.hasOwnProperty("seq"))
                    if (typeof message.seq === "number")
                        object.seq = options.longs === String ? String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === String ? $util.Long.prototype.toString.call(message.seq) : options.longs === Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.code != null && message.hasOwnProperty("code"))
                    object.code = message.code;
                if (message.message != null && message.hasOwnProperty("message"))
                    object.message = message.message;
                return object;
            };

            /**
             * Converts this Rejection to JSON.
             * @function toJSON
             * @memberof ingest.v1.Rejection
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Rejection.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Rejection
             * @function getTypeUrl
             * @memberof ingest.v1.Rejection
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Rejection.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/ingest.v1.Rejection";
            };

            return Rejection;
        })();

        return v1;
    })();

    return ingest;
})();

export const market = $root.market = (() => {

    /**
     * Namespace market.
     * @exports market
     * @namespace
     */
    const market = {};

    market.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof market
         * @namespace
         */
        const v1 = {};

        /**
         * Side enum.
         * @name market.v1.Side
         * @enum {number}
         * @property {number} SIDE_UNSPECIFIED=0 SIDE_UNSPECIFIED value
         * @property {number} SIDE_BUY=1 SIDE_BUY value
         * @property {number} SIDE_SELL=2 SIDE_SELL value
         */
        v1.Side = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "SIDE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SIDE_BUY"] = 1;
            values[valuesById[2] = "SIDE_SELL"] = 2;
            return values;
        })();

        /**
         * BookSide enum.
         * @name market.v1.BookSide
         * @enum {number}
         * @property {number} BOOK_SIDE_UNSPECIFIED=0 BOOK_SIDE_UNSPECIFIED value
         * @property {number} BOOK_SIDE_BID=1 BOOK_SIDE_BID value
         * @property {number} BOOK_SIDE_ASK=2 BOOK_SIDE_ASK value
         */
        v1.BookSide = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "BOOK_SIDE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "BOOK_SIDE_BID"] = 1;
            values[valuesById[2] = "BOOK_SIDE_ASK"] = 2;
            return values;
        })();

        v1.Instrument = (function() {

            /**
             * Properties of an Instrument.
             * @memberof market.v1
             * @interface IInstrument
             * @property {string|null} [venue] Instrument venue
             * @property {string|null} [symbol] Instrument symbol
             * @property {string|null} [venueSymbol] Instrument venueSymbol
             */

            /**
             * Constructs a new Instrument.
             * @memberof market.v1
             * @classdesc Represents an Instrument.
             * @implements IInstrument
             * @constructor
             * @param {market.v1.IInstrument=} [properties] Properties to set
             */
            function Instrument(properties) {
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Instrument venue.
             * @member {string} venue
             * @memberof market.v1.Instrument
             * @instance
             */
            Instrument.prototype.venue = "";

            /**
             * Instrument symbol.
             * @member {string} symbol
             * @memberof market.v1.Instrument
             * @instance
             */
            Instrument.prototype.symbol = "";

            /**
             * Instrument venueSymbol.
             * @member {string} venueSymbol
             * @memberof market.v1.Instrument
             * @instance
             */
            Instrument.prototype.venueSymbol = "";

            /**
             * Creates a new Instrument instance using the specified properties.
             * @function create
             * @memberof market.v1.Instrument
             * @static
             * @param {market.v1.IInstrument=} [properties] Properties to set
             * @returns {market.v1.Instrument} Instrument instance
             */
            Instrument.create = function create(properties) {
                return new Instrument(properties);
            };

            /**
             * Encodes the specified Instrument message. Does not implicitly {@link market.v1.Instrument.verify|verify} messages.
             * @function encode
             * @memberof market.v1.Instrument
             * @static
             * @param {market.v1.IInstrument} message Instrument message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Instrument.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.venue != null && Object.hasOwnProperty.call(message, "venue"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.venue);
                if (message.symbol != null && Object.hasOwnProperty.call(message, "symbol"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.symbol);
                if (message.venueSymbol != null && Object.hasOwnProperty.call(message, "venueSymbol"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.venueSymbol);
                return writer;
            };

            /**
             * Encodes the specified Instrument message, length delimited. Does not implicitly {@link market.v1.Instrument.verify|verify} messages.
             * @function encodeDelimited
             * @memberof market.v1.Instrument
             * @static
             * @param {market.v1.IInstrument} message Instrument message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Instrument.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes an Instrument message from the specified reader or buffer.
             * @function decode
             * @memberof market.v1.Instrument
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {market.v1.Instrument} Instrument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Instrument.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.market.v1.Instrument();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.venue = reader.string();
                            break;
                        }
                    case 2: {
                            message.symbol = reader.string();
                            break;
                        }
                    case 3: {
                            message.venueSymbol = reader.string();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes an Instrument message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof market.v1.Instrument
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {market.v1.Instrument} Instrument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Instrument.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an Instrument message.
             * @function verify
             * @memberof market.v1.Instrument
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Instrument.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.venue != null && message.hasOwnProperty("venue"))
                    if (!$util.isString(message.venue))
                        return "venue: string expected";
                if (message.symbol != null && message.hasOwnProperty("symbol"))
                    if (!$util.isString(message.symbol))
                        return "symbol: string expected";
                if (message.venueSymbol != null && message.hasOwnProperty("venueSymbol"))
                    if (!$util.isString(message.venueSymbol))
                        return "venueSymbol: string expected";
                return null;
            };

            /**
             * Creates an Instrument message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof market.v1.Instrument
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {market.v1.Instrument} Instrument
             */
            Instrument.fromObject = function fromObject(object) {
                if (object instanceof $root.market.v1.Instrument)
                    return object;
                let message = new $root.market.v1.Instrument();
                if (object.venue != null)
                    message.venue = String(object.venue);
                if (object.symbol != null)
                    message.symbol = String(object.symbol);
                if (object.venueSymbol != null)
                    message.venueSymbol = String(object.venueSymbol);
                return message;
            };

            /**
             * Creates a plain object from an Instrument message. Also converts values to other types if specified.
             * @function toObject
             * @memberof market.v1.Instrument
             * @static
             * @param {market.v1.Instrument} message Instrument
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Instrument.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.defaults) {
                    object.venue = "";
                    object.symbol = "";
                    object.venueSymbol = "";
                }
                if (message.venue != null && message.hasOwnProperty("venue"))
                    object.venue = message.venue;
                if (message.symbol != null && message.hasOwnProperty("symbol"))
                    object.symbol = message.symbol;
                if (message.venueSymbol != null && message.hasOwnProperty("venueSymbol"))
                    object.venueSymbol = message.venueSymbol;
                return object;
            };

            /**
             * Converts this Instrument to JSON.
             * @function toJSON
             * @memberof market.v1.Instrument
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Instrument.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Instrument
             * @function getTypeUrl
             * @memberof market.v1.Instrument
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Instrument.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/market.v1.Instrument";
            };

            return Instrument;
        })();

        /**
         * Severity enum.
         * @name market.v1.Severity
         * @enum {number}
         * @property {number} SEVERITY_UNSPECIFIED=0 SEVERITY_UNSPECIFIED value
         * @property {number} SEVERITY_GREEN=1 SEVERITY_GREEN value
         * @property {number} SEVERITY_YELLOW=2 SEVERITY_YELLOW value
         * @property {number} SEVERITY_RED=3 SEVERITY_RED value
         */
        v1.Severity = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "SEVERITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEVERITY_GREEN"] = 1;
            values[valuesById[2] = "SEVERITY_YELLOW"] = 2;
            values[valuesById[3] = "SEVERITY_RED"] = 3;
            return values;
        })();

        v1.EdgeHealth = (function() {

            /**
             * Properties of an EdgeHealth.
             * @memberof market.v1
             * @interface IEdgeHealth
             * @property {string|null} [edgeId] EdgeHealth edgeId
             * @property {string|null} [venue] EdgeHealth venue
             * @property {string|null} [symbol] EdgeHealth symbol
             * @property {string|null} [connection] EdgeHealth connection
             * @property {number|null} [timeDeltaNs] EdgeHealth timeDeltaNs
             * @property {market.v1.Severity|null} [severity] EdgeHealth severity
             * @property {string|null} [reason] EdgeHealth reason
             * @property {number|null} [clockOffsetNs] EdgeHealth clockOffsetNs
             * @property {number|null} [latencyP50Ms] EdgeHealth latencyP50Ms
             * @property {number|null} [latencyP99Ms] EdgeHealth latencyP99Ms
             * @property {number|null} [messagesPerSecond] EdgeHealth messagesPerSecond
             * @property {number|null} [reconnects] EdgeHealth reconnects
             * @property {number|null} [resyncs] EdgeHealth resyncs
             * @property {number|null} [gaps] EdgeHealth gaps
             * @property {number|null} [checksumFailures] EdgeHealth checksumFailures
             * @property {number|null} [malformed] EdgeHealth malformed
             * @property {number|null} [dropped] EdgeHealth dropped
             * @property {Object.<string,number>|null} [metrics] EdgeHealth metrics
             */

            /**
             * Constructs a new EdgeHealth.
             * @memberof market.v1
             * @classdesc Represents an EdgeHealth.
             * @implements IEdgeHealth
             * @constructor
             * @param {market.v1.IEdgeHealth=} [properties] Properties to set
             */
            function EdgeHealth(properties) {
                this.metrics = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * EdgeHealth edgeId.
             * @member {string} edgeId
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.edgeId = "";

            /**
             * EdgeHealth venue.
             * @member {string} venue
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.venue = "";

            /**
             * EdgeHealth symbol.
             * @member {string} symbol
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.symbol = "";

            /**
             * EdgeHealth connection.
             * @member {string} connection
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.connection = "";

            /**
             * EdgeHealth timeDeltaNs.
             * @member {number} timeDeltaNs
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.timeDeltaNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EdgeHealth severity.
             * @member {market.v1.Severity} severity
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.severity = 0;

            /**
             * EdgeHealth reason.
             * @member {string} reason
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.reason = "";

            /**
             * EdgeHealth clockOffsetNs.
             * @member {number} clockOffsetNs
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.clockOffsetNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * EdgeHealth latencyP50Ms.
             * @member {number} latencyP50Ms
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.latencyP50Ms = 0;

            /**
             * EdgeHealth latencyP99Ms.
             * @member {number} latencyP99Ms
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.latencyP99Ms = 0;

            /**
             * EdgeHealth messagesPerSecond.
             * @member {number} messagesPerSecond
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.messagesPerSecond = 0;

            /**
             * EdgeHealth reconnects.
             * @member {number} reconnects
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.reconnects = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EdgeHealth resyncs.
             * @member {number} resyncs
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.resyncs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EdgeHealth gaps.
             * @member {number} gaps
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.gaps = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EdgeHealth checksumFailures.
             * @member {number} checksumFailures
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.checksumFailures = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EdgeHealth malformed.
             * @member {number} malformed
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.malformed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EdgeHealth dropped.
             * @member {number} dropped
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * EdgeHealth metrics.
             * @member {Object.<string,number>} metrics
             * @memberof market.v1.EdgeHealth
             * @instance
             */
            EdgeHealth.prototype.metrics = $util.emptyObject;

            /**
             * Creates a new EdgeHealth instance using the specified properties.
             * @function create
             * @memberof market.v1.EdgeHealth
             * @static
             * @param {market.v1.IEdgeHealth=} [properties] Properties to set
             * @returns {market.v1.EdgeHealth} EdgeHealth instance
             */
            EdgeHealth.create = function create(properties) {
                return new EdgeHealth(properties);
            };

            /**
             * Encodes the specified EdgeHealth message. Does not implicitly {@link market.v1.EdgeHealth.verify|verify} messages.
             * @function encode
             * @memberof market.v1.EdgeHealth
             * @static
             * @param {market.v1.IEdgeHealth} message EdgeHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EdgeHealth.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.edgeId != null && Object.hasOwnProperty.call(message, "edgeId"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.edgeId);
                if (message.venue != null && Object.hasOwnProperty.call(message, "venue"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.venue);
                if (message.symbol != null && Object.hasOwnProperty.call(message, "symbol"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.symbol);
                if (message.connection != null && Object.hasOwnProperty.call(message, "connection"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.connection);
                if (message.timeDeltaNs != null && Object.hasOwnProperty.call(message, "timeDeltaNs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).sint64(message.timeDeltaNs);
                if (message.severity != null && Object.hasOwnProperty.call(message, "severity"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.severity);
                if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.reason);
                if (message.clockOffsetNs != null && Object.hasOwnProperty.call(message, "clockOffsetNs"))
                    writer.uint32(/* id 8, wireType 0 =*/64).sint64(message.clockOffsetNs);
                if (message.latencyP50Ms != null && Object.hasOwnProperty.call(message, "latencyP50Ms"))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.latencyP50Ms);
                if (message.latencyP99Ms != null && Object.hasOwnProperty.call(message, "latencyP99Ms"))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.latencyP99Ms);
                if (message.messagesPerSecond != null && Object.hasOwnProperty.call(message, "messagesPerSecond"))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.messagesPerSecond);
                if (message.reconnects != null && Object.hasOwnProperty.call(message, "reconnects"))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.reconnects);
                if (message.resyncs != null && Object.hasOwnProperty.call(message, "resyncs"))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.resyncs);
                if (message.gaps != null && Object.hasOwnProperty.call(message, "gaps"))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.gaps);
                if (message.checksumFailures != null && Object.hasOwnProperty.call(message, "checksumFailures"))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.checksumFailures);
                if (message.malformed != null && Object.hasOwnProperty.call(message, "malformed"))
                    writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.malformed);
                if (message.dropped != null && Object.hasOwnProperty.call(message, "dropped"))
                    writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.dropped);
                if (message.metrics != null && Object.hasOwnProperty.call(message, "metrics"))
                    for (let keys = Object.keys(message.metrics), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 18, wireType 2 =*/146).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.metrics[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Encodes the specified EdgeHealth message, length delimited. Does not implicitly {@link market.v1.EdgeHealth.verify|verify} messages.
             * @function encodeDelimited
             * @memberof market.v1.EdgeHealth
             * @static
             * @param {market.v1.IEdgeHealth} message EdgeHealth message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EdgeHealth.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes an EdgeHealth message from the specified reader or buffer.
             * @function decode
             * @memberof market.v1.EdgeHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {market.v1.EdgeHealth} EdgeHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EdgeHealth.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.market.v1.EdgeHealth(), key, value;
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.edgeId = reader.string();
                            break;
                        }
                    case 2: {
                            message.venue = reader.string();
                            break;
                        }
                    case 3: {
                            message.symbol = reader.string();
                            break;
                        }
                    case 4: {
                            message.connection = reader.string();
                            break;
                        }
                    case 5: {
                            message.timeDeltaNs = $int64.sint64(reader);
                            break;
                        }
                    case 6: {
                            message.severity = reader.int32();
                            break;
                        }
                    case 7: {
                            message.reason = reader.string();
                            break;
                        }
                    case 8: {
                            message.clockOffsetNs = $int64.sint64(reader);
                            break;
                        }
                    case 9: {
                            message.latencyP50Ms = reader.double();
                            break;
                        }
                    case 10: {
                            message.latencyP99Ms = reader.double();
                            break;
                        }
                    case 11: {
                            message.messagesPerSecond = reader.double();
                            break;
                        }
                    case 12: {
                            message.reconnects = $int64.uint64(reader);
                            break;
                        }
                    case 13: {
                            message.resyncs = $int64.uint64(reader);
                            break;
                        }
                    case 14: {
                            message.gaps = $int64.uint64(reader);
                            break;
                        }
                    case 15: {
                            message.checksumFailures = $int64.uint64(reader);
                            break;
                        }
                    case 16: {
                            message.malformed = $int64.uint64(reader);
                            break;
                        }
                    case 17: {
                            message.dropped = $int64.uint64(reader);
                            break;
                        }
                    case 18: {
                            if (message.metrics === $util.emptyObject)
                                message.metrics = {};
                            let end2 = reader.uint32() + reader.pos;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.double();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7);
                                    break;
                                }
                            }
                            message.metrics[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes an EdgeHealth message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof market.v1.EdgeHealth
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {market.v1.EdgeHealth} EdgeHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EdgeHealth.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies an EdgeHealth message.
             * @function verify
             * @memberof market.v1.EdgeHealth
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EdgeHealth.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.edgeId != null && message.hasOwnProperty("edgeId"))
                    if (!$util.isString(message.edgeId))
                        return "edgeId: string expected";
                if (message.venue != null && message.hasOwnProperty("venue"))
                    if (!$util.isString(message.venue))
                        return "venue: string expected";
                if (message.symbol != null && message.hasOwnProperty("symbol"))
                    if (!$util.isString(message.symbol))
                        return "symbol: string expected";
                if (message.connection != null && message.hasOwnProperty("connection"))
                    if (!$util.isString(message.connection))
                        return "connection: string expected";
                if (message.timeDeltaNs != null && message.hasOwnProperty("timeDeltaNs"))
                    if (!$util.isInteger(message.timeDeltaNs) && !(message.timeDeltaNs && $util.isInteger(message.timeDeltaNs.low) && $util.isInteger(message.timeDeltaNs.high)))
                        return "timeDeltaNs: integer|Long expected";
                if (message.severity != null && message.hasOwnProperty("severity"))
                    switch (message.severity) {
                    default:
                        return "severity: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.reason != null && message.hasOwnProperty("reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.clockOffsetNs != null && message.hasOwnProperty("clockOffsetNs"))
                    if (!$util.isInteger(message.clockOffsetNs) && !(message.clockOffsetNs && $util.isInteger(message.clockOffsetNs.low) && $util.isInteger(message.clockOffsetNs.high)))
                        return "clockOffsetNs: integer|Long expected";
                if (message.latencyP50Ms != null && message.hasOwnProperty("latencyP50Ms"))
                    if (typeof message.latencyP50Ms !== "number")
                        return "latencyP50Ms: number expected";
                if (message.latencyP99Ms != null && message.hasOwnProperty("latencyP99Ms"))
                    if (typeof message.latencyP99Ms !== "number")
                        return "latencyP99Ms: number expected";
                if (message.messagesPerSecond != null && message.hasOwnProperty("messagesPerSecond"))
                    if (typeof message.messagesPerSecond !== "number")
                        return "messagesPerSecond: number expected";
                if (message.reconnects != null && message.hasOwnProperty("reconnects"))
                    if (!$util.isInteger(message.reconnects) && !(message.reconnects && $util.isInteger(message.reconnects.low) && $util.isInteger(message.reconnects.high)))
                        return "reconnects: integer|Long expected";
                if (message.resyncs != null && message.hasOwnProperty("resyncs"))
                    if (!$util.isInteger(message.resyncs) && !(message.resyncs && $util.isInteger(message.resyncs.low) && $util.isInteger(message.resyncs.high)))
                        return "resyncs: integer|Long expected";
                if (message.gaps != null && message.hasOwnProperty("gaps"))
                    if (!$util.isInteger(message.gaps) && !(message.gaps && $util.isInteger(message.gaps.low) && $util.isInteger(message.gaps.high)))
                        return "gaps: integer|Long expected";
                if (message.checksumFailures != null && message.hasOwnProperty("checksumFailures"))
                    if (!$util.isInteger(message.checksumFailures) && !(message.checksumFailures && $util.isInteger(message.checksumFailures.low) && $util.isInteger(message.checksumFailures.high)))
                        return "checksumFailures: integer|Long expected";
                if (message.malformed != null && message.hasOwnProperty("malformed"))
                    if (!$util.isInteger(message.malformed) && !(message.malformed && $util.isInteger(message.malformed.low) && $util.isInteger(message.malformed.high)))
                        return "malformed: integer|Long expected";
                if (message.dropped != null && message.hasOwnProperty("dropped"))
                    if (!$util.isInteger(message.dropped) && !(message.dropped && $util.isInteger(message.dropped.low) && $util.isInteger(message.dropped.high)))
                        return "dropped: integer|Long expected";
                if (message.metrics != null && message.hasOwnProperty("metrics")) {
                    if (!$util.isObject(message.metrics))
                        return "metrics: object expected";
                    let key = Object.keys(message.metrics);
                    for (let i = 0; i < key.length; ++i)
                        if (typeof message.metrics[key[i]] !== "number")
                            return "metrics: number{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an EdgeHealth message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof market.v1.EdgeHealth
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {market.v1.EdgeHealth} EdgeHealth
             */
            EdgeHealth.fromObject = function fromObject(object) {
                if (object instanceof $root.market.v1.EdgeHealth)
                    return object;
                let message = new $root.market.v1.EdgeHealth();
                if (object.edgeId != null)
                    message.edgeId = String(object.edgeId);
                if (object.venue != null)
                    message.venue = String(object.venue);
                if (object.symbol != null)
                    message.symbol = String(object.symbol);
                if (object.connection != null)
                    message.connection = String(object.connection);
                if (object.timeDeltaNs != null)
                    if ($util.Long)
                        (message.timeDeltaNs = $util.Long.fromValue(object.timeDeltaNs)).unsigned = false;
                    else if (typeof object.timeDeltaNs === "string")
                        message.timeDeltaNs = parseInt(object.timeDeltaNs, 10);
                    else if (typeof object.timeDeltaNs === "number")
                        message.timeDeltaNs = object.timeDeltaNs;
                    else if (typeof object.timeDeltaNs === "object")
                        message.timeDeltaNs = new $util.LongBits(object.timeDeltaNs.low >>> 0, object.timeDeltaNs.high >>> 0).toNumber();
                switch (object.severity) {
                default:
                    if (typeof object.severity === "number") {
                        message.severity = object.severity;
                        break;
                    }
                    break;
                case "SEVERITY_UNSPECIFIED":
                case 0:
                    message.severity = 0;
                    break;
                case "SEVERITY_GREEN":
                case 1:
                    message.severity = 1;
                    break;
                case "SEVERITY_YELLOW":
                case 2:
                    message.severity = 2;
                    break;
                case "SEVERITY_RED":
                case 3:
                    message.severity = 3;
                    break;
                }
                if (object.reason != null)
                    message.reason = String(object.reason);
                if (object.clockOffsetNs != null)
                    if ($util.Long)
                        (message.clockOffsetNs = $util.Long.fromValue(object.clockOffsetNs)).unsigned = false;
                    else if (typeof object.clockOffsetNs === "string")
                        message.clockOffsetNs = parseInt(object.clockOffsetNs, 10);
                    else if (typeof object.clockOffsetNs === "number")
                        message.clockOffsetNs = object.clockOffsetNs;
                    else if (typeof object.clockOffsetNs === "object")
                        message.clockOffsetNs = new $util.LongBits(object.clockOffsetNs.low >>> 0, object.clockOffsetNs.high >>> 0).toNumber();
                if (object.latencyP50Ms != null)
                    message.latencyP50Ms = Number(object.latencyP50Ms);
                if (object.latencyP99Ms != null)
                    message.latencyP99Ms = Number(object.latencyP99Ms);
                if (object.messagesPerSecond != null)
                    message.messagesPerSecond = Number(object.messagesPerSecond);
                if (object.reconnects != null)
                    if ($util.Long)
                        (message.reconnects = $util.Long.fromValue(object.reconnects)).unsigned = true;
                    else if (typeof object.reconnects === "string")
                        message.reconnects = parseInt(object.reconnects, 10);
                    else if (typeof object.reconnects === "number")
                        message.reconnects = object.reconnects;
                    else if (typeof object.reconnects === "object")
                        message.reconnects = new $util.LongBits(object.reconnects.low >>> 0, object.reconnects.high >>> 0).toNumber(true);
                if (object.resyncs != null)
                    if ($util.Long)
                        (message.resyncs = $util.Long.fromValue(object.resyncs)).unsigned = true;
                    else if (typeof object.resyncs === "string")
                        message.resyncs = parseInt(object.resyncs, 10);
                    else if (typeof object.resyncs === "number")
                        message.resyncs = object.resyncs;
                    else if (typeof object.resyncs === "object")
                        message.resyncs = new $util.LongBits(object.resyncs.low >>> 0, object.resyncs.high >>> 0).toNumber(true);
                if (object.gaps != null)
                    if ($util.Long)
                        (message.gaps = $util.Long.fromValue(object.gaps)).unsigned = true;
                    else if (typeof object.gaps === "string")
                        message.gaps = parseInt(object.gaps, 10);
                    else if (typeof object.gaps === "number")
                        message.gaps = object.gaps;
                    else if (typeof object.gaps === "object")
                        message.gaps = new $util.LongBits(object.gaps.low >>> 0, object.gaps.high >>> 0).toNumber(true);
                if (object.checksumFailures != null)
                    if ($util.Long)
                        (message.checksumFailures = $util.Long.fromValue(object.checksumFailures)).unsigned = true;
                    else if (typeof object.checksumFailures === "string")
                        message.checksumFailures = parseInt(object.checksumFailures, 10);
                    else if (typeof object.checksumFailures === "number")
                        message.checksumFailures = object.checksumFailures;
                    else if (typeof object.checksumFailures === "object")
                        message.checksumFailures = new $util.LongBits(object.checksumFailures.low >>> 0, object.checksumFailures.high >>> 0).toNumber(true);
                if (object.malformed != null)
                    if ($util.Long)
                        (message.malformed = $util.Long.fromValue(object.malformed)).unsigned = true;
                    else if (typeof object.malformed === "string")
                        message.malformed = parseInt(object.malformed, 10);
                    else if (typeof object.malformed === "number")
                        message.malformed = object.malformed;
                    else if (typeof object.malformed === "object")
                        message.malformed = new $util.LongBits(object.malformed.low >>> 0, object.malformed.high >>> 0).toNumber(true);
                if (object.dropped != null)
                    if ($util.Long)
                        (message.dropped = $util.Long.fromValue(object.dropped)).unsigned = true;
                    else if (typeof object.dropped === "string")
                        message.dropped = parseInt(object.dropped, 10);
                    else if (typeof object.dropped === "number")
                        message.dropped = object.dropped;
                    else if (typeof object.dropped === "object")
                        message.dropped = new $util.LongBits(object.dropped.low >>> 0, object.dropped.high >>> 0).toNumber(true);
                if (object.metrics) {
                    if (typeof object.metrics !== "object")
                        throw TypeError(".market.v1.EdgeHealth.metrics: object expected");
                    message.metrics = {};
                    for (let keys = Object.keys(object.metrics), i = 0; i < keys.length; ++i)
                        message.metrics[keys[i]] = Number(object.metrics[keys[i]]);
                }
                return message;
            };

            /**
             * Creates a plain object from an EdgeHealth message. Also converts values to other types if specified.
             * @function toObject
             * @memberof market.v1.EdgeHealth
             * @static
             * @param {market.v1.EdgeHealth} message EdgeHealth
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EdgeHealth.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.objects || options.defaults)
                    object.metrics = {};
                if (options.defaults) {
                    object.edgeId = "";
                    object.venue = "";
                    object.symbol = "";
                    object.connection = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeDeltaNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.timeDeltaNs = options.longs === String ? "0" : 0;
                    object.severity = options.enums === String ? "SEVERITY_UNSPECIFIED" : 0;
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.clockOffsetNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.clockOffsetNs = options.longs === String ? "0" : 0;
                    object.latencyP50Ms = 0;
                    object.latencyP99Ms = 0;
                    object.messagesPerSecond = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.reconnects = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.reconnects = options.longs === String ? "0" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.resyncs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.resyncs = options.longs === String ? "0" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.gaps = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.gaps = options.longs === String ? "0" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.checksumFailures = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.checksumFailures = options.longs === String ? "0" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.malformed = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.malformed = options.longs === String ? "0" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.dropped = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.dropped = options.longs === String ? "0" : 0;
                }
                if (message.edgeId != null && message.hasOwnProperty("edgeId"))
                    object.edgeId = message.edgeId;
                if (message.venue != null && message.hasOwnProperty("venue"))
                    object.venue = message.venue;
                if (message.symbol != null && message.hasOwnProperty("symbol"))
                    object.symbol = message.symbol;
                if (message.connection != null && message.hasOwnProperty("connection"))
                    object.connection = message.connection;
                if (message.timeDeltaNs != null && message.hasOwnProperty("timeDeltaNs"))
                    if (typeof message.timeDeltaNs === "number")
                        object.timeDeltaNs = options.longs === String ? String(message.timeDeltaNs) : message.timeDeltaNs;
                    else
                        object.timeDeltaNs = options.longs === String ? $util.Long.prototype.toString.call(message.timeDeltaNs) : options.longs === Number ? new $util.LongBits(message.timeDeltaNs.low >>> 0, message.timeDeltaNs.high >>> 0).toNumber() : message.timeDeltaNs;
                if (message.severity != null && message.hasOwnProperty("severity"))
                    object.severity = options.enums === String ? $root.market.v1.Severity[message.severity] === undefined ? message.severity : $root.market.v1.Severity[message.severity] : message.severity;
                if (message.reason != null && message.hasOwnProperty("reason"))
                    object.reason = message.reason;
                if (message.clockOffsetNs != null && message.hasOwnProperty("clockOffsetNs"))
                    if (typeof message.clockOffsetNs === "number")
                        object.clockOffsetNs = options.longs === String ? String(message.clockOffsetNs) : message.clockOffsetNs;
                    else
                        object.clockOffsetNs = options.longs === String ? $util.Long.prototype.toString.call(message.clockOffsetNs) : options.longs === Number ? new $util.LongBits(message.clockOffsetNs.low >>> 0, message.clockOffsetNs.high >>> 0).toNumber() : message.clockOffsetNs;
                if (message.latencyP50Ms != null && message.hasOwnProperty("latencyP50Ms"))
                    object.latencyP50Ms = options.json && !isFinite(message.latencyP50Ms) ? String(message.latencyP50Ms) : message.latencyP50Ms;
                if (message.latencyP99Ms != null && message.hasOwnProperty("latencyP99Ms"))
                    object.latencyP99Ms = options.json && !isFinite(message.latencyP99Ms) ? String(message.latencyP99Ms) : message.latencyP99Ms;
                if (message.messagesPerSecond != null && message.hasOwnProperty("messagesPerSecond"))
                    object.messagesPerSecond = options.json && !isFinite(message.messagesPerSecond) ? String(message.messagesPerSecond) : message.messagesPerSecond;
                if (message.reconnects != null && message.hasOwnProperty("reconnects"))
                    if (typeof message.reconnects === "number")
                        object.reconnects = options.longs === String ? String(message.reconnects) : message.reconnects;
                    else
                        object.reconnects = options.longs === String ? $util.Long.prototype.toString.call(message.reconnects) : options.longs === Number ? new $util.LongBits(message.reconnects.low >>> 0, message.reconnects.high >>> 0).toNumber(true) : message.reconnects;
                if (message.resyncs != null && message.hasOwnProperty("resyncs"))
                    if (typeof message.resyncs === "number")
                        object.resyncs = options.longs === String ? String(message.resyncs) : message.resyncs;
                    else
                        object.resyncs = options.longs === String ? $util.Long.prototype.toString.call(message.resyncs) : options.longs === Number ? new $util.LongBits(message.resyncs.low >>> 0, message.resyncs.high >>> 0).toNumber(true) : message.resyncs;
                if (message.gaps != null && message.hasOwnProperty("gaps"))
                    if (typeof message.gaps === "number")
                        object.gaps = options.longs === String ? String(message.gaps) : message.gaps;
                    else
                        object.gaps = options.longs === String ? $util.Long.prototype.toString.call(message.gaps) : options.longs === Number ? new $util.LongBits(message.gaps.low >>> 0, message.gaps.high >>> 0).toNumber(true) : message.gaps;
                if (message.checksumFailures != null && message.hasOwnProperty("checksumFailures"))
                    if (typeof message.checksumFailures === "number")
                        object.checksumFailures = options.longs === String ? String(message.checksumFailures) : message.checksumFailures;
                    else
                        object.checksumFailures = options.longs === String ? $util.Long.prototype.toString.call(message.checksumFailures) : options.longs === Number ? new $util.LongBits(message.checksumFailures.low >>> 0, message.checksumFailures.high >>> 0).toNumber(true) : message.checksumFailures;
                if (message.malformed != null && message.hasOwnProperty("malformed"))
                    if (typeof message.malformed === "number")
                        object.malformed = options.longs === String ? String(message.malformed) : message.malformed;
                    else
                        object.malformed = options.longs === String ? $util.Long.prototype.toString.call(message.malformed) : options.longs === Number ? new $util.LongBits(message.malformed.low >>> 0, message.malformed.high >>> 0).toNumber(true) : message.malformed;
                if (message.dropped != null && message.hasOwnProperty("dropped"))
                    if (typeof message.dropped === "number")
                        object.dropped = options.longs === String ? String(message.dropped) : message.dropped;
                    else
                        object.dropped = options.longs === String ? $util.Long.prototype.toString.call(message.dropped) : options.longs === Number ? new $util.LongBits(message.dropped.low >>> 0, message.dropped.high >>> 0).toNumber(true) : message.dropped;
                let keys2;
                if (message.metrics && (keys2 = Object.keys(message.metrics)).length) {
                    object.metrics = {};
                    for (let j = 0; j < keys2.length; ++j)
                        object.metrics[keys2[j]] = options.json && !isFinite(message.metrics[keys2[j]]) ? String(message.metrics[keys2[j]]) : message.metrics[keys2[j]];
                }
                return object;
            };

            /**
             * Converts this EdgeHealth to JSON.
             * @function toJSON
             * @memberof market.v1.EdgeHealth
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EdgeHealth.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for EdgeHealth
             * @function getTypeUrl
             * @memberof market.v1.EdgeHealth
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            EdgeHealth.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/market.v1.EdgeHealth";
            };

            return EdgeHealth;
        })();

        return v1;
    })();

    return market;
})();

export const signals = $root.signals = (() => {

    /**
     * Namespace signals.
     * @exports signals
     * @namespace
     */
    const signals = {};

    signals.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof signals
         * @namespace
         */
        const v1 = {};

        v1.Signals = (function() {

            /**
             * Constructs a new Signals service.
             * @memberof signals.v1
             * @classdesc Represents a Signals
             * @extends $protobuf.rpc.Service
             * @constructor
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             */
            function Signals(rpcImpl, requestDelimited, responseDelimited) {
                $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
            }

            (Signals.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Signals;

            /**
             * Creates new Signals service using the specified rpc implementation.
             * @function create
             * @memberof signals.v1.Signals
             * @static
             * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
             * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
             * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
             * @returns {Signals} RPC service. Useful where requests and/or responses are streamed.
             */
            Signals.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                return new this(rpcImpl, requestDelimited, responseDelimited);
            };

            /**
             * Callback as used by {@link signals.v1.Signals#subscribe}.
             * @memberof signals.v1.Signals
             * @typedef SubscribeCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {signals.v1.Signal} [response] Signal
             */

            /**
             * Calls Subscribe.
             * @function subscribe
             * @memberof signals.v1.Signals
             * @instance
             * @param {signals.v1.ISubscribeRequest} request SubscribeRequest message or plain object
             * @param {signals.v1.Signals.SubscribeCallback} callback Node-style callback called with the error, if any, and Signal
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Signals.prototype.subscribe = function subscribe(request, callback) {
                return this.rpcCall(subscribe, $root.signals.v1.SubscribeRequest, $root.signals.v1.Signal, request, callback);
            }, "name", { value: "Subscribe" });

            /**
             * Calls Subscribe.
             * @function subscribe
             * @memberof signals.v1.Signals
             * @instance
             * @param {signals.v1.ISubscribeRequest} request SubscribeRequest message or plain object
             * @returns {Promise<signals.v1.Signal>} Promise
             * @variation 2
             */

            /**
             * Callback as used by {@link signals.v1.Signals#latest}.
             * @memberof signals.v1.Signals
             * @typedef LatestCallback
             * @type {function}
             * @param {Error|null} error Error, if any
             * @param {signals.v1.LatestResponse} [response] LatestResponse
             */

            /**
             * Calls Latest.
             * @function latest
             * @memberof signals.v1.Signals
             * @instance
             * @param {signals.v1.ILatestRequest} request LatestRequest message or plain object
             * @param {signals.v1.Signals.LatestCallback} callback Node-style callback called with the error, if any, and LatestResponse
             * @returns {undefined}
             * @variation 1
             */
            Object.defineProperty(Signals.prototype.latest = function latest(request, callback) {
                return this.rpcCall(latest, $root.signals.v1.LatestRequest, $root.signals.v1.LatestResponse, request, callback);
            }, "name", { value: "Latest" });

            /**
             * Calls Latest.
             * @function latest
             * @memberof signals.v1.Signals
             * @instance
             * @param {signals.v1.ILatestRequest} request LatestRequest message or plain object
             * @returns {Promise<signals.v1.LatestResponse>} Promise
             * @variation 2
             */

            return Signals;
        })();

        /**
         * Direction enum.
         * @name signals.v1.Direction
         * @enum {number}
         * @property {number} DIRECTION_UNSPECIFIED=0 DIRECTION_UNSPECIFIED value
         * @property {number} DIRECTION_LONG=1 DIRECTION_LONG value
         * @property {number} DIRECTION_SHORT=2 DIRECTION_SHORT value
         * @property {number} DIRECTION_FLAT=3 DIRECTION_FLAT value
         */
        v1.Direction = (function() {
            const valuesById = {}, values = Object.create(valuesById);
            values[valuesById[0] = "DIRECTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DIRECTION_LONG"] = 1;
            values[valuesById[2] = "DIRECTION_SHORT"] = 2;
            values[valuesById[3] = "DIRECTION_FLAT"] = 3;
            return values;
        })();

        v1.Signal = (function() {

            /**
             * Properties of a Signal.
             * @memberof signals.v1
             * @interface ISignal
             * @property {string|null} [id] Signal id
             * @property {string|null} [strategy] Signal strategy
             * @property {string|null} [symbol] Signal symbol
             * @property {string|null} [venue] Signal venue
             * @property {number|null} [timeNs] Signal timeNs
             * @property {signals.v1.Direction|null} [direction] Signal direction
             * @property {number|null} [confidence] Signal confidence
             * @property {number|null} [expectedReturn] Signal expectedReturn
             * @property {number|null} [horizonNs] Signal horizonNs
             * @property {string|null} [model] Signal model
             * @property {string|null} [featureSchema] Signal featureSchema
             * @property {string|null} [traceId] Signal traceId
             * @property {Object.<string,string>|null} [attributes] Signal attributes
             */

            /**
             * Constructs a new Signal.
             * @memberof signals.v1
             * @classdesc Represents a Signal.
             * @implements ISignal
             * @constructor
             * @param {signals.v1.ISignal=} [properties] Properties to set
             */
            function Signal(properties) {
                this.attributes = {};
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * Signal id.
             * @member {string} id
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.id = "";

            /**
             * Signal strategy.
             * @member {string} strategy
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.strategy = "";

            /**
             * Signal symbol.
             * @member {string} symbol
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.symbol = "";

            /**
             * Signal venue.
             * @member {string} venue
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.venue = "";

            /**
             * Signal timeNs.
             * @member {number} timeNs
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.timeNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Signal direction.
             * @member {signals.v1.Direction} direction
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.direction = 0;

            /**
             * Signal confidence.
             * @member {number} confidence
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.confidence = 0;

            /**
             * Signal expectedReturn.
             * @member {number} expectedReturn
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.expectedReturn = 0;

            /**
             * Signal horizonNs.
             * @member {number} horizonNs
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.horizonNs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Signal model.
             * @member {string} model
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.model = "";

            /**
             * Signal featureSchema.
             * @member {string} featureSchema
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.featureSchema = "";

            /**
             * Signal traceId.
             * @member {string} traceId
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.traceId = "";

            /**
             * Signal attributes.
             * @member {Object.<string,string>} attributes
             * @memberof signals.v1.Signal
             * @instance
             */
            Signal.prototype.attributes = $util.emptyObject;

            /**
             * Creates a new Signal instance using the specified properties.
             * @function create
             * @memberof signals.v1.Signal
             * @static
             * @param {signals.v1.ISignal=} [properties] Properties to set
             * @returns {signals.v1.Signal} Signal instance
             */
            Signal.create = function create(properties) {
                return new Signal(properties);
            };

            /**
             * Encodes the specified Signal message. Does not implicitly {@link signals.v1.Signal.verify|verify} messages.
             * @function encode
             * @memberof signals.v1.Signal
             * @static
             * @param {signals.v1.ISignal} message Signal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Signal.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.strategy != null && Object.hasOwnProperty.call(message, "strategy"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.strategy);
                if (message.symbol != null && Object.hasOwnProperty.call(message, "symbol"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.symbol);
                if (message.venue != null && Object.hasOwnProperty.call(message, "venue"))
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.venue);
                if (message.timeNs != null && Object.hasOwnProperty.call(message, "timeNs"))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.timeNs);
                if (message.direction != null && Object.hasOwnProperty.call(message, "direction"))
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.direction);
                if (message.confidence != null && Object.hasOwnProperty.call(message, "confidence"))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.confidence);
                if (message.expectedReturn != null && Object.hasOwnProperty.call(message, "expectedReturn"))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.expectedReturn);
                if (message.horizonNs != null && Object.hasOwnProperty.call(message, "horizonNs"))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.horizonNs);
                if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.model);
                if (message.featureSchema != null && Object.hasOwnProperty.call(message, "featureSchema"))
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.featureSchema);
                if (message.traceId != null && Object.hasOwnProperty.call(message, "traceId"))
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.traceId);
                if (message.attributes != null && Object.hasOwnProperty.call(message, "attributes"))
                    for (let keys = Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.attributes[keys[i]]).ldelim();
                return writer;
            };

            /**
             * Encodes the specified Signal message, length delimited. Does not implicitly {@link signals.v1.Signal.verify|verify} messages.
             * @function encodeDelimited
             * @memberof signals.v1.Signal
             * @static
             * @param {signals.v1.ISignal} message Signal message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Signal.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a Signal message from the specified reader or buffer.
             * @function decode
             * @memberof signals.v1.Signal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {signals.v1.Signal} Signal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Signal.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.signals.v1.Signal(), key, value;
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            message.id = reader.string();
                            break;
                        }
                    case 2: {
                            message.strategy = reader.string();
                            break;
                        }
                    case 3: {
                            message.symbol = reader.string();
                            break;
                        }
                    case 4: {
                            message.venue = reader.string();
                            break;
                        }
                    case 5: {
                            message.timeNs = $int64.int64(reader);
                            break;
                        }
                    case 6: {
                            message.direction = reader.int32();
                            break;
                        }
                    case 7: {
                            message.confidence = reader.double();
                            break;
                        }
                    case 8: {
                            message.expectedReturn = reader.double();
                            break;
                        }
                    case 9: {
                            message.horizonNs = $int64.int64(reader);
                            break;
                        }
                    case 10: {
                            message.model = reader.string();
                            break;
                        }
                    case 11: {
                            message.featureSchema = reader.string();
                            break;
                        }
                    case 12: {
                            message.traceId = reader.string();
                            break;
                        }
                    case 13: {
                            if (message.attributes === $util.emptyObject)
                                message.attributes = {};
                            let end2 = reader.uint32() + reader.pos;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    key = reader.string();
                                    break;
                                case 2:
                                    value = reader.string();
                                    break;
                                default:
                                    reader.skipType(tag2 & 7);
                                    break;
                                }
                            }
                            message.attributes[key] = value;
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a Signal message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof signals.v1.Signal
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {signals.v1.Signal} Signal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Signal.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a Signal message.
             * @function verify
             * @memberof signals.v1.Signal
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Signal.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.id != null && message.hasOwnProperty("id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.strategy != null && message.hasOwnProperty("strategy"))
                    if (!$util.isString(message.strategy))
                        return "strategy: string expected";
                if (message.symbol != null && message.hasOwnProperty("symbol"))
                    if (!$util.isString(message.symbol))
                        return "symbol: string expected";
                if (message.venue != null && message.hasOwnProperty("venue"))
                    if (!$util.isString(message.venue))
                        return "venue: string expected";
                if (message.timeNs != null && message.hasOwnProperty("timeNs"))
                    if (!$util.isInteger(message.timeNs) && !(message.timeNs && $util.isInteger(message.timeNs.low) && $util.isInteger(message.timeNs.high)))
                        return "timeNs: integer|Long expected";
                if (message.direction != null && message.hasOwnProperty("direction"))
                    switch (message.direction) {
                    default:
                        return "direction: enum value expected";
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        break;
                    }
                if (message.confidence != null && message.hasOwnProperty("confidence"))
                    if (typeof message.confidence !== "number")
                        return "confidence: number expected";
                if (message.expectedReturn != null && message.hasOwnProperty("expectedReturn"))
                    if (typeof message.expectedReturn !== "number")
                        return "expectedReturn: number expected";
                if (message.horizonNs != null && message.hasOwnProperty("horizonNs"))
                    if (!$util.isInteger(message.horizonNs) && !(message.horizonNs && $util.isInteger(message.horizonNs.low) && $util.isInteger(message.horizonNs.high)))
                        return "horizonNs: integer|Long expected";
                if (message.model != null && message.hasOwnProperty("model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.featureSchema != null && message.hasOwnProperty("featureSchema"))
                    if (!$util.isString(message.featureSchema))
                        return "featureSchema: string expected";
                if (message.traceId != null && message.hasOwnProperty("traceId"))
                    if (!$util.isString(message.traceId))
                        return "traceId: string expected";
                if (message.attributes != null && message.hasOwnProperty("attributes")) {
                    if (!$util.isObject(message.attributes))
                        return "attributes: object expected";
                    let key = Object.keys(message.attributes);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.attributes[key[i]]))
                            return "attributes: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates a Signal message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof signals.v1.Signal
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {signals.v1.Signal} Signal
             */
            Signal.fromObject = function fromObject(object) {
                if (object instanceof $root.signals.v1.Signal)
                    return object;
                let message = new $root.signals.v1.Signal();
                if (object.id != null)
                    message.id = String(object.id);
                if (object.strategy != null)
                    message.strategy = String(object.strategy);
                if (object.symbol != null)
                    message.symbol = String(object.symbol);
                if (object.venue != null)
                    message.venue = String(object.venue);
                if (object.timeNs != null)
                    if ($util.Long)
                        (message.timeNs = $util.Long.fromValue(object.timeNs)).unsigned = false;
                    else if (typeof object.timeNs === "string")
                        message.timeNs = parseInt(object.timeNs, 10);
                    else if (typeof object.timeNs === "number")
                        message.timeNs = object.timeNs;
                    else if (typeof object.timeNs === "object")
                        message.timeNs = new $util.LongBits(object.timeNs.low >>> 0, object.timeNs.high >>> 0).toNumber();
                switch (object.direction) {
                default:
                    if (typeof object.direction === "number") {
                        message.direction = object.direction;
                        break;
                    }
                    break;
                case "DIRECTION_UNSPECIFIED":
                case 0:
                    message.direction = 0;
                    break;
                case "DIRECTION_LONG":
                case 1:
                    message.direction = 1;
                    break;
                case "DIRECTION_SHORT":
                case 2:
                    message.direction = 2;
                    break;
                case "DIRECTION_FLAT":
                case 3:
                    message.direction = 3;
                    break;
                }
                if (object.confidence != null)
                    message.confidence = Number(object.confidence);
                if (object.expectedReturn != null)
                    message.expectedReturn = Number(object.expectedReturn);
                if (object.horizonNs != null)
                    if ($util.Long)
                        (message.horizonNs = $util.Long.fromValue(object.horizonNs)).unsigned = false;
                    else if (typeof object.horizonNs === "string")
                        message.horizonNs = parseInt(object.horizonNs, 10);
                    else if (typeof object.horizonNs === "number")
                        message.horizonNs = object.horizonNs;
                    else if (typeof object.horizonNs === "object")
                        message.horizonNs = new $util.LongBits(object.horizonNs.low >>> 0, object.horizonNs.high >>> 0).toNumber();
                if (object.model != null)
                    message.model = String(object.model);
                if (object.featureSchema != null)
                    message.featureSchema = String(object.featureSchema);
                if (object.traceId != null)
                    message.traceId = String(object.traceId);
                if (object.attributes) {
                    if (typeof object.attributes !== "object")
                        throw TypeError(".signals.v1.Signal.attributes: object expected");
                    message.attributes = {};
                    for (let keys = Object.keys(object.attributes), i = 0; i < keys.length; ++i)
                        message.attributes[keys[i]] = String(object.attributes[keys[i]]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Signal message. Also converts values to other types if specified.
             * @function toObject
             * @memberof signals.v1.Signal
             * @static
             * @param {signals.v1.Signal} message Signal
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Signal.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.objects || options.defaults)
                    object.attributes = {};
                if (options.defaults) {
                    object.id = "";
                    object.strategy = "";
                    object.symbol = "";
                    object.venue = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.timeNs = options.longs === String ? "0" : 0;
                    object.direction = options.enums === String ? "DIRECTION_UNSPECIFIED" : 0;
                    object.confidence = 0;
                    object.expectedReturn = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.horizonNs = options.longs === String ? long.toString() : options.longs === Number ? long.toNumber() : long;
                    } else
                        object.horizonNs = options.longs === String ? "0" : 0;
                    object.model = "";
                    object.featureSchema = "";
                    object.traceId = "";
                }
                if (message.id != null && message.hasOwnProperty("id"))
                    object.id = message.id;
                if (message.strategy != null && message.hasOwnProperty("strategy"))
                    object.strategy = message.strategy;
                if (message.symbol != null && message.hasOwnProperty("symbol"))
                    object.symbol = message.symbol;
                if (message.venue != null && message.hasOwnProperty("venue"))
                    object.venue = message.venue;
                if (message.timeNs != null && message.hasOwnProperty("timeNs"))
                    if (typeof message.timeNs === "number")
                        object.timeNs = options.longs === String ? String(message.timeNs) : message.timeNs;
                    else
                        object.timeNs = options.longs === String ? $util.Long.prototype.toString.call(message.timeNs) : options.longs === Number ? new $util.LongBits(message.timeNs.low >>> 0, message.timeNs.high >>> 0).toNumber() : message.timeNs;
                if (message.direction != null && message.hasOwnProperty("direction"))
                    object.direction = options.enums === String ? $root.signals.v1.Direction[message.direction] === undefined ? message.direction : $root.signals.v1.Direction[message.direction] : message.direction;
                if (message.confidence != null && message.hasOwnProperty("confidence"))
                    object.confidence = options.json && !isFinite(message.confidence) ? String(message.confidence) : message.confidence;
                if (message.expectedReturn != null && message.hasOwnProperty("expectedReturn"))
                    object.expectedReturn = options.json && !isFinite(message.expectedReturn) ? String(message.expectedReturn) : message.expectedReturn;
                if (message.horizonNs != null && message.hasOwnProperty("horizonNs"))
                    if (typeof message.horizonNs === "number")
                        object.horizonNs = options.longs === String ? String(message.horizonNs) : message.horizonNs;
                    else
                        object.horizonNs = options.longs === String ? $util.Long.prototype.toString.call(message.horizonNs) : options.longs === Number ? new $util.LongBits(message.horizonNs.low >>> 0, message.horizonNs.high >>> 0).toNumber() : message.horizonNs;
                if (message.model != null && message.hasOwnProperty("model"))
                    object.model = message.model;
                if (message.featureSchema != null && message.hasOwnProperty("featureSchema"))
                    object.featureSchema = message.featureSchema;
                if (message.traceId != null && message.hasOwnProperty("traceId"))
                    object.traceId = message.traceId;
                let keys2;
                if (message.attributes && (keys2 = Object.keys(message.attributes)).length) {
                    object.attributes = {};
                    for (let j = 0; j < keys2.length; ++j)
                        object.attributes[keys2[j]] = message.attributes[keys2[j]];
                }
                return object;
            };

            /**
             * Converts this Signal to JSON.
             * @function toJSON
             * @memberof signals.v1.Signal
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Signal.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for Signal
             * @function getTypeUrl
             * @memberof signals.v1.Signal
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            Signal.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/signals.v1.Signal";
            };

            return Signal;
        })();

        v1.SubscribeRequest = (function() {

            /**
             * Properties of a SubscribeRequest.
             * @memberof signals.v1
             * @interface ISubscribeRequest
             * @property {Array.<string>|null} [symbols] SubscribeRequest symbols
             * @property {Array.<string>|null} [strategies] SubscribeRequest strategies
             * @property {number|null} [minConfidence] SubscribeRequest minConfidence
             */

            /**
             * Constructs a new SubscribeRequest.
             * @memberof signals.v1
             * @classdesc Represents a SubscribeRequest.
             * @implements ISubscribeRequest
             * @constructor
             * @param {signals.v1.ISubscribeRequest=} [properties] Properties to set
             */
            function SubscribeRequest(properties) {
                this.symbols = [];
                this.strategies = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * SubscribeRequest symbols.
             * @member {Array.<string>} symbols
             * @memberof signals.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.symbols = $util.emptyArray;

            /**
             * SubscribeRequest strategies.
             * @member {Array.<string>} strategies
             * @memberof signals.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.strategies = $util.emptyArray;

            /**
             * SubscribeRequest minConfidence.
             * @member {number} minConfidence
             * @memberof signals.v1.SubscribeRequest
             * @instance
             */
            SubscribeRequest.prototype.minConfidence = 0;

            /**
             * Creates a new SubscribeRequest instance using the specified properties.
             * @function create
             * @memberof signals.v1.SubscribeRequest
             * @static
             * @param {signals.v1.ISubscribeRequest=} [properties] Properties to set
             * @returns {signals.v1.SubscribeRequest} SubscribeRequest instance
             */
            SubscribeRequest.create = function create(properties) {
                return new SubscribeRequest(properties);
            };

            /**
             * Encodes the specified SubscribeRequest message. Does not implicitly {@link signals.v1.SubscribeRequest.verify|verify} messages.
             * @function encode
             * @memberof signals.v1.SubscribeRequest
             * @static
             * @param {signals.v1.ISubscribeRequest} message SubscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeRequest.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.symbols != null && message.symbols.length)
                    for (let i = 0; i < message.symbols.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.symbols[i]);
                if (message.strategies != null && message.strategies.length)
                    for (let i = 0; i < message.strategies.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.strategies[i]);
                if (message.minConfidence != null && Object.hasOwnProperty.call(message, "minConfidence"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.minConfidence);
                return writer;
            };

            /**
             * Encodes the specified SubscribeRequest message, length delimited. Does not implicitly {@link signals.v1.SubscribeRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof signals.v1.SubscribeRequest
             * @static
             * @param {signals.v1.ISubscribeRequest} message SubscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof signals.v1.SubscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {signals.v1.SubscribeRequest} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeRequest.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.signals.v1.SubscribeRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.symbols && message.symbols.length))
                                message.symbols = [];
                            message.symbols.push(reader.string());
                            break;
                        }
                    case 2: {
                            if (!(message.strategies && message.strategies.length))
                                message.strategies = [];
                            message.strategies.push(reader.string());
                            break;
                        }
                    case 3: {
                            message.minConfidence = reader.double();
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof signals.v1.SubscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {signals.v1.SubscribeRequest} SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a SubscribeRequest message.
             * @function verify
             * @memberof signals.v1.SubscribeRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubscribeRequest.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.symbols != null && message.hasOwnProperty("symbols")) {
                    if (!Array.isArray(message.symbols))
                        return "symbols: array expected";
                    for (let i = 0; i < message.symbols.length; ++i)
                        if (!$util.isString(message.symbols[i]))
                            return "symbols: string[] expected";
                }
                if (message.strategies != null && message.hasOwnProperty("strategies")) {
                    if (!Array.isArray(message.strategies))
                        return "strategies: array expected";
                    for (let i = 0; i < message.strategies.length; ++i)
                        if (!$util.isString(message.strategies[i]))
                            return "strategies: string[] expected";
                }
                if (message.minConfidence != null && message.hasOwnProperty("minConfidence"))
                    if (typeof message.minConfidence !== "number")
                        return "minConfidence: number expected";
                return null;
            };

            /**
             * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof signals.v1.SubscribeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {signals.v1.SubscribeRequest} SubscribeRequest
             */
            SubscribeRequest.fromObject = function fromObject(object) {
                if (object instanceof $root.signals.v1.SubscribeRequest)
                    return object;
                let message = new $root.signals.v1.SubscribeRequest();
                if (object.symbols) {
                    if (!Array.isArray(object.symbols))
                        throw TypeError(".signals.v1.SubscribeRequest.symbols: array expected");
                    message.symbols = [];
                    for (let i = 0; i < object.symbols.length; ++i)
                        message.symbols[i] = String(object.symbols[i]);
                }
                if (object.strategies) {
                    if (!Array.isArray(object.strategies))
                        throw TypeError(".signals.v1.SubscribeRequest.strategies: array expected");
                    message.strategies = [];
                    for (let i = 0; i < object.strategies.length; ++i)
                        message.strategies[i] = String(object.strategies[i]);
                }
                if (object.minConfidence != null)
                    message.minConfidence = Number(object.minConfidence);
                return message;
            };

            /**
             * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof signals.v1.SubscribeRequest
             * @static
             * @param {signals.v1.SubscribeRequest} message SubscribeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscribeRequest.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.arrays || options.defaults) {
                    object.symbols = [];
                    object.strategies = [];
                }
                if (options.defaults)
                    object.minConfidence = 0;
                if (message.symbols && message.symbols.length) {
                    object.symbols = [];
                    for (let j = 0; j < message.symbols.length; ++j)
                        object.symbols[j] = message.symbols[j];
                }
                if (message.strategies && message.strategies.length) {
                    object.strategies = [];
                    for (let j = 0; j < message.strategies.length; ++j)
                        object.strategies[j] = message.strategies[j];
                }
                if (message.minConfidence != null && message.hasOwnProperty("minConfidence"))
                    object.minConfidence = options.json && !isFinite(message.minConfidence) ? String(message.minConfidence) : message.minConfidence;
                return object;
            };

            /**
             * Converts this SubscribeRequest to JSON.
             * @function toJSON
             * @memberof signals.v1.SubscribeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscribeRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for SubscribeRequest
             * @function getTypeUrl
             * @memberof signals.v1.SubscribeRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            SubscribeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/signals.v1.SubscribeRequest";
            };

            return SubscribeRequest;
        })();

        v1.LatestRequest = (function() {

            /**
             * Properties of a LatestRequest.
             * @memberof signals.v1
             * @interface ILatestRequest
             * @property {Array.<string>|null} [symbols] LatestRequest symbols
             * @property {Array.<string>|null} [strategies] LatestRequest strategies
             */

            /**
             * Constructs a new LatestRequest.
             * @memberof signals.v1
             * @classdesc Represents a LatestRequest.
             * @implements ILatestRequest
             * @constructor
             * @param {signals.v1.ILatestRequest=} [properties] Properties to set
             */
            function LatestRequest(properties) {
                this.symbols = [];
                this.strategies = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LatestRequest symbols.
             * @member {Array.<string>} symbols
             * @memberof signals.v1.LatestRequest
             * @instance
             */
            LatestRequest.prototype.symbols = $util.emptyArray;

            /**
             * LatestRequest strategies.
             * @member {Array.<string>} strategies
             * @memberof signals.v1.LatestRequest
             * @instance
             */
            LatestRequest.prototype.strategies = $util.emptyArray;

            /**
             * Creates a new LatestRequest instance using the specified properties.
             * @function create
             * @memberof signals.v1.LatestRequest
             * @static
             * @param {signals.v1.ILatestRequest=} [properties] Properties to set
             * @returns {signals.v1.LatestRequest} LatestRequest instance
             */
            LatestRequest.create = function create(properties) {
                return new LatestRequest(properties);
            };

            /**
             * Encodes the specified LatestRequest message. Does not implicitly {@link signals.v1.LatestRequest.verify|verify} messages.
             * @function encode
             * @memberof signals.v1.LatestRequest
             * @static
             * @param {signals.v1.ILatestRequest} message LatestRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LatestRequest.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.symbols != null && message.symbols.length)
                    for (let i = 0; i < message.symbols.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.symbols[i]);
                if (message.strategies != null && message.strategies.length)
                    for (let i = 0; i < message.strategies.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.strategies[i]);
                return writer;
            };

            /**
             * Encodes the specified LatestRequest message, length delimited. Does not implicitly {@link signals.v1.LatestRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof signals.v1.LatestRequest
             * @static
             * @param {signals.v1.ILatestRequest} message LatestRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LatestRequest.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a LatestRequest message from the specified reader or buffer.
             * @function decode
             * @memberof signals.v1.LatestRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {signals.v1.LatestRequest} LatestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LatestRequest.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.signals.v1.LatestRequest();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.symbols && message.symbols.length))
                                message.symbols = [];
                            message.symbols.push(reader.string());
                            break;
                        }
                    case 2: {
                            if (!(message.strategies && message.strategies.length))
                                message.strategies = [];
                            message.strategies.push(reader.string());
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a LatestRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof signals.v1.LatestRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {signals.v1.LatestRequest} LatestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LatestRequest.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a LatestRequest message.
             * @function verify
             * @memberof signals.v1.LatestRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LatestRequest.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.symbols != null && message.hasOwnProperty("symbols")) {
                    if (!Array.isArray(message.symbols))
                        return "symbols: array expected";
                    for (let i = 0; i < message.symbols.length; ++i)
                        if (!$util.isString(message.symbols[i]))
                            return "symbols: string[] expected";
                }
                if (message.strategies != null && message.hasOwnProperty("strategies")) {
                    if (!Array.isArray(message.strategies))
                        return "strategies: array expected";
                    for (let i = 0; i < message.strategies.length; ++i)
                        if (!$util.isString(message.strategies[i]))
                            return "strategies: string[] expected";
                }
                return null;
            };

            /**
             * Creates a LatestRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof signals.v1.LatestRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {signals.v1.LatestRequest} LatestRequest
             */
            LatestRequest.fromObject = function fromObject(object) {
                if (object instanceof $root.signals.v1.LatestRequest)
                    return object;
                let message = new $root.signals.v1.LatestRequest();
                if (object.symbols) {
                    if (!Array.isArray(object.symbols))
                        throw TypeError(".signals.v1.LatestRequest.symbols: array expected");
                    message.symbols = [];
                    for (let i = 0; i < object.symbols.length; ++i)
                        message.symbols[i] = String(object.symbols[i]);
                }
                if (object.strategies) {
                    if (!Array.isArray(object.strategies))
                        throw TypeError(".signals.v1.LatestRequest.strategies: array expected");
                    message.strategies = [];
                    for (let i = 0; i < object.strategies.length; ++i)
                        message.strategies[i] = String(object.strategies[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a LatestRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof signals.v1.LatestRequest
             * @static
             * @param {signals.v1.LatestRequest} message LatestRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LatestRequest.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.arrays || options.defaults) {
                    object.symbols = [];
                    object.strategies = [];
                }
                if (message.symbols && message.symbols.length) {
                    object.symbols = [];
                    for (let j = 0; j < message.symbols.length; ++j)
                        object.symbols[j] = message.symbols[j];
                }
                if (message.strategies && message.strategies.length) {
                    object.strategies = [];
                    for (let j = 0; j < message.strategies.length; ++j)
                        object.strategies[j] = message.strategies[j];
                }
                return object;
            };

            /**
             * Converts this LatestRequest to JSON.
             * @function toJSON
             * @memberof signals.v1.LatestRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LatestRequest.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for LatestRequest
             * @function getTypeUrl
             * @memberof signals.v1.LatestRequest
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LatestRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/signals.v1.LatestRequest";
            };

            return LatestRequest;
        })();

        v1.LatestResponse = (function() {

            /**
             * Properties of a LatestResponse.
             * @memberof signals.v1
             * @interface ILatestResponse
             * @property {Array.<signals.v1.ISignal>|null} [signals] LatestResponse signals
             */

            /**
             * Constructs a new LatestResponse.
             * @memberof signals.v1
             * @classdesc Represents a LatestResponse.
             * @implements ILatestResponse
             * @constructor
             * @param {signals.v1.ILatestResponse=} [properties] Properties to set
             */
            function LatestResponse(properties) {
                this.signals = [];
                if (properties)
                    for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null)
                            this[keys[i]] = properties[keys[i]];
            }

            /**
             * LatestResponse signals.
             * @member {Array.<signals.v1.ISignal>} signals
             * @memberof signals.v1.LatestResponse
             * @instance
             */
            LatestResponse.prototype.signals = $util.emptyArray;

            /**
             * Creates a new LatestResponse instance using the specified properties.
             * @function create
             * @memberof signals.v1.LatestResponse
             * @static
             * @param {signals.v1.ILatestResponse=} [properties] Properties to set
             * @returns {signals.v1.LatestResponse} LatestResponse instance
             */
            LatestResponse.create = function create(properties) {
                return new LatestResponse(properties);
            };

            /**
             * Encodes the specified LatestResponse message. Does not implicitly {@link signals.v1.LatestResponse.verify|verify} messages.
             * @function encode
             * @memberof signals.v1.LatestResponse
             * @static
             * @param {signals.v1.ILatestResponse} message LatestResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LatestResponse.encode = function encode(message, writer) {
                if (!writer)
                    writer = $Writer.create();
                if (message.signals != null && message.signals.length)
                    for (let i = 0; i < message.signals.length; ++i)
                        $root.signals.v1.Signal.encode(message.signals[i], writer.uint32(/* id 1, wireType 2 =*/10).fork()).ldelim();
                return writer;
            };

            /**
             * Encodes the specified LatestResponse message, length delimited. Does not implicitly {@link signals.v1.LatestResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof signals.v1.LatestResponse
             * @static
             * @param {signals.v1.ILatestResponse} message LatestResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LatestResponse.encodeDelimited = function encodeDelimited(message, writer) {
                return this.encode(message, writer).ldelim();
            };

            /**
             * Decodes a LatestResponse message from the specified reader or buffer.
             * @function decode
             * @memberof signals.v1.LatestResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {signals.v1.LatestResponse} LatestResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LatestResponse.decode = function decode(reader, length, error) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                let end = length === undefined ? reader.len : reader.pos + length, message = new $root.signals.v1.LatestResponse();
                while (reader.pos < end) {
                    let tag = reader.uint32();
                    if (tag === error)
                        break;
                    switch (tag >>> 3) {
                    case 1: {
                            if (!(message.signals && message.signals.length))
                                message.signals = [];
                            message.signals.push($root.signals.v1.Signal.decode(reader, reader.uint32()));
                            break;
                        }
                    default:
                        reader.skipType(tag & 7);
                        break;
                    }
                }
                return message;
            };

            /**
             * Decodes a LatestResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof signals.v1.LatestResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {signals.v1.LatestResponse} LatestResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LatestResponse.decodeDelimited = function decodeDelimited(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.uint32());
            };

            /**
             * Verifies a LatestResponse message.
             * @function verify
             * @memberof signals.v1.LatestResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LatestResponse.verify = function verify(message) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (message.signals != null && message.hasOwnProperty("signals")) {
                    if (!Array.isArray(message.signals))
                        return "signals: array expected";
                    for (let i = 0; i < message.signals.length; ++i) {
                        let error = $root.signals.v1.Signal.verify(message.signals[i]);
                        if (error)
                            return "signals." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a LatestResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof signals.v1.LatestResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {signals.v1.LatestResponse} LatestResponse
             */
            LatestResponse.fromObject = function fromObject(object) {
                if (object instanceof $root.signals.v1.LatestResponse)
                    return object;
                let message = new $root.signals.v1.LatestResponse();
                if (object.signals) {
                    if (!Array.isArray(object.signals))
                        throw TypeError(".signals.v1.LatestResponse.signals: array expected");
                    message.signals = [];
                    for (let i = 0; i < object.signals.length; ++i) {
                        if (typeof object.signals[i] !== "object")
                            throw TypeError(".signals.v1.LatestResponse.signals: object expected");
                        message.signals[i] = $root.signals.v1.Signal.fromObject(object.signals[i]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a LatestResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof signals.v1.LatestResponse
             * @static
             * @param {signals.v1.LatestResponse} message LatestResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LatestResponse.toObject = function toObject(message, options) {
                if (!options)
                    options = {};
                let object = {};
                if (options.arrays || options.defaults)
                    object.signals = [];
                if (message.signals && message.signals.length) {
                    object.signals = [];
                    for (let j = 0; j < message.signals.length; ++j)
                        object.signals[j] = $root.signals.v1.Signal.toObject(message.signals[j], options);
                }
                return object;
            };

            /**
             * Converts this LatestResponse to JSON.
             * @function toJSON
             * @memberof signals.v1.LatestResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LatestResponse.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the default type url for LatestResponse
             * @function getTypeUrl
             * @memberof signals.v1.LatestResponse
             * @static
             * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns {string} The default type url
             */
            LatestResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                if (typeUrlPrefix === undefined) {
                    typeUrlPrefix = "type.googleapis.com";
                }
                return typeUrlPrefix + "/signals.v1.LatestResponse";
            };

            return LatestResponse;
        })();

        return v1;
    })();

    return signals;
})();

export { $root as default };
