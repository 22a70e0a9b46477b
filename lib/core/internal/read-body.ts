/**
 * Reads a fetch `Response` or `Request` body with a size cap, for what the SDK reads outside the
 * REST client (which has axios's `maxContentLength`): the call simulator's XML, the OAuth
 * provider's JSON and the webhook posted to the fetch handler. A peer, or anything posing as one,
 * can otherwise stream without end into memory.
 */

/**
 * The body's bytes, or `undefined` when it is larger than `maxBytes`: refused at once when the
 * `Content-Length` says so, else as soon as more than `maxBytes` have arrived (the rest is not
 * read; the stream is cancelled). Errors of the stream itself (an abort, a timeout, a reset)
 * propagate unchanged.
 *
 * @example
 * ```ts
 * const bytes = await readBodyUpTo(await fetch(url), 1024 * 1024);
 * if (bytes === undefined) throw new Error('answer too large');
 * ```
 */
export async function readBodyUpTo(
  message: Pick<Response, 'body' | 'headers'>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(message.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await message.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (message.body === null) return new Uint8Array(0);
  const reader = message.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
