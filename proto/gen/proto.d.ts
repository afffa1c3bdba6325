import * as $protobuf from "protobufjs";
import Long = require("long");
/** Packed varints, counted first (one value per byte below 0x80) so the array is sized once. */
export function $presizedVarints(): void;

/** Namespace ingest. */
export namespace ingest {

    /** Namespace v1. */
    namespace v1 {

        /** Represents an Ingest */
        class Ingest extends $protobuf.rpc.Service {

            /**
             * Constructs a new Ingest service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Ingest service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Ingest;

            /**
             * Calls Stream.
             * @param request TickBatch message or plain object
             * @param callback Node-style callback called with the error, if any, and Ack
             */
            public stream(request: ingest.v1.ITickBatch, callback: ingest.v1.Ingest.StreamCallback): void;

            /**
             * Calls Stream.
             * @param request TickBatch message or plain object
             * @returns Promise
             */
            public stream(request: ingest.v1.ITickBatch): Promise<ingest.v1.Ack>;
        }

        namespace Ingest {

            /**
             * Callback as used by {@link ingest.v1.Ingest#stream}.
             * @param error Error, if any
             * @param [response] Ack
             */
            type StreamCallback = (error: (Error|null), response?: ingest.v1.Ack) => void;
        }

        /** Properties of a TickBatch. */
        interface ITickBatch {

            /** TickBatch edgeId */
            edgeId?: (string|null);

            /** TickBatch seq */
            seq?: (number|null);

            /** TickBatch baseTimeMs */
            baseTimeMs?: (number|null);

            /** TickBatch instruments */
            instruments?: (market.v1.IInstrument[]|null);

            /** TickBatch trades */
            trades?: (ingest.v1.ITradeColumns|null);

            /** TickBatch bookDeltas */
            bookDeltas?: (ingest.v1.IBookColumns|null);

            /** TickBatch bookSnapshots */
            bookSnapshots?: (ingest.v1.IBookColumns|null);

            /** TickBatch bbos */
            bbos?: (ingest.v1.IBboColumns|null);

            /** TickBatch health */
            health?: (market.v1.IEdgeHealth[]|null);

            /** TickBatch traceparent */
            traceparent?: (string|null);

            /** TickBatch sentTimeUs */
            sentTimeUs?: (number|null);

            /** TickBatch derivatives */
            derivatives?: (ingest.v1.IDerivativeRow[]|null);

            /** TickBatch liquidations */
            liquidations?: (ingest.v1.ILiquidationRow[]|null);

            /** TickBatch openedTimeUs */
            openedTimeUs?: (number|null);
        }

        /** Represents a TickBatch. */
        class TickBatch implements ITickBatch {

            /**
             * Constructs a new TickBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingest.v1.ITickBatch);

            /** TickBatch edgeId. */
            public edgeId: string;

            /** TickBatch seq. */
            public seq: number;

            /** TickBatch baseTimeMs. */
            public baseTimeMs: number;

            /** TickBatch instruments. */
            public instruments: market.v1.IInstrument[];

            /** TickBatch trades. */
            public trades?: (ingest.v1.ITradeColumns|null);

            /** TickBatch bookDeltas. */
            public bookDeltas?: (ingest.v1.IBookColumns|null);

            /** TickBatch bookSnapshots. */
            public bookSnapshots?: (ingest.v1.IBookColumns|null);

            /** TickBatch bbos. */
            public bbos?: (ingest.v1.IBboColumns|null);

            /** TickBatch health. */
            public health: market.v1.IEdgeHealth[];

            /** TickBatch traceparent. */
            public traceparent: string;

            /** TickBatch sentTimeUs. */
            public sentTimeUs: number;

            /** TickBatch derivatives. */
            public derivatives: ingest.v1.IDerivativeRow[];

            /** TickBatch liquidations. */
            public liquidations: ingest.v1.ILiquidationRow[];

            /** TickBatch openedTimeUs. */
            public openedTimeUs: number;

            /**
             * Creates a new TickBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TickBatch instance
             */
            public static create(properties?: ingest.v1.ITickBatch): ingest.v1.TickBatch;

            /**
             * Encodes the specified TickBatch message. Does not implicitly {@link ingest.v1.TickBatch.verify|verify} messages.
             * @param message TickBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: ingest.v1.ITickBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TickBatch message, length delimited. Does not implicitly {@link ingest.v1.TickBatch.verify|verify} messages.
             * @param message TickBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: ingest.v1.ITickBatch, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TickBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TickBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingest.v1.TickBatch;

            /**
             * Decodes a TickBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TickBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingest.v1.TickBatch;

            /**
             * Verifies a TickBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TickBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TickBatch
             */
            public static fromObject(object: { [k: string]: any }): ingest.v1.TickBatch;

