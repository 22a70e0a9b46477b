import type { HistoryOperations } from './routes.generated';
import type { RequestOptions } from '../../core/client';
import type { Pagination } from '../../core/pagination';

/** What a history entry records. */
export enum HistoryEntryType {
  CALL = 'CALL',
  VOICEMAIL = 'VOICEMAIL',
  SMS = 'SMS',
  FAX = 'FAX',
}

/** Which way a history entry went; missed calls have their own values. */
export enum HistoryDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
  MISSED_INCOMING = 'MISSED_INCOMING',
  MISSED_OUTGOING = 'MISSED_OUTGOING',
}

/** Outcome of a call in the history (`status` of a call entry). */
export enum CallStatusType {
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
  REJECTED = 'REJECTED',
  REJECTED_DND = 'REJECTED_DND',
  VOICEMAIL_NO_MESSAGE = 'VOICEMAIL_NO_MESSAGE',
  BUSY_ON_BUSY = 'BUSY_ON_BUSY',
  BUSY = 'BUSY',
  MISSED = 'MISSED',
}

/**
 * Delivery state of a fax in the history (`faxStatusType` of a fax entry): the same states as
 * `FaxStatus`. A separate enum, as in the established library, whose typings name it so: code
 * passing values typed with its `FaxStatusType` compiles here.
 */
export enum FaxStatusType {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  FAILED = 'FAILED',
  SENT = 'SENT',
  SCHEDULED = 'SCHEDULED',
}

/** A call recording. */
export interface Recording {
  id: string;
  url: string;
}

/** The older form of the history filter's `starred` (`true`/`false` work too). */
export enum Starred {
  STARRED = 'STARRED',
  UNSTARRED = 'UNSTARRED',
}

/** Filters of `exportAsCsvString` (the established library's names for the dates). */
export interface BaseHistoryFilter {
  connectionIds?: string[];
  types?: HistoryEntryType[];
  directions?: HistoryDirection[];
  archived?: boolean;
  /** `true`/`false`, or the older `Starred.STARRED`/`Starred.UNSTARRED`. */
  starred?: boolean | Starred;
  /** Entries created at or after this time (same as `from`). */
  startDate?: Date;
  /** Entries created before this time (same as `to`). */
  endDate?: Date;
}

/** Filters of `fetchAll` and `iterate`. */
export interface HistoryFilter extends BaseHistoryFilter {
  /** Entries created at or after this time. */
  from?: Date;
  /** Entries created before this time. */
  to?: Date;
  /** Entries involving this number. */
  phonenumber?: string;
}

/** An extension a history entry passed through. */
export interface Endpoint {
  extension: string;
  type: string;
}

/** An extension a history entry was routed through, with how (`type`). */
export interface RoutedEndpoint {
  type: string;
  endpoint: Endpoint;
}

/** Fields every history entry has. Dates are `Date` objects. */
export interface BaseHistoryEntry {
  id: string;
  source: string;
  target: string;
  sourceAlias: string;
  targetAlias: string;
  type: HistoryEntryType;
  created: Date;
  lastModified: Date;
  direction: HistoryDirection;
  incoming: boolean;
  status: string;
  connectionIds: string[];
  read: boolean;
  archived: boolean;
  note: string;
  endpoints: RoutedEndpoint[];
  starred: boolean;
  labels: string[];
}

export interface CallHistoryEntry extends BaseHistoryEntry {
  type: HistoryEntryType.CALL;
  callId: string;
  recordingUrl?: string;
  recordings: Recording[];
  /** @unit seconds */
  duration: number;
  callStatus: CallStatusType;
  responder?: string;
  responderAlias?: string;
}

export interface FaxHistoryEntry extends BaseHistoryEntry {
  type: HistoryEntryType.FAX;
  faxStatusType: FaxStatusType;
  /** Same as `faxStatusType` (the established library's name). */
  faxStatus: FaxStatusType;
  documentUrl: string;
  reportUrl: string;
  previewUrl: string;
  pageCount: number;
  /** When a scheduled fax goes out: a `Date`, or `''` when it is not scheduled. */
  scheduled: Date | string;
  scheduledFaxDateTime?: Date;
}

export interface SmsHistoryEntry extends BaseHistoryEntry {
  type: HistoryEntryType.SMS;
  smsContent: string;
  /** When a scheduled SMS goes out: a `Date`, or `''` when it is not scheduled. */
  scheduled: Date | string;
}

export interface VoicemailHistoryEntry extends BaseHistoryEntry {
  type: HistoryEntryType.VOICEMAIL;
  /** @unit seconds */
  duration: number;
  recordingUrl: string;
  transcription: string;
}

/** A history entry, typed by its `type`. */
export type HistoryEntry = CallHistoryEntry | FaxHistoryEntry | SmsHistoryEntry | VoicemailHistoryEntry;

/** What `batchUpdateEvents`' callback may change per entry. */
export interface HistoryEntryUpdateOptions {
  archived?: boolean;
  starred?: boolean;
  note?: string;
  read?: boolean;
}

