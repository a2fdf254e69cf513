/**
 * Large exports as streams of UTF-8, written a row at a time.
 *
 * `mentions.json` holds every mention with its sentence: 15 MB at 1,000
 * articles, 155 MB at 10,000, and the CSV beside it nearly as much.
 * `Response.json(rows)` first builds the whole text as one string (V8
 * stringifies one large array of rows about three times slower than the
 * same rows one by one, and the string is UTF-16: twice the size of the
 * Arabic it holds), then its UTF-8 copy, then the build copies that into
 * the file it writes. Here each row becomes a short string, rows are
 * gathered into chunks of about 64 kB and encoded chunk by chunk, so the
 * only copy of the whole export is the bytes the build writes.
 *
 * The bytes are the same either way: `jsonArray(rows)` streams exactly
 * `JSON.stringify([...rows])`.
 */

/** Characters gathered before a chunk is encoded and handed on. */
const CHUNK_CHARACTERS = 1 << 16;

const encoder = new TextEncoder();

/**
 * A byte stream of `parts` in order, encoded as UTF-8. Parts are pulled
 * only when the reader asks for more, so an export is never held whole as
 * text. A chunk always ends between two parts, never inside one, so a
 * character outside the BMP (a surrogate pair) is never cut in two.
 */
export function textStream(parts: Iterable<string>): ReadableStream<Uint8Array> {
  const iterator = parts[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      while (chunk.length < CHUNK_CHARACTERS) {
        const next = iterator.next();
        if (next.done) break;
        chunk += next.value;
      }
      if (chunk === '') controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      iterator.return?.();
    },
  });
}

/**
 * The JSON text of an array of rows, a row at a time: `[`, each row's
 * `JSON.stringify` separated by commas, `]`. Rows are objects or other
 * values JSON can hold (an `undefined` row would be `null` in an array,
 * and is rejected here rather than written differently).
 */
export function* jsonArray(rows: Iterable<unknown>): Generator<string> {
  yield '[';
  let separator = '';
  for (const row of rows) {
    const text = JSON.stringify(row) as string | undefined;
    if (text === undefined) throw new TypeError('jsonArray: a row has no JSON form (undefined, a function or a symbol)');
    yield separator + text;
    separator = ',';
  }
  yield ']';
}

/** A `Response` whose body is `parts` streamed as UTF-8, with the given content type. */
export function streamedResponse(parts: Iterable<string>, contentType: string): Response {
  return new Response(textStream(parts), { headers: { 'content-type': contentType } });
}