            /**
             * Creates a plain object from a TickBatch message. Also converts values to other types if specified.
             * @param message TickBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: ingest.v1.TickBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TickBatch to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TickBatch
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a DerivativeRow. */
        interface IDerivativeRow {

            /** DerivativeRow instrument */
            instrument?: (number|null);

            /** DerivativeRow venueTimeDeltaNs */
            venueTimeDeltaNs?: (number|null);

            /** DerivativeRow receiveTimeDeltaNs */
            receiveTimeDeltaNs?: (number|null);

            /** DerivativeRow fundingRate */
            fundingRate?: (number|null);

            /** DerivativeRow nextFundingTimeDeltaNs */
            nextFundingTimeDeltaNs?: (number|null);

            /** DerivativeRow hasNextFundingTime */
            hasNextFundingTime?: (boolean|null);

            /** DerivativeRow markPrice */
            markPrice?: (number|null);

            /** DerivativeRow indexPrice */
            indexPrice?: (number|null);

            /** DerivativeRow openInterest */
            openInterest?: (number|null);
        }

        /** Represents a DerivativeRow. */
        class DerivativeRow implements IDerivativeRow {

            /**
             * Constructs a new DerivativeRow.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingest.v1.IDerivativeRow);

            /** DerivativeRow instrument. */
            public instrument: number;

            /** DerivativeRow venueTimeDeltaNs. */
            public venueTimeDeltaNs: number;

            /** DerivativeRow receiveTimeDeltaNs. */
            public receiveTimeDeltaNs: number;

            /** DerivativeRow fundingRate. */
            public fundingRate: number;

            /** DerivativeRow nextFundingTimeDeltaNs. */
            public nextFundingTimeDeltaNs: number;

            /** DerivativeRow hasNextFundingTime. */
            public hasNextFundingTime: boolean;

            /** DerivativeRow markPrice. */
            public markPrice: number;

            /** DerivativeRow indexPrice. */
            public indexPrice: number;

            /** DerivativeRow openInterest. */
            public openInterest: number;

            /**
             * Creates a new DerivativeRow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DerivativeRow instance
             */
            public static create(properties?: ingest.v1.IDerivativeRow): ingest.v1.DerivativeRow;

            /**
             * Encodes the specified DerivativeRow message. Does not implicitly {@link ingest.v1.DerivativeRow.verify|verify} messages.
             * @param message DerivativeRow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: ingest.v1.IDerivativeRow, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DerivativeRow message, length delimited. Does not implicitly {@link ingest.v1.DerivativeRow.verify|verify} messages.
             * @param message DerivativeRow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: ingest.v1.IDerivativeRow, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DerivativeRow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns DerivativeRow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingest.v1.DerivativeRow;

            /**
             * Decodes a DerivativeRow message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns DerivativeRow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingest.v1.DerivativeRow;

            /**
             * Verifies a DerivativeRow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DerivativeRow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DerivativeRow
             */
            public static fromObject(object: { [k: string]: any }): ingest.v1.DerivativeRow;

            /**
             * Creates a plain object from a DerivativeRow message. Also converts values to other types if specified.
             * @param message DerivativeRow
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: ingest.v1.DerivativeRow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DerivativeRow to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for DerivativeRow
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LiquidationRow. */
        interface ILiquidationRow {

            /** LiquidationRow instrument */
            instrument?: (number|null);

            /** LiquidationRow venueTimeDeltaNs */
            venueTimeDeltaNs?: (number|null);

            /** LiquidationRow receiveTimeDeltaNs */
            receiveTimeDeltaNs?: (number|null);

            /** LiquidationRow side */
            side?: (market.v1.Side|null);

            /** LiquidationRow price */
            price?: (number|null);

            /** LiquidationRow size */
            size?: (number|null);
        }

        /** Represents a LiquidationRow. */
        class LiquidationRow implements ILiquidationRow {

            /**
             * Constructs a new LiquidationRow.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingest.v1.ILiquidationRow);

            /** LiquidationRow instrument. */
            public instrument: number;

            /** LiquidationRow venueTimeDeltaNs. */
            public venueTimeDeltaNs: number;

            /** LiquidationRow receiveTimeDeltaNs. */
            public receiveTimeDeltaNs: number;

            /** LiquidationRow side. */
            public side: market.v1.Side;

            /** LiquidationRow price. */
            public price: number;

            /** LiquidationRow size. */
            public size: number;

            /**
             * Creates a new LiquidationRow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LiquidationRow instance
             */
            public static create(properties?: ingest.v1.ILiquidationRow): ingest.v1.LiquidationRow;

