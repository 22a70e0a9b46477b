import type { ContactsOperations } from './routes.generated';
import type { RequestOptions } from '../../core/client';
import type { PagedResponse, Pagination } from '../../core/pagination';

/** Where a contact lives: your own, shared in the organisation, or created by sipgate. */
export type Scope = 'PRIVATE' | 'SHARED' | 'INTERNAL';
/** A scope to read from; `ALL` means every scope. */
export type ExportScope = Scope | 'ALL';

/** A postal address as sipgate returns it (every field present, empty when unknown). */
export interface Address {
  poBox: string;
  extendedAddress: string;
  streetAddress: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
}
/** A contact's phone number and its vCard-style types. */
export interface PhoneNumber {
  number: string;
  /** e.g. ['cell'], ['work', 'fax'] */
  type: string[];
}
/** A contact's email address and its vCard-style types. */
export interface Email {
  email: string;
  type: string[];
}

/** A new contact for `create`. */
export interface ContactImport {
  firstname: string;
  lastname: string;
  /** Any subset of the address fields. */
  address?: Partial<Address>;
  phone?: PhoneNumber;
  email?: Email;
  /** URL or data URI of a picture; sent as `null` when absent. */
  picture?: string;
  /** Organisation and units, one list per organisation (`[['sipgate', 'io']]`); a single flat list (`['sipgate', 'io']`) is read as one organisation. */
  organization?: string[][] | string[];
}

/** A contact as sipgate returns it. */
export interface ContactResponse {
  id: string;
  name: string;
  picture: string | null;
  emails: Email[];
  numbers: PhoneNumber[];
  addresses: Address[];
  organization: string[][];
  scope: Scope;
}

/** A contact to update: one returned by `get`, changed. */
export type ContactUpdate = ContactResponse;

/** A contact parsed from a vCard, ready to create. */
export interface ParsedVCard {
  name: string;
  family: string;
  given: string;
  numbers: PhoneNumber[];
  emails: Email[];
  addresses: Address[];
  organization: string[][];
}

/** Restricts reads to contacts with one of these numbers (`phonenumbers`, the API's name, or `phoneNumbers`). */
export type ContactsExportFilter =
  { phonenumbers: string[]; phoneNumbers?: undefined } | { phoneNumbers: string[]; phonenumbers?: undefined };

/** Options of the streaming exports: an optional phone-number filter plus per-request options (`signal`, `timeout`, …). */
export interface ContactsStreamOptions extends RequestOptions {
  /** Only contacts with one of these numbers. */
  filter?: ContactsExportFilter;
}

/** Columns the CSV exports add after their usual six, on request. */
export type CsvExtraColumn = 'scope';

/** Options of the CSV exports: the request options, and extra columns. */
export interface CsvExportOptions extends RequestOptions {
  /**
   * Columns to add after `id`, `name`, `emails`, `numbers`, `addresses`, `organizations`, e.g.
   * `['scope']`.
   * @default []
   */
  extraColumns?: readonly CsvExtraColumn[];
}

/** The columns a contacts CSV import needs, in any order and case. */
export type CsvImportColumn = 'firstname' | 'lastname' | 'number';

/** Options of `importFromCsvString`: the request options, and what to do with rows that cannot be imported. */
export interface CsvImportOptions extends RequestOptions {
  /**
   * Skip rows that lack a number or a name, have another number of fields than the header, or
   * hold a number that is not a phone number, import the others, and resolve to a
   * {@link CsvImportResult} listing what was skipped. Without it, one such row refuses the whole
   * import before anything is sent.
   * @default false
   */
  skipInvalidRows?: boolean;
}

/** A row that `importFromCsvString(csv, { skipInvalidRows: true })` left out. */
export interface CsvSkippedRow {
  /** The row as a spreadsheet numbers it: the header is row 1, empty lines count, a quoted line break stays in its row. */
  row: number;
  /** Empty required values, another number of fields than the header, or a number that is not a phone number. */
  reason: 'missing_values' | 'field_count' | 'invalid_number';
  /** The required columns concerned (empty for a row with more fields than the header). */
  fields: CsvImportColumn[];
}

