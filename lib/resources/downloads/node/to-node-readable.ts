import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import type { SipgateIODownload } from '../downloads.types';
import type { NodeReadable } from './node-readable';

/**
 * A download's body as a Node `Readable` (for `pipeline`, `fs.createWriteStream`, ffmpeg …).
 * Node only: the browser builds keep the web stream. Typed as node:stream's `Readable` where
 * Node's types are in the program (see {@link NodeReadable}).
 *
 * @example
 * ```ts
 * await pipeline(toNodeReadable(await downloads.open(entry)), createWriteStream('voicemail.mp3'));
 * ```
 */
export function toNodeReadable(download: SipgateIODownload): NodeReadable {
  return Readable.fromWeb(download.body as unknown as NodeWebReadableStream<Uint8Array>);
}