            /**
             * Encodes the specified LiquidationRow message. Does not implicitly {@link ingest.v1.LiquidationRow.verify|verify} messages.
             * @param message LiquidationRow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: ingest.v1.ILiquidationRow, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LiquidationRow message, length delimited. Does not implicitly {@link ingest.v1.LiquidationRow.verify|verify} messages.
             * @param message LiquidationRow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: ingest.v1.ILiquidationRow, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LiquidationRow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LiquidationRow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingest.v1.LiquidationRow;

            /**
             * Decodes a LiquidationRow message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns LiquidationRow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingest.v1.LiquidationRow;

            /**
             * Verifies a LiquidationRow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LiquidationRow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LiquidationRow
             */
            public static fromObject(object: { [k: string]: any }): ingest.v1.LiquidationRow;

            /**
             * Creates a plain object from a LiquidationRow message. Also converts values to other types if specified.
             * @param message LiquidationRow
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: ingest.v1.LiquidationRow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LiquidationRow to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for LiquidationRow
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a TradeColumns. */
        interface ITradeColumns {

            /** TradeColumns instrument */
            instrument?: (number[]|null);

            /** TradeColumns venueTimeDeltaNs */
            venueTimeDeltaNs?: (number[]|null);

            /** TradeColumns receiveTimeDeltaNs */
            receiveTimeDeltaNs?: (number[]|null);

            /** TradeColumns tradeId */
            tradeId?: (string[]|null);

            /** TradeColumns price */
            price?: (number[]|null);

            /** TradeColumns size */
            size?: (number[]|null);

            /** TradeColumns side */
            side?: (market.v1.Side[]|null);
        }

        /** Represents a TradeColumns. */
        class TradeColumns implements ITradeColumns {

            /**
             * Constructs a new TradeColumns.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingest.v1.ITradeColumns);

            /** TradeColumns instrument. */
            public instrument: number[];

            /** TradeColumns venueTimeDeltaNs. */
            public venueTimeDeltaNs: number[];

            /** TradeColumns receiveTimeDeltaNs. */
            public receiveTimeDeltaNs: number[];

            /** TradeColumns tradeId. */
            public tradeId: string[];

            /** TradeColumns price. */
            public price: number[];

            /** TradeColumns size. */
            public size: number[];

            /** TradeColumns side. */
            public side: market.v1.Side[];

            /**
             * Creates a new TradeColumns instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TradeColumns instance
             */
            public static create(properties?: ingest.v1.ITradeColumns): ingest.v1.TradeColumns;

            /**
             * Encodes the specified TradeColumns message. Does not implicitly {@link ingest.v1.TradeColumns.verify|verify} messages.
             * @param message TradeColumns message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: ingest.v1.ITradeColumns, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TradeColumns message, length delimited. Does not implicitly {@link ingest.v1.TradeColumns.verify|verify} messages.
             * @param message TradeColumns message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: ingest.v1.ITradeColumns, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TradeColumns message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns TradeColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingest.v1.TradeColumns;

            /**
             * Decodes a TradeColumns message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns TradeColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingest.v1.TradeColumns;

            /**
             * Verifies a TradeColumns message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TradeColumns message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TradeColumns
             */
            public static fromObject(object: { [k: string]: any }): ingest.v1.TradeColumns;

            /**
             * Creates a plain object from a TradeColumns message. Also converts values to other types if specified.
             * @param message TradeColumns
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: ingest.v1.TradeColumns, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TradeColumns to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for TradeColumns
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a BookColumns. */
        interface IBookColumns {

            /** BookColumns instrument */
            instrument?: (number[]|null);

            /** BookColumns venueTimeDeltaNs */
            venueTimeDeltaNs?: (number[]|null);

            /** BookColumns receiveTimeDeltaNs */
            receiveTimeDeltaNs?: (number[]|null);

            /** BookColumns firstUpdateId */
            firstUpdateId?: (number[]|null);

            /** BookColumns lastUpdateId */
            lastUpdateId?: (number[]|null);

            /** BookColumns prevUpdateId */
            prevUpdateId?: (number[]|null);

            /** BookColumns levelCount */
            levelCount?: (number[]|null);

            /** BookColumns levelIsBid */
            levelIsBid?: (boolean[]|null);

            /** BookColumns levelPrice */
            levelPrice?: (number[]|null);

            /** BookColumns levelSize */
            levelSize?: (number[]|null);
        }

        /** Represents a BookColumns. */
        class BookColumns implements IBookColumns {

            /**
             * Constructs a new BookColumns.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingest.v1.IBookColumns);

            /** BookColumns instrument. */
            public instrument: number[];

            /** BookColumns venueTimeDeltaNs. */
            public venueTimeDeltaNs: number[];

