import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import type { SipgateIODownload } from '../downloads.types';

/**
 * A download's body as a Node `Readable` (for `pipeline`, `fs.createWriteStream`, ffmpeg …).
 * Node only: the browser builds keep the web stream.
 *
 * @example
 * ```ts
 * await pipeline(toNodeReadable(await downloads.open(entry)), createWriteStream('voicemail.mp3'));
 * ```
 */
export function toNodeReadable(download: SipgateIODownload): Readable {
  return Readable.fromWeb(download.body as unknown as NodeWebReadableStream<Uint8Array>);
}
