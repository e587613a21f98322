const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * PostgreSQL's COPY ends each CSV record with LF; RFC 4180 (and the domain's csvRecord) end it with CRLF. A LF
 * outside quotes can only end a record (COPY quotes every field holding a line break), so each one gets a CR in
 * front; line breaks inside quoted fields stay as they are. Quotes toggle the state (a doubled quote inside a
 * field toggles twice), which carries over from one chunk to the next.
 */
export async function* crlfRecordEnds(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer, void, undefined> {
  const state = { quoted: false };
  for await (const chunk of chunks) yield withCrlf(chunk, state);
}

/** The chunk with a CR before every record-ending LF; `state.quoted` says whether it starts inside quotes. */
export function withCrlf(chunk: Buffer, state: { quoted: boolean }): Buffer {
  const ends = recordEnds(chunk, state);
  if (ends.length === 0) return chunk;
  const out = Buffer.allocUnsafe(chunk.length + ends.length);
  let from = 0;
  let to = 0;
  for (const end of ends) {
    to += chunk.copy(out, to, from, end);
    out[to++] = CR;
    from = end;
  }
  chunk.copy(out, to, from);
  return out;
}

/**
 * Offsets of the LFs outside quotes. Native searches (indexOf) find the next LF and the next quote, so a
 * chunk without quotes costs one search per record.
 */
function recordEnds(chunk: Buffer, state: { quoted: boolean }): number[] {
  const ends: number[] = [];
  let at = 0;
  let nextQuote = chunk.indexOf(QUOTE);
  while (at < chunk.length) {
    if (state.quoted) {
      if (nextQuote < 0) break;
      state.quoted = false;
      at = nextQuote + 1;
      nextQuote = chunk.indexOf(QUOTE, at);
      continue;
    }
    const lf = chunk.indexOf(LF, at);
    if (lf < 0 && nextQuote < 0) break;
    if (nextQuote >= 0 && (lf < 0 || nextQuote < lf)) {
      state.quoted = true;
      at = nextQuote + 1;
      nextQuote = chunk.indexOf(QUOTE, at);
      continue;
    }
    ends.push(lf);
    at = lf + 1;
  }
  return ends;
}