            /** BookColumns receiveTimeDeltaNs. */
            public receiveTimeDeltaNs: number[];

            /** BookColumns firstUpdateId. */
            public firstUpdateId: number[];

            /** BookColumns lastUpdateId. */
            public lastUpdateId: number[];

            /** BookColumns prevUpdateId. */
            public prevUpdateId: number[];

            /** BookColumns levelCount. */
            public levelCount: number[];

            /** BookColumns levelIsBid. */
            public levelIsBid: boolean[];

            /** BookColumns levelPrice. */
            public levelPrice: number[];

            /** BookColumns levelSize. */
            public levelSize: number[];

            /**
             * Creates a new BookColumns instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BookColumns instance
             */
            public static create(properties?: ingest.v1.IBookColumns): ingest.v1.BookColumns;

            /**
             * Encodes the specified BookColumns message. Does not implicitly {@link ingest.v1.BookColumns.verify|verify} messages.
             * @param message BookColumns message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: ingest.v1.IBookColumns, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BookColumns message, length delimited. Does not implicitly {@link ingest.v1.BookColumns.verify|verify} messages.
             * @param message BookColumns message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: ingest.v1.IBookColumns, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BookColumns message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns BookColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingest.v1.BookColumns;

            /**
             * Decodes a BookColumns message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns BookColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingest.v1.BookColumns;

            /**
             * Verifies a BookColumns message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BookColumns message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BookColumns
             */
            public static fromObject(object: { [k: string]: any }): ingest.v1.BookColumns;

            /**
             * Creates a plain object from a BookColumns message. Also converts values to other types if specified.
             * @param message BookColumns
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: ingest.v1.BookColumns, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BookColumns to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for BookColumns
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a BboColumns. */
        interface IBboColumns {

            /** BboColumns instrument */
            instrument?: (number[]|null);

            /** BboColumns venueTimeDeltaNs */
            venueTimeDeltaNs?: (number[]|null);

            /** BboColumns receiveTimeDeltaNs */
            receiveTimeDeltaNs?: (number[]|null);

            /** BboColumns updateId */
            updateId?: (number[]|null);

            /** BboColumns bidPrice */
            bidPrice?: (number[]|null);

            /** BboColumns bidSize */
            bidSize?: (number[]|null);

            /** BboColumns askPrice */
            askPrice?: (number[]|null);

            /** BboColumns askSize */
            askSize?: (number[]|null);
        }

        /** Represents a BboColumns. */
        class BboColumns implements IBboColumns {

            /**
             * Constructs a new BboColumns.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingest.v1.IBboColumns);

            /** BboColumns instrument. */
            public instrument: number[];

            /** BboColumns venueTimeDeltaNs. */
            public venueTimeDeltaNs: number[];

            /** BboColumns receiveTimeDeltaNs. */
            public receiveTimeDeltaNs: number[];

            /** BboColumns updateId. */
            public updateId: number[];

            /** BboColumns bidPrice. */
            public bidPrice: number[];

            /** BboColumns bidSize. */
            public bidSize: number[];

            /** BboColumns askPrice. */
            public askPrice: number[];

            /** BboColumns askSize. */
            public askSize: number[];

            /**
             * Creates a new BboColumns instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BboColumns instance
             */
            public static create(properties?: ingest.v1.IBboColumns): ingest.v1.BboColumns;

            /**
             * Encodes the specified BboColumns message. Does not implicitly {@link ingest.v1.BboColumns.verify|verify} messages.
             * @param message BboColumns message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: ingest.v1.IBboColumns, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BboColumns message, length delimited. Does not implicitly {@link ingest.v1.BboColumns.verify|verify} messages.
             * @param message BboColumns message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: ingest.v1.IBboColumns, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BboColumns message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns BboColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingest.v1.BboColumns;

            /**
             * Decodes a BboColumns message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns BboColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingest.v1.BboColumns;

            /**
             * Verifies a BboColumns message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BboColumns message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BboColumns
             */
            public static fromObject(object: { [k: string]: any }): ingest.v1.BboColumns;

            /**
             * Creates a plain object from a BboColumns message. Also converts values to other types if specified.
             * @param message BboColumns
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: ingest.v1.BboColumns, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BboColumns to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for BboColumns
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of an Ack. */
        interface IAck {

            /** Ack edgeId */
            edgeId?: (string|null);

            /** Ack durableSeq */
            durableSeq?: (number|null);

            /** Ack rejection */
            rejection?: (ingest.v1.IRejection|null);
        }

        /** Represents an Ack. */
        class Ack implements IAck {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingest.v1.IAck);

