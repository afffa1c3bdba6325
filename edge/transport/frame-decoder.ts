/**
 * Turns a WebSocket message into the text an adapter parses. Most venues send text; Huobi-style
 * venues send gzip-compressed binary frames, others binary UTF-8. Decoding gzip is asynchronous, so
 * the caller must keep frames in arrival order around it.
 */
const utf8 = new TextDecoder("utf-8", { fatal: true });

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

async function gunzip(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return utf8.decode(await new Response(stream).arrayBuffer());
}

/** Text of a frame, or an Error saying why it has none (counted by the caller, never thrown). */
export async function decodeFrame(data: unknown): Promise<string | Error> {
  try {
    if (typeof data === "string") return data;
    let bytes: Uint8Array<ArrayBuffer>;
    if (data instanceof ArrayBuffer) bytes = new Uint8Array(data);
    else if (data instanceof Blob) bytes = new Uint8Array(await data.arrayBuffer());
    else return new Error(`unsupported frame type ${Object.prototype.toString.call(data)}`);
    return isGzip(bytes) ? await gunzip(bytes) : utf8.decode(bytes);
  } catch (e) {
    return new Error(`undecodable binary frame: ${e instanceof Error ? e.message : String(e)}`);
  }
}
