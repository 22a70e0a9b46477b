/**
 * Downloads: recordings, voicemails and fax documents that history entries and greetings link
 * to, fetched with the client's credentials as streams. Everything that decides whether a
 * request may be sent (options, the link, whether its host is trusted with the credentials) is
 * here and runs before anything is sent; the transfer itself (transfer.ts) loads on the first
 * download.
 *
 * Credentials go only to the API's own origin, to sipgate's API host and, over https, to hosts
 * the app allows: the contract declares none of the link fields and names no other server.
 */
import type { SipgateIOClient } from '../../core/client';
import { credentialStrings, redactSecrets } from '../../core/credentials';
import {
  SipgateIOAbortError,
  SipgateIOConnectionError,
  SipgateIOError,
  SipgateIOInvalidResponseError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
  errorFromResponse,
} from '../../core/errors';
import { authorizationOf } from '../../core/internal/authorization';
import { rejectUnknownKeys, requireTimeout } from '../../core/internal/validate';
import { parseRetryAfter, retryDelay, shouldRetry } from '../../core/retry';
import type { HistoryEntry } from '../history/history.types';
import type {
  DownloadableEntry,
  DownloadLink,
  DownloadOptions,
  DownloadsModule,
  SipgateIODownload,
} from './downloads.types';
import { DEFAULT_MAX_DOWNLOAD_BYTES, SIPGATE_DOWNLOAD_HOSTS } from './limits';
import type { TransferKit } from './transfer';

export * from './downloads.types';
export { SIPGATE_DOWNLOAD_HOSTS, DEFAULT_MAX_DOWNLOAD_BYTES } from './limits';

const OPTION_KEYS = ['maxBytes', 'timeout', 'signal', 'allowHosts', 'maxRetries'];
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** Where links sit in what sipgate returns, and what they point to. */
const LINK_FIELDS = [
  ['recordingUrl', 'recording'],
  ['documentUrl', 'document'],
  ['reportUrl', 'report'],
  ['previewUrl', 'preview'],
  ['greetingUrl', 'greeting'],
] as const;

// The transfer loads on the first download, not at import: most apps never fetch a document.
let transferModule: Promise<typeof import('./transfer')> | undefined;
const loadTransfer = (): Promise<typeof import('./transfer')> => (transferModule ??= import('./transfer'));
const kit: TransferKit = {
  SipgateIOAbortError,
  SipgateIOConnectionError,
  SipgateIOInvalidResponseError,
  SipgateIOTimeoutError,
  errorFromResponse,
  redactSecrets,
  credentialStrings,
  parseRetryAfter,
  retryDelay,
  shouldRetry,
};

/**
 * The documents an entry links to, recordings first; empty and repeated links left out.
 *
 * @example
 * ```ts
 * downloadLinks(faxEntry); // [{ kind: 'document', url: '…' }, { kind: 'report', url: '…' }, …]
 * ```
 */
export function downloadLinks(entry: DownloadableEntry | HistoryEntry): DownloadLink[] {
  if (typeof entry !== 'object' || entry === null)
    throw new SipgateIOValidationError('entry', 'must be a history entry or greeting (an object).');
  const links: DownloadLink[] = [];
  const add = (kind: DownloadLink['kind'], url: unknown): void => {
    if (typeof url === 'string' && url.trim() !== '' && !links.some((link) => link.url === url))
      links.push({ kind, url });
  };
  const fields = entry as DownloadableEntry;
  for (const [field, kind] of LINK_FIELDS) {
    add(kind, fields[field]);
    // Lenient in what sipgate sends: `recordings` may be missing, or hold something other than objects.
    const recordings: unknown = fields.recordings;
    if (field === 'recordingUrl' && Array.isArray(recordings))
      for (const recording of recordings as ReadonlyArray<{ url?: unknown } | null>) add('recording', recording?.url);
  }
  return links;
}

/** The link a source names: a URL, a {@link DownloadLink}, or an entry's recording, else its document. */
function linkOf(source: string | DownloadLink | DownloadableEntry | HistoryEntry): string {
  if (typeof source === 'string') return source;
  const asLink = source as Partial<DownloadLink> | null;
  if (typeof asLink?.kind === 'string' && typeof asLink.url === 'string') return asLink.url;
  const links = downloadLinks(source as DownloadableEntry | HistoryEntry);
  const link =
    links.find((candidate) => candidate.kind === 'recording') ??
    links.find((candidate) => candidate.kind === 'document') ??
    links[0];
  if (!link)
    throw new SipgateIOValidationError(
      'source',
      'has nothing to download (no recordingUrl, recordings, documentUrl, reportUrl, previewUrl or greetingUrl).',
    );
  return link.url;
}