            /** Ack edgeId. */
            public edgeId: string;

            /** Ack durableSeq. */
            public durableSeq: number;

            /** Ack rejection. */
            public rejection?: (ingest.v1.IRejection|null);

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            public static create(properties?: ingest.v1.IAck): ingest.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link ingest.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: ingest.v1.IAck, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link ingest.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: ingest.v1.IAck, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingest.v1.Ack;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingest.v1.Ack;

            /**
             * Verifies an Ack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            public static fromObject(object: { [k: string]: any }): ingest.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: ingest.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Ack
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a Rejection. */
        interface IRejection {

            /** Rejection seq */
            seq?: (number|null);

            /** Rejection code */
            code?: (number|null);

            /** Rejection message */
            message?: (string|null);
        }

        /** Represents a Rejection. */
        class Rejection implements IRejection {

            /**
             * Constructs a new Rejection.
             * @param [properties] Properties to set
             */
            constructor(properties?: ingest.v1.IRejection);

            /** Rejection seq. */
            public seq: number;

            /** Rejection code. */
            public code: number;

            /** Rejection message. */
            public message: string;

            /**
             * Creates a new Rejection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Rejection instance
             */
            public static create(properties?: ingest.v1.IRejection): ingest.v1.Rejection;

            /**
             * Encodes the specified Rejection message. Does not implicitly {@link ingest.v1.Rejection.verify|verify} messages.
             * @param message Rejection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: ingest.v1.IRejection, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Rejection message, length delimited. Does not implicitly {@link ingest.v1.Rejection.verify|verify} messages.
             * @param message Rejection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: ingest.v1.IRejection, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Rejection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Rejection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ingest.v1.Rejection;

            /**
             * Decodes a Rejection message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Rejection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): ingest.v1.Rejection;

            /**
             * Verifies a Rejection message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Rejection message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Rejection
             */
            public static fromObject(object: { [k: string]: any }): ingest.v1.Rejection;

            /**
             * Creates a plain object from a Rejection message. Also converts values to other types if specified.
             * @param message Rejection
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: ingest.v1.Rejection, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Rejection to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Rejection
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

/** Namespace market. */
export namespace market {

    /** Namespace v1. */
    namespace v1 {

        /** Side enum. */
        enum Side {
            SIDE_UNSPECIFIED = 0,
            SIDE_BUY = 1,
            SIDE_SELL = 2
        }

        /** BookSide enum. */
        enum BookSide {
            BOOK_SIDE_UNSPECIFIED = 0,
            BOOK_SIDE_BID = 1,
            BOOK_SIDE_ASK = 2
        }

        /** Properties of an Instrument. */
        interface IInstrument {

            /** Instrument venue */
            venue?: (string|null);

            /** Instrument symbol */
            symbol?: (string|null);

            /** Instrument venueSymbol */
            venueSymbol?: (string|null);
        }

        /** Represents an Instrument. */
        class Instrument implements IInstrument {

            /**
             * Constructs a new Instrument.
             * @param [properties] Properties to set
             */
            constructor(properties?: market.v1.IInstrument);

            /** Instrument venue. */
            public venue: string;

            /** Instrument symbol. */
            public symbol: string;

            /** Instrument venueSymbol. */
            public venueSymbol: string;

            /**
             * Creates a new Instrument instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Instrument instance
             */
            public static create(properties?: market.v1.IInstrument): market.v1.Instrument;

            /**
             * Encodes the specified Instrument message. Does not implicitly {@link market.v1.Instrument.verify|verify} messages.
             * @param message Instrument message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: market.v1.IInstrument, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Instrument message, length delimited. Does not implicitly {@link market.v1.Instrument.verify|verify} messages.
             * @param message Instrument message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: market.v1.IInstrument, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Instrument message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Instrument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): market.v1.Instrument;

            /**
             * Decodes an Instrument message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Instrument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): market.v1.Instrument;

            /**
             * Verifies an Instrument message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Instrument message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Instrument
             */
            public static fromObject(object: { [k: string]: any }): market.v1.Instrument;

            /**
             * Creates a plain object from an Instrument message. Also converts values to other types if specified.
             * @param message Instrument
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: market.v1.Instrument, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Instrument to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Instrument
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Severity enum. */
        enum Severity {
            SEVERITY_UNSPECIFIED = 0,
            SEVERITY_GREEN = 1,
            SEVERITY_YELLOW = 2,
            SEVERITY_RED = 3
        }

        /** Properties of an EdgeHealth. */
        interface IEdgeHealth {

            /** EdgeHealth edgeId */
            edgeId?: (string|null);

            /** EdgeHealth venue */
            venue?: (string|null);

            /** EdgeHealth symbol */
            symbol?: (string|null);

