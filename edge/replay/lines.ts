/**
 * Stream a text file line by line, gunzipping `.gz` on the fly, so a capture of any size is replayed
 * in constant memory instead of being read into one giant string.
 */

/** Lines of `path` without their terminators (`\n` or `\r\n`); a final unterminated line is kept. */
export async function* readLines(path: string): AsyncGenerator<string> {
  const file = await Deno.open(path, { read: true });
  let bytes: ReadableStream<BufferSource> = file.readable;
  if (path.endsWith(".gz")) bytes = bytes.pipeThrough(new DecompressionStream("gzip"));
  yield* splitLines(bytes.pipeThrough(new TextDecoderStream()));
}

export async function* splitLines(text: ReadableStream<string>): AsyncGenerator<string> {
  let rest = "";
  for await (const chunk of text) {
    let start = 0;
    let nl = chunk.indexOf("\n");
    if (nl < 0) {
      rest += chunk;
      continue;
    }
    let line = rest + chunk.slice(0, nl);
    rest = "";
    while (true) {
      yield line.endsWith("\r") ? line.slice(0, -1) : line;
      start = nl + 1;
      nl = chunk.indexOf("\n", start);
      if (nl < 0) break;
      line = chunk.slice(start, nl);
    }
    rest = chunk.slice(start);
  }
  if (rest.length > 0) yield rest.endsWith("\r") ? rest.slice(0, -1) : rest;
}