/** Options of `iterate`. */
export interface HistoryIterateOptions extends Omit<RequestOptions, 'query'> {
  /** @default 100 */
  pageSize?: number;
  maxItems?: number;
}

/** Options of `history.watch`: the filters of `fetchAll` (but the dates), where to start, how often to look. */
export interface HistoryWatchOptions extends Omit<HistoryFilter, 'from' | 'to' | 'startDate' | 'endDate'> {
  /**
   * Where to start: a cursor saved from `watcher.cursor` (resumes exactly there), or a `Date`
   * (every entry created since then is new). Without it, entries that exist when the watch starts
   * are not yielded, only what appears or changes afterwards.
   */
  since?: string | Date | undefined;
  /**
   * Time between polls.
   * @default 30000
   * @unit milliseconds
   */
  interval?: number;
  /**
   * How far back each poll looks (by creation time): changes to older entries are not seen, and
   * an entry that appears later than this after its creation time (a call longer than this, or
   * a clock further apart) is missed. At least twice `interval`.
   * @default 3600000 (one hour)
   * @unit milliseconds
   */
  lookback?: number;
  /** Entries requested per page. @default 100 */
  pageSize?: number;
  /**
   * Most entries remembered to tell new from seen. When more than this were created within
   * `lookback`, the oldest are forgotten and the window shortened past them (never a duplicate;
   * their later changes are no longer seen).
   * @default 10000
   */
  maxTracked?: number;
  /** Ends the watch (the loop just stops; no error). */
  signal?: AbortSignal;
  /**
   * Timeout of each request.
   * @unit milliseconds
   */
  timeout?: number;
}

/** What `history.watch` returns: an async iterator of entries, and a cursor to resume from. */
export interface HistoryWatcher extends AsyncGenerator<HistoryEntry, void, undefined> {
  /**
   * Where the watch stands, as a string to save (database, file) and pass back as
   * `watch({ since: cursor })`; it includes every entry yielded so far. Its size is bounded by
   * `maxTracked`.
   */
  readonly cursor: string;
}

/** The history module; create it with `createHistoryModule(client)`. */
export interface HistoryModule extends HistoryOperations {
  /**
   * One page of history entries.
   * @example
   * ```ts
   * const missed = await history.fetchAll({ directions: [HistoryDirection.MISSED_INCOMING] }, { limit: 20 });
   * ```
   */
  fetchAll(filter?: HistoryFilter, pagination?: Pagination, options?: RequestOptions): Promise<HistoryEntry[]>;
  /**
   * Every matching entry across all pages, one page in memory at a time.
   * @example
   * ```ts
   * for await (const entry of history.iterate({ types: [HistoryEntryType.SMS] })) console.log(entry.id);
   * ```
   */
  iterate(filter?: HistoryFilter, options?: HistoryIterateOptions): AsyncGenerator<HistoryEntry, void, undefined>;
  /**
   * New and changed entries as they appear, polling `/history` (README "Watching history"): no
   * entry between pages is missed and none is yielded twice (by id and `lastModified`); 429 and
   * 5xx answers are waited out with backoff; ends when `signal` aborts; resumable from
   * `watcher.cursor`. Memory is bounded by `maxTracked`.
   * @throws {SipgateIOValidationError} for a bad filter, option or cursor (before anything is sent);
   *   errors other than 429, 5xx, timeouts and connection failures end the iteration.
   * @example
   * ```ts
   * const watcher = history.watch({ types: [HistoryEntryType.SMS], since: savedCursor });
   * for await (const entry of watcher) { await notify(entry); await save(watcher.cursor); }
   * ```
   */
  watch(options?: HistoryWatchOptions): HistoryWatcher;
  /** @example `const entry = await history.fetchById('123456');` */
  fetchById(entryId: string, options?: RequestOptions): Promise<HistoryEntry>;
  /** @example `await history.deleteById('123456');` */
  deleteById(entryId: string, options?: RequestOptions): Promise<void>;
  /**
   * Deletes many entries; long lists are split so that no URL gets too long.
   * @example
   * ```ts
   * await history.deleteByListOfIds(oldEntries.map((e) => e.id));
   * ```
   */
  deleteByListOfIds(entryIds: string[], options?: RequestOptions): Promise<void>;
  /**
   * Updates entries with the options the callback returns for each.
   * @example
   * ```ts
   * await history.batchUpdateEvents(entries, (entry) => ({ archived: true, read: true }));
   * ```
   */
  batchUpdateEvents<E extends { id: string } = HistoryEntry>(
    events: E[],
    callback: (entry: E) => HistoryEntryUpdateOptions,
    options?: RequestOptions,
  ): Promise<void>;
  /**
   * The matching entries as sipgate's CSV export.
   * @example
   * ```ts
   * const csv = await history.exportAsCsvString({ startDate: new Date('2026-01-01') });
   * ```
   */
  exportAsCsvString(filter?: BaseHistoryFilter, pagination?: Pagination, options?: RequestOptions): Promise<string>;
}