            /** EdgeHealth connection */
            connection?: (string|null);

            /** EdgeHealth timeDeltaNs */
            timeDeltaNs?: (number|null);

            /** EdgeHealth severity */
            severity?: (market.v1.Severity|null);

            /** EdgeHealth reason */
            reason?: (string|null);

            /** EdgeHealth clockOffsetNs */
            clockOffsetNs?: (number|null);

            /** EdgeHealth latencyP50Ms */
            latencyP50Ms?: (number|null);

            /** EdgeHealth latencyP99Ms */
            latencyP99Ms?: (number|null);

            /** EdgeHealth messagesPerSecond */
            messagesPerSecond?: (number|null);

            /** EdgeHealth reconnects */
            reconnects?: (number|null);

            /** EdgeHealth resyncs */
            resyncs?: (number|null);

            /** EdgeHealth gaps */
            gaps?: (number|null);

            /** EdgeHealth checksumFailures */
            checksumFailures?: (number|null);

            /** EdgeHealth malformed */
            malformed?: (number|null);

            /** EdgeHealth dropped */
            dropped?: (number|null);

            /** EdgeHealth metrics */
            metrics?: ({ [k: string]: number }|null);
        }

        /** Represents an EdgeHealth. */
        class EdgeHealth implements IEdgeHealth {

            /**
             * Constructs a new EdgeHealth.
             * @param [properties] Properties to set
             */
            constructor(properties?: market.v1.IEdgeHealth);

            /** EdgeHealth edgeId. */
            public edgeId: string;

            /** EdgeHealth venue. */
            public venue: string;

            /** EdgeHealth symbol. */
            public symbol: string;

            /** EdgeHealth connection. */
            public connection: string;

            /** EdgeHealth timeDeltaNs. */
            public timeDeltaNs: number;

            /** EdgeHealth severity. */
            public severity: market.v1.Severity;

            /** EdgeHealth reason. */
            public reason: string;

            /** EdgeHealth clockOffsetNs. */
            public clockOffsetNs: number;

            /** EdgeHealth latencyP50Ms. */
            public latencyP50Ms: number;

            /** EdgeHealth latencyP99Ms. */
            public latencyP99Ms: number;

            /** EdgeHealth messagesPerSecond. */
            public messagesPerSecond: number;

            /** EdgeHealth reconnects. */
            public reconnects: number;

            /** EdgeHealth resyncs. */
            public resyncs: number;

            /** EdgeHealth gaps. */
            public gaps: number;

            /** EdgeHealth checksumFailures. */
            public checksumFailures: number;

            /** EdgeHealth malformed. */
            public malformed: number;

            /** EdgeHealth dropped. */
            public dropped: number;

            /** EdgeHealth metrics. */
            public metrics: { [k: string]: number };

            /**
             * Creates a new EdgeHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EdgeHealth instance
             */
            public static create(properties?: market.v1.IEdgeHealth): market.v1.EdgeHealth;

            /**
             * Encodes the specified EdgeHealth message. Does not implicitly {@link market.v1.EdgeHealth.verify|verify} messages.
             * @param message EdgeHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: market.v1.IEdgeHealth, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified EdgeHealth message, length delimited. Does not implicitly {@link market.v1.EdgeHealth.verify|verify} messages.
             * @param message EdgeHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: market.v1.IEdgeHealth, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EdgeHealth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns EdgeHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): market.v1.EdgeHealth;

            /**
             * Decodes an EdgeHealth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns EdgeHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): market.v1.EdgeHealth;

            /**
             * Verifies an EdgeHealth message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EdgeHealth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EdgeHealth
             */
            public static fromObject(object: { [k: string]: any }): market.v1.EdgeHealth;

            /**
             * Creates a plain object from an EdgeHealth message. Also converts values to other types if specified.
             * @param message EdgeHealth
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: market.v1.EdgeHealth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EdgeHealth to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for EdgeHealth
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}

/** Namespace signals. */
export namespace signals {

    /** Namespace v1. */
    namespace v1 {

        /** Represents a Signals */
        class Signals extends $protobuf.rpc.Service {

            /**
             * Constructs a new Signals service.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             */
            constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

            /**
             * Creates new Signals service using the specified rpc implementation.
             * @param rpcImpl RPC implementation
             * @param [requestDelimited=false] Whether requests are length-delimited
             * @param [responseDelimited=false] Whether responses are length-delimited
             * @returns RPC service. Useful where requests and/or responses are streamed.
             */
            public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Signals;

            /**
             * Calls Subscribe.
             * @param request SubscribeRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and Signal
             */
            public subscribe(request: signals.v1.ISubscribeRequest, callback: signals.v1.Signals.SubscribeCallback): void;

