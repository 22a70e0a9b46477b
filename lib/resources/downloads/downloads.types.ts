import type { HistoryEntry } from '../history/history.types';

/** What a link points to: a call's or voicemail's audio, a fax's document, its report or preview, a voicemail greeting. */
export type DownloadKind = 'recording' | 'document' | 'report' | 'preview' | 'greeting';

/** A downloadable document an entry links to. */
export interface DownloadLink {
  /** What the link points to. */
  kind: DownloadKind;
  /** The link as sipgate gave it. */
  url: string;
}

/**
 * The link fields of what sipgate returns: history entries (`recordingUrl` and `recordings` of
 * calls, `recordingUrl` of voicemails, `documentUrl`, `reportUrl` and `previewUrl` of faxes) and
 * voicemail greetings (`greetingUrl`). Methods also take any {@link HistoryEntry} (an SMS has
 * no link).
 */
export interface DownloadableEntry {
  /** A call's or voicemail's audio. */
  recordingUrl?: string;
  /** A call's recordings (`{ id, url }`). */
  recordings?: ReadonlyArray<{ url: string }>;
  /** A fax's document (PDF). */
  documentUrl?: string;
  /** A fax's transmission report. */
  reportUrl?: string;
  /** A fax's preview image. */
  previewUrl?: string;
  /** A voicemail greeting's audio. */
  greetingUrl?: string;
}

/** Options of `downloads.open`. */
export interface DownloadOptions {
  /**
   * Largest document accepted: a larger declared `Content-Length` is refused before reading, and
   * the stream fails once more arrives.
   * @default 67108864 (64 MiB)
   * @unit bytes
   */
  maxBytes?: number;
  /**
   * Longest wait for the answer, and then for each part of the body.
   * @default the client's `timeout` (30000)
   * @unit milliseconds
   */
  timeout?: number;
  /** Cancels the download, also while its body is being read. */
  signal?: AbortSignal;
  /**
   * More hosts trusted with the account's credentials for links (`cdn.example.com`). By default
   * only sipgate's API (`api.sipgate.com`) and the client's own base URL are; a link elsewhere is
   * refused before anything is sent.
   */
  allowHosts?: readonly string[];
  /** Retries after the first attempt (429, 5xx, network errors), before the body starts. @default the client's `maxRetries` */
  maxRetries?: number;
}

/** A document being downloaded. */
export interface SipgateIODownload {
  /** The bytes, as a web stream (every runtime; Node: `toNodeReadable(download)`). Read it once, or cancel it. */
  readonly body: ReadableStream<Uint8Array>;
  /** `Content-Type` as sent (`audio/mpeg`, `application/pdf`), if any. */
  readonly contentType: string | undefined;
  /**
   * `Content-Length` as sent, if any.
   * @unit bytes
   */
  readonly contentLength: number | undefined;
  /** Where the bytes came from, after redirects, without the query string. */
  readonly url: string;
}

/** The downloads module; create it with `createDownloadsModule(client)`. */
export interface DownloadsModule {
  /**
   * The documents an entry links to (recordings, fax document, report and preview, greeting).
   * @example
   * ```ts
   * for (const link of downloads.links(entry)) console.log(link.kind, link.url);
   * ```
   */
  links(entry: DownloadableEntry | HistoryEntry): DownloadLink[];
  /**
   * Fetches a document with the client's credentials, as a stream with its type and length. A link
   * on a host other than sipgate's API (and `allowHosts`) is refused before anything is sent; a
   * redirect to such a host is followed without credentials.
   * @param source a link URL, a {@link DownloadLink}, or an entry (its recording, else its document).
   * @throws {SipgateIOValidationError} for a link on an untrusted host, not https, or an entry with nothing to download.
   * @throws {SipgateIOInvalidResponseError} when the document is larger than `maxBytes`.
   * @throws {SipgateIOTimeoutError}, {SipgateIOAbortError}, {SipgateIOConnectionError}, or the HTTP error's class (`SipgateIONotFoundError` …).
   * @example
   * ```ts
   * const download = await downloads.open(voicemailEntry, { maxBytes: 10_000_000 });
   * console.log(download.contentType, download.contentLength);
   * ```
   */
  open(
    source: string | DownloadLink | DownloadableEntry | HistoryEntry,
    options?: DownloadOptions,
  ): Promise<SipgateIODownload>;
}