/** What `importFromCsvString(csv, { skipInvalidRows: true })` did. */
export interface CsvImportResult {
  /** Rows sent to sipgate. */
  imported: number;
  /** Rows left out, in order. */
  skipped: CsvSkippedRow[];
}

/** The contacts module; create it with `createContactsModule(client)`. */
export interface ContactsModule extends ContactsOperations {
  /** @example `await contacts.create({ firstname: 'Ada', lastname: 'Lovelace', phone: { number: '+4921163553355', type: ['cell'] } }, 'PRIVATE');` */
  create(contact: ContactImport, scope: Scope, options?: RequestOptions): Promise<void>;
  /** @example `await contacts.update({ ...contact, name: 'Ada King' });` */
  update(contact: ContactUpdate, options?: RequestOptions): Promise<void>;
  /** @example `await contacts.delete(contact.id);` */
  delete(id: string, options?: RequestOptions): Promise<void>;
  /** Deletes every private contact. @example `await contacts.deleteAllPrivate();` */
  deleteAllPrivate(options?: RequestOptions): Promise<void>;
  /**
   * Deletes every shared contact, a few at a time; rejects with `SipgateIOPartialFailureError` listing any that failed.
   * @example
   * ```ts
   * await contacts.deleteAllShared();
   * ```
   */
  deleteAllShared(options?: RequestOptions): Promise<void>;
  /**
   * Imports contacts from CSV with the columns `firstname`, `lastname` and `number` (any order
   * and case; other columns are ignored). Every row is checked before anything is sent: a row
   * without a number or without any name, or with another number of fields than the header,
   * refuses the whole import (`Missing values in CSV`, the rows and columns in `detail`).
   *
   * @throws {SipgateIOValidationError} `Invalid CSV string`, `Missing header field in CSV: <column>`
   *   or `Missing values in CSV`, or a number that is not a phone number.
   * @example
   * ```ts
   * await contacts.importFromCsvString('firstname,lastname,number\nAda,Lovelace,+4921163553355');
   * ```
   */
  importFromCsvString(csvContent: string, options?: CsvImportOptions & { skipInvalidRows?: false }): Promise<void>;
  /**
   * Imports the rows that can be imported and lists the others (see {@link CsvImportOptions.skipInvalidRows}).
   * @example
   * ```ts
   * const { imported, skipped } = await contacts.importFromCsvString(csv, { skipInvalidRows: true });
   * for (const { row, fields } of skipped) console.warn(`row ${row} lacks ${fields.join(', ')}`);
   * ```
   */
  importFromCsvString(
    csvContent: string,
    options: CsvImportOptions & { skipInvalidRows: true },
  ): Promise<CsvImportResult>;
  /**
   * Either of the above, when `skipInvalidRows` is only known at run time.
   * @example
   * ```ts
   * const result = await contacts.importFromCsvString(csv, { skipInvalidRows: lenient });
   * ```
   */
  importFromCsvString(csvContent: string, options?: CsvImportOptions): Promise<CsvImportResult | void>;
  /** @example `await contacts.importVCardString(vcardText, 'PRIVATE');` */
  importVCardString(vcardContent: string, scope: Scope, options?: RequestOptions): Promise<void>;
  /**
   * The contacts as CSV: the columns `"id","name","emails","numbers","addresses","organizations"`,
   * every text cell in double quotes, lists written out as text. `options.extraColumns` adds
   * columns (`['scope']`).
   * @example
   * ```ts
   * const csv = await contacts.exportAsCsv('ALL', ';');
   * const withScope = await contacts.exportAsCsv('ALL', ',', undefined, undefined, { extraColumns: ['scope'] });
   * ```
   */
  exportAsCsv(
    scope: ExportScope,
    delimiter?: string,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: CsvExportOptions,
  ): Promise<string>;
  /**
   * Every contact of a scope across all pages, one page in memory at a time.
   * @example
   * ```ts
   * for await (const contact of contacts.iterate('SHARED', { filter: { phoneNumbers: ['+4921165432'] } })) console.log(contact.name);
   * ```
   */
  iterate(scope: ExportScope, options?: ContactsStreamOptions): AsyncGenerator<ContactResponse, void, undefined>;
  /**
   * The CSV export as a stream of text chunks (header first, then the rows of each page of
   * contacts), for address books too large to hold as one string: memory stays at one page
   * however many contacts there are. Joined, the chunks equal `exportAsCsv(scope, delimiter)`.
   * Works with `for await` and with Node's `Readable.from()`.
   * @example
   * ```ts
   * await pipeline(Readable.from(contacts.iterateCsv('ALL', { delimiter: ';' })), createWriteStream('contacts.csv'));
   * ```
   */
  iterateCsv(
    scope: ExportScope,
    options?: ContactsStreamOptions & Pick<CsvExportOptions, 'extraColumns'> & { delimiter?: string },
  ): AsyncGenerator<string, void, undefined>;
  /**
   * One vCard 4.0 per contact, page by page; memory stays at one page however many contacts
   * there are. Joined, the cards equal `exportAsSingleVCard(scope)`.
   * @example
   * ```ts
   * for await (const card of contacts.iterateVCards('PRIVATE')) file.write(card);
   * ```
   */
  iterateVCards(scope: ExportScope, options?: ContactsStreamOptions): AsyncGenerator<string, void, undefined>;
  /** @example `const cards = await contacts.exportAsVCards('PRIVATE');` */
  exportAsVCards(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: RequestOptions,
  ): Promise<string[]>;
  /** @example `const addressBook = await contacts.exportAsSingleVCard('SHARED');` */
  exportAsSingleVCard(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: RequestOptions,
  ): Promise<string>;
  /**
   * The contacts as a JSON string `{ contacts: [{ id, name, emails, numbers, addresses, organizations, scope }], totalCount }`,
   * with emails and numbers as plain strings.
   * @example
   * ```ts
   * const { contacts: list, totalCount } = JSON.parse(await contacts.exportAsJSON('ALL'));
   * ```
   */
  exportAsJSON(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: RequestOptions,
  ): Promise<string>;
  /**
   * One page of contacts (every page without `pagination`) with `hasMore` telling whether the API has more.
   * @example
   * ```ts
   * const { response, hasMore } = await contacts.paginatedGet('ALL', { offset: 0, limit: 100 });
   * ```
   */
  paginatedGet(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: RequestOptions,
  ): Promise<PagedResponse<ContactResponse[]>>;
  /**
   * `exportAsCsv` as one page with `hasMore`.
   * @example
   * ```ts
   * const { response: csv, hasMore } = await contacts.paginatedExportAsCsv('ALL', ';', { offset: 0, limit: 100 });
   * ```
   */
  paginatedExportAsCsv(
    scope: ExportScope,
    delimiter?: string,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: CsvExportOptions,
  ): Promise<PagedResponse<string>>;
  /**
   * `exportAsJSON` as one page with `hasMore`.
   * @example
   * ```ts
   * const { response: json } = await contacts.paginatedExportAsJSON('PRIVATE', { offset: 0, limit: 100 });
   * ```
   */
  paginatedExportAsJSON(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: RequestOptions,
  ): Promise<PagedResponse<string>>;
  /**
   * `exportAsVCards` as one page with `hasMore`.
   * @example
   * ```ts
   * const { response: cards } = await contacts.paginatedExportAsVCards('SHARED', { offset: 0, limit: 100 });
   * ```
   */
  paginatedExportAsVCards(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: RequestOptions,
  ): Promise<PagedResponse<string[]>>;
  /**
   * `exportAsSingleVCard` as one page with `hasMore`.
   * @example
   * ```ts
   * const { response: book } = await contacts.paginatedExportAsSingleVCard('ALL', { offset: 0, limit: 100 });
   * ```
   */
  paginatedExportAsSingleVCard(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: RequestOptions,
  ): Promise<PagedResponse<string>>;
  /** @example `const shared = await contacts.get('SHARED');` */
  get(
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: RequestOptions,
  ): Promise<ContactResponse[]>;
}