            /**
             * Calls Subscribe.
             * @param request SubscribeRequest message or plain object
             * @returns Promise
             */
            public subscribe(request: signals.v1.ISubscribeRequest): Promise<signals.v1.Signal>;

            /**
             * Calls Latest.
             * @param request LatestRequest message or plain object
             * @param callback Node-style callback called with the error, if any, and LatestResponse
             */
            public latest(request: signals.v1.ILatestRequest, callback: signals.v1.Signals.LatestCallback): void;

            /**
             * Calls Latest.
             * @param request LatestRequest message or plain object
             * @returns Promise
             */
            public latest(request: signals.v1.ILatestRequest): Promise<signals.v1.LatestResponse>;
        }

        namespace Signals {

            /**
             * Callback as used by {@link signals.v1.Signals#subscribe}.
             * @param error Error, if any
             * @param [response] Signal
             */
            type SubscribeCallback = (error: (Error|null), response?: signals.v1.Signal) => void;

            /**
             * Callback as used by {@link signals.v1.Signals#latest}.
             * @param error Error, if any
             * @param [response] LatestResponse
             */
            type LatestCallback = (error: (Error|null), response?: signals.v1.LatestResponse) => void;
        }

        /** Direction enum. */
        enum Direction {
            DIRECTION_UNSPECIFIED = 0,
            DIRECTION_LONG = 1,
            DIRECTION_SHORT = 2,
            DIRECTION_FLAT = 3
        }

        /** Properties of a Signal. */
        interface ISignal {

            /** Signal id */
            id?: (string|null);

            /** Signal strategy */
            strategy?: (string|null);

            /** Signal symbol */
            symbol?: (string|null);

            /** Signal venue */
            venue?: (string|null);

            /** Signal timeNs */
            timeNs?: (number|null);

            /** Signal direction */
            direction?: (signals.v1.Direction|null);

            /** Signal confidence */
            confidence?: (number|null);

            /** Signal expectedReturn */
            expectedReturn?: (number|null);

            /** Signal horizonNs */
            horizonNs?: (number|null);

            /** Signal model */
            model?: (string|null);

            /** Signal featureSchema */
            featureSchema?: (string|null);

            /** Signal traceId */
            traceId?: (string|null);

            /** Signal attributes */
            attributes?: ({ [k: string]: string }|null);
        }

        /** Represents a Signal. */
        class Signal implements ISignal {

            /**
             * Constructs a new Signal.
             * @param [properties] Properties to set
             */
            constructor(properties?: signals.v1.ISignal);

            /** Signal id. */
            public id: string;

            /** Signal strategy. */
            public strategy: string;

            /** Signal symbol. */
            public symbol: string;

            /** Signal venue. */
            public venue: string;

            /** Signal timeNs. */
            public timeNs: number;

            /** Signal direction. */
            public direction: signals.v1.Direction;

            /** Signal confidence. */
            public confidence: number;

            /** Signal expectedReturn. */
            public expectedReturn: number;

            /** Signal horizonNs. */
            public horizonNs: number;

            /** Signal model. */
            public model: string;

            /** Signal featureSchema. */
            public featureSchema: string;

            /** Signal traceId. */
            public traceId: string;

            /** Signal attributes. */
            public attributes: { [k: string]: string };

            /**
             * Creates a new Signal instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Signal instance
             */
            public static create(properties?: signals.v1.ISignal): signals.v1.Signal;

            /**
             * Encodes the specified Signal message. Does not implicitly {@link signals.v1.Signal.verify|verify} messages.
             * @param message Signal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: signals.v1.ISignal, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Signal message, length delimited. Does not implicitly {@link signals.v1.Signal.verify|verify} messages.
             * @param message Signal message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: signals.v1.ISignal, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Signal message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns Signal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): signals.v1.Signal;

            /**
             * Decodes a Signal message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns Signal
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): signals.v1.Signal;

            /**
             * Verifies a Signal message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Signal message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Signal
             */
            public static fromObject(object: { [k: string]: any }): signals.v1.Signal;

            /**
             * Creates a plain object from a Signal message. Also converts values to other types if specified.
             * @param message Signal
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: signals.v1.Signal, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Signal to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for Signal
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a SubscribeRequest. */
        interface ISubscribeRequest {

            /** SubscribeRequest symbols */
            symbols?: (string[]|null);

            /** SubscribeRequest strategies */
            strategies?: (string[]|null);

            /** SubscribeRequest minConfidence */
            minConfidence?: (number|null);
        }

        /** Represents a SubscribeRequest. */
        class SubscribeRequest implements ISubscribeRequest {