/** An absolute link, or a path under the client's base URL (`/history/1/recording`). */
function linkUrl(link: string, baseUrl: string): URL {
  if (typeof link !== 'string' || link.trim() === '')
    throw new SipgateIOValidationError('url', 'must be a non-empty URL.');
  try {
    return link.startsWith('/') && !link.startsWith('//') ? new URL(`${baseUrl}${link}`) : new URL(link);
  } catch {
    throw new SipgateIOValidationError(
      'url',
      "is not a URL (an absolute https URL, or a path under the client's base URL).",
    );
  }
}

function allowedHosts(allowHosts: unknown): Set<string> {
  if (allowHosts !== undefined && !Array.isArray(allowHosts))
    throw new SipgateIOValidationError('options.allowHosts', 'must be an array of host names.');
  const hosts = new Set(SIPGATE_DOWNLOAD_HOSTS);
  ((allowHosts ?? []) as unknown[]).forEach((host, index) => {
    const name = typeof host === 'string' ? host.toLowerCase() : '';
    if (!HOST.test(name))
      throw new SipgateIOValidationError(
        `options.allowHosts[${index}]`,
        'must be a host name such as "cdn.example.com" (no scheme, port or path).',
      );
    hosts.add(name);
  });
  return hosts;
}

/**
 * Checks a download request and fetches it (see the module comment).
 *
 * @example
 * ```ts
 * const download = await openDownload(client, entry.recordingUrl, { maxBytes: 10_000_000 });
 * ```
 */
async function openDownload(
  client: SipgateIOClient,
  source: string | DownloadLink | DownloadableEntry | HistoryEntry,
  options: DownloadOptions = {},
): Promise<SipgateIODownload> {
  const auth = authorizationOf(client);
  if (typeof options !== 'object' || options === null)
    throw new SipgateIOValidationError('options', 'must be an object.');
  rejectUnknownKeys(options, OPTION_KEYS, 'options');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes < 1)
    throw new SipgateIOValidationError('options.maxBytes', 'must be a positive integer (bytes).');
  const maxRetries = options.maxRetries ?? client.info.maxRetries;
  if (!Number.isInteger(maxRetries) || maxRetries < 0)
    throw new SipgateIOValidationError('options.maxRetries', 'must be a non-negative integer.');
  const timeout = requireTimeout(options.timeout, 'options.timeout', client.info.timeout);
  const hosts = allowedHosts(options.allowHosts);
  const api = new URL(client.info.baseUrl);
  const trusted = (target: URL): boolean =>
    !target.username &&
    !target.password &&
    (target.origin === api.origin ||
      (target.protocol === 'https:' && target.port === '' && hosts.has(target.hostname)));

  const url = linkUrl(linkOf(source), client.info.baseUrl);
  if (!trusted(url)) {
    throw new SipgateIOValidationError(
      'url',
      url.username || url.password
        ? 'must not contain user information.'
        : url.protocol !== 'https:'
          ? 'must use https.'
          : `is on ${url.host}, which is not sipgate's API: the account's credentials are not sent there. Pass allowHosts: ['${url.hostname}'] if you trust that host with them.`,
    );
  }
  const fetchImpl = (globalThis as { fetch?: typeof fetch }).fetch;
  if (typeof fetchImpl !== 'function')
    throw new SipgateIOError(
      'Downloads need fetch (Node 18+, browsers, edge runtimes); this runtime has none.',
      'unsupported',
    );
  const { transfer } = await loadTransfer();
  // Bound: browsers and workerd refuse fetch called on another object ("Illegal invocation").
  return transfer(kit, {
    fetch: fetchImpl.bind(globalThis),
    url,
    auth,
    trusted,
    apiOrigin: api.origin,
    maxBytes,
    maxRetries,
    timeout,
    signal: options.signal,
  });
}

/**
 * Creates the downloads module: recordings, voicemails and fax documents that history entries
 * link to, fetched with the client's credentials as streams (README "Downloading recordings").
 * In the npm builds (Node, browsers through bundlers, edge runtimes), not in the CDN bundle.
 *
 * @example
 * ```ts
 * const downloads = createDownloadsModule(client);
 * const download = await downloads.open(voicemailEntry);
 * ```
 */
export function createDownloadsModule(client: SipgateIOClient): DownloadsModule {
  return {
    links: downloadLinks,
    open: (source, options) => openDownload(client, source, options),
  };
}