            /**
             * Constructs a new SubscribeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: signals.v1.ISubscribeRequest);

            /** SubscribeRequest symbols. */
            public symbols: string[];

            /** SubscribeRequest strategies. */
            public strategies: string[];

            /** SubscribeRequest minConfidence. */
            public minConfidence: number;

            /**
             * Creates a new SubscribeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeRequest instance
             */
            public static create(properties?: signals.v1.ISubscribeRequest): signals.v1.SubscribeRequest;

            /**
             * Encodes the specified SubscribeRequest message. Does not implicitly {@link signals.v1.SubscribeRequest.verify|verify} messages.
             * @param message SubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: signals.v1.ISubscribeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubscribeRequest message, length delimited. Does not implicitly {@link signals.v1.SubscribeRequest.verify|verify} messages.
             * @param message SubscribeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: signals.v1.ISubscribeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): signals.v1.SubscribeRequest;

            /**
             * Decodes a SubscribeRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns SubscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): signals.v1.SubscribeRequest;

            /**
             * Verifies a SubscribeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscribeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SubscribeRequest
             */
            public static fromObject(object: { [k: string]: any }): signals.v1.SubscribeRequest;

            /**
             * Creates a plain object from a SubscribeRequest message. Also converts values to other types if specified.
             * @param message SubscribeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: signals.v1.SubscribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscribeRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for SubscribeRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LatestRequest. */
        interface ILatestRequest {

            /** LatestRequest symbols */
            symbols?: (string[]|null);

            /** LatestRequest strategies */
            strategies?: (string[]|null);
        }

        /** Represents a LatestRequest. */
        class LatestRequest implements ILatestRequest {

            /**
             * Constructs a new LatestRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: signals.v1.ILatestRequest);

            /** LatestRequest symbols. */
            public symbols: string[];

            /** LatestRequest strategies. */
            public strategies: string[];

            /**
             * Creates a new LatestRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LatestRequest instance
             */
            public static create(properties?: signals.v1.ILatestRequest): signals.v1.LatestRequest;

            /**
             * Encodes the specified LatestRequest message. Does not implicitly {@link signals.v1.LatestRequest.verify|verify} messages.
             * @param message LatestRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: signals.v1.ILatestRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LatestRequest message, length delimited. Does not implicitly {@link signals.v1.LatestRequest.verify|verify} messages.
             * @param message LatestRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: signals.v1.ILatestRequest, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LatestRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LatestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): signals.v1.LatestRequest;

            /**
             * Decodes a LatestRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns LatestRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): signals.v1.LatestRequest;

            /**
             * Verifies a LatestRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LatestRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LatestRequest
             */
            public static fromObject(object: { [k: string]: any }): signals.v1.LatestRequest;

            /**
             * Creates a plain object from a LatestRequest message. Also converts values to other types if specified.
             * @param message LatestRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: signals.v1.LatestRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LatestRequest to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for LatestRequest
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }

        /** Properties of a LatestResponse. */
        interface ILatestResponse {

            /** LatestResponse signals */
            signals?: (signals.v1.ISignal[]|null);
        }

        /** Represents a LatestResponse. */
        class LatestResponse implements ILatestResponse {

            /**
             * Constructs a new LatestResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: signals.v1.ILatestResponse);

            /** LatestResponse signals. */
            public signals: signals.v1.ISignal[];

            /**
             * Creates a new LatestResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LatestResponse instance
             */
            public static create(properties?: signals.v1.ILatestResponse): signals.v1.LatestResponse;

            /**
             * Encodes the specified LatestResponse message. Does not implicitly {@link signals.v1.LatestResponse.verify|verify} messages.
             * @param message LatestResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encode(message: signals.v1.ILatestResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LatestResponse message, length delimited. Does not implicitly {@link signals.v1.LatestResponse.verify|verify} messages.
             * @param message LatestResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            public static encodeDelimited(message: signals.v1.ILatestResponse, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LatestResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns LatestResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): signals.v1.LatestResponse;

            /**
             * Decodes a LatestResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns LatestResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            public static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): signals.v1.LatestResponse;

            /**
             * Verifies a LatestResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            public static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LatestResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LatestResponse
             */
            public static fromObject(object: { [k: string]: any }): signals.v1.LatestResponse;

            /**
             * Creates a plain object from a LatestResponse message. Also converts values to other types if specified.
             * @param message LatestResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            public static toObject(message: signals.v1.LatestResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LatestResponse to JSON.
             * @returns JSON object
             */
            public toJSON(): { [k: string]: any };

            /**
             * Gets the default type url for LatestResponse
             * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
             * @returns The default type url
             */
            public static getTypeUrl(typeUrlPrefix?: string): string;
        }
    }
}
