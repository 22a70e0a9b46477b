import { bindRoutes } from '../../core/internal/route';
import { CONTACTS_ROUTES, type ContactsOperations } from './routes.generated';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { utf8ToBase64 } from '../../core/internal/base64';
import { withEstablishedMessages } from '../../compat/established-messages';
import {
  SipgateIOError,
  SipgateIOPartialFailureError,
  SipgateIOValidationError,
  type SipgateIOItemFailure,
} from '../../core/errors';
import { paginate, paginationQuery, type Page, type Pagination } from '../../core/pagination';
import { apiPath } from '../../core/internal/path';
import { isValidPhoneNumberAsync } from '../../core/phone';
import { expectList } from '../../core/internal/response';
import { requireText } from '../../core/internal/validate';
import { loadPapa } from './csv';
import type {
  Address,
  ContactImport,
  ContactResponse,
  ContactsExportFilter,
  ContactsModule,
  ContactsStreamOptions,
  CsvExtraColumn,
  CsvImportColumn,
  CsvImportOptions,
  CsvImportResult,
  CsvSkippedRow,
  Email,
  ExportScope,
  PhoneNumber,
  Scope,
} from './contacts.types';
import { contactToVCard, parseVCards } from './vcard';

export * from './contacts.types';
export { contactToVCard, parseVCards, escapeVCardText, foldLine } from './vcard';

const SCOPES = new Set(['PRIVATE', 'SHARED', 'INTERNAL']);
/** Deletions in flight at once in `deleteAllShared`: fast, yet gentle on rate limits. */
export const DELETE_CONCURRENCY = 5;
const REQUIRED_CSV_COLUMNS: readonly CsvImportColumn[] = ['firstname', 'lastname', 'number'];
/** Digits with an optional leading + and the usual separators: what a number field may hold. */
const PHONE_SHAPE = /^\+?[\d\s()./-]{2,}$/;

function checkScope(scope: unknown, allowAll: boolean, writable = false): ExportScope {
  const ok =
    typeof scope === 'string' &&
    (SCOPES.has(scope) || (allowAll && scope === 'ALL')) &&
    !(writable && scope === 'INTERNAL');
  if (!ok) {
    const allowed = writable
      ? 'PRIVATE or SHARED'
      : allowAll
        ? 'PRIVATE, SHARED, INTERNAL or ALL'
        : 'PRIVATE, SHARED or INTERNAL';
    throw new SipgateIOValidationError('scope', `must be ${allowed}.`);
  }
  return scope as ExportScope;
}

function checkPhone(value: unknown, field: string): string {
  const text = requireText(value, field).trim();
  if (!PHONE_SHAPE.test(text))
    throw new SipgateIOValidationError(field, 'is not a phone number (digits with an optional leading +).');
  return text;
}

function checkTypes(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'string'))
    throw new SipgateIOValidationError(field, 'must be an array of strings.');
  return value as string[];
}

function checkNumber(number: PhoneNumber, field: string): PhoneNumber {
  return { number: checkPhone(number?.number, `${field}.number`), type: checkTypes(number?.type, `${field}.type`) };
}

function checkEmail(email: Email, field: string): Email {
  const address = requireText(email?.email, `${field}.email`).trim();
  if (!/^[^\s@]+@[^\s@]+$/.test(address))
    throw new SipgateIOValidationError(`${field}.email`, 'is not an email address.');
  return { email: address, type: checkTypes(email?.type, `${field}.type`) };
}

function queryFor(
  pagination: Pagination | undefined,
  filter: ContactsExportFilter | undefined,
): Record<string, number | string[] | undefined> {
  const query: Record<string, number | string[] | undefined> = {};
  if (filter !== undefined) {
    const numbers = filter?.phonenumbers ?? filter?.phoneNumbers;
    if (!Array.isArray(numbers))
      throw new SipgateIOValidationError('filter.phonenumbers', 'must be an array of phone numbers.');
    query.phonenumbers = numbers.map((n, i) => checkPhone(n, `filter.phonenumbers[${i}]`));
  }
  return { ...query, ...paginationQuery(pagination) };
}

/** `[['sipgate', 'io']]` as it is; a flat `['sipgate', 'io']` is one organisation. */
function checkOrganization(value: unknown, field: string): string[][] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new SipgateIOValidationError(field, 'must be a list of organisations, e.g. [["sipgate", "io"]].');
  if (value.every((entry) => typeof entry === 'string')) return value.length === 0 ? [] : [value];
  return value.map((entry, i) => checkTypes(entry, `${field}[${i}]`));
}

/** A contact as the JSON export lists it (drop-in; lib/compat/README.md). */
function jsonElement(c: ContactResponse): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    emails: (c.emails ?? []).map((e) => e.email),
    numbers: (c.numbers ?? []).map((n) => n.number),
    addresses: c.addresses ?? [],
    organizations: c.organization ?? [],
    scope: c.scope,
  };
}

/** What a read returns: the in-scope contacts, the API's total, and whether it has more after this page. */
interface ContactsRead {
  items: ContactResponse[];
  totalCount: number;
  hasMore: boolean;
}

/** The page size `hasMore` assumes when `pagination` has no `limit` (drop-in; lib/compat/README.md). */
const ASSUMED_PAGE_SIZE = 5000;

function formatAddress(a: Address): string {
  return [
    a.poBox,
    a.extendedAddress,
    a.streetAddress,
    [a.postalCode, a.locality].filter(Boolean).join(' '),
    a.region,
    a.country,
  ]
    .filter((p) => p && p.trim() !== '')
    .join(', ');
}

/** The API lists every scope together; the exports keep the asked-for one. */
function inScope(scope: ExportScope, contact: ContactResponse): boolean {
  return scope === 'ALL' || contact.scope === scope;
}

/** The CSV columns, in the drop-in order (lib/compat/README.md); `extraColumns` come after. */
const CSV_FIELDS = ['id', 'name', 'emails', 'numbers', 'addresses', 'organizations'];
const CSV_EXTRA_COLUMNS: readonly CsvExtraColumn[] = ['scope'];
/** Contacts per CSV chunk when streaming: one API page. */
const CSV_BATCH = 100;

function checkDelimiter(delimiter: unknown): string {
  if (typeof delimiter !== 'string' || delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new SipgateIOValidationError('delimiter', 'must be one character other than a quote or line break.');
  }
  return delimiter;
}

function checkExtraColumns(value: unknown): CsvExtraColumn[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((column) => !CSV_EXTRA_COLUMNS.includes(column as CsvExtraColumn))) {
    throw new SipgateIOValidationError(
      'options.extraColumns',
      `must be a list of ${CSV_EXTRA_COLUMNS.map((c) => `"${c}"`).join(', ')}.`,
    );
  }
  return value as CsvExtraColumn[];
}

function csvRow(c: ContactResponse, extra: readonly CsvExtraColumn[]): unknown[] {
  return [
    c.id,
    c.name,
    (c.emails ?? []).map((e) => e.email).join(', '),
    (c.numbers ?? []).map((n) => n.number).join(', '),
    (c.addresses ?? []).map(formatAddress).join(' | '),
    (c.organization ?? []).map((o) => o.join(' / ')).join(', '),
    ...extra.map((column) => c[column]),
  ];
}

/** What makes a spreadsheet read a cell as a formula: OWASP's CSV-injection list. */
const FORMULA_START = /^[=+\-@\t\r]/;
const E164 = /^\+[1-9]\d{1,14}$/;
/** An international number written with separators (`+49 157 99912345`). */
const INTERNATIONAL_NUMBER = /^\+[\d ()./-]+$/;

/**
 * A cell as it may go into a CSV export: one that a spreadsheet would run as a formula (`=…`,
 * `+…`, `-…`, `@…`, a leading TAB or CR) gets a leading `'`, which spreadsheets show as text
 * (OWASP's rule). Phone numbers are left as they are: a cell holding only numbers in E.164, or
 * international numbers with separators that libphonenumber calls valid, joined by `, `. Made
 * of digits, `+`, spaces and `()./-` only, such a cell cannot call a function or refer to
 * another cell.
 */
async function neutraliseCell(cell: unknown): Promise<unknown> {
  if (safeAsItIs(cell)) return cell;
  const entries = (cell as string).split(', ');
  if (entries.every((entry) => INTERNATIONAL_NUMBER.test(entry))) {
    const valid = await Promise.all(entries.map((entry) => isValidPhoneNumberAsync(entry)));
    if (valid.every(Boolean)) return cell;
  }
  return `'${cell as string}`;
}

/** A cell that needs no quote and no look-up: not text, no formula character first, or E.164 numbers only. */
function safeAsItIs(cell: unknown): boolean {
  return typeof cell !== 'string' || !FORMULA_START.test(cell) || cell.split(', ').every((entry) => E164.test(entry));
}

async function neutraliseRow(row: unknown[]): Promise<unknown[]> {
  // Most rows (numbers in E.164 included) need nothing: no promise per cell for them.
  return row.every(safeAsItIs) ? row : Promise.all(row.map(neutraliseCell));
}

/**
 * The CSV export as chunks: the header line, then the rows of each batch of contacts. Joined,
 * the chunks are exactly `exportAsCsv`'s string; streamed, only one batch is held at a time.
 * Every text cell and the header in double quotes (drop-in); cells that would run as formulas
 * neutralised (see `neutraliseCell`).
 */
async function* csvChunks(
  contacts: AsyncIterable<ContactResponse> | Iterable<ContactResponse>,
  delimiter: string,
  extra: readonly CsvExtraColumn[],
): AsyncGenerator<string, void, undefined> {
  const papa = await loadPapa();
  const fields = [...CSV_FIELDS, ...extra];
  const config = { delimiter, newline: '\n', quotes: (value: unknown) => typeof value === 'string' };
  yield papa.unparse({ fields, data: [] }, config);
  let batch: unknown[][] = [];
  let first = true;
  const flush = (): string => {
    const rows = papa.unparse({ fields, data: batch }, { ...config, header: false });
    batch = [];
    const chunk = first ? rows : `\n${rows}`;
    first = false;
    return chunk;
  };
  for await (const contact of contacts) {
    batch.push(await neutraliseRow(csvRow(contact, extra)));
    if (batch.length === CSV_BATCH) yield flush();
  }
  if (batch.length > 0) yield flush();
}

// Fixed texts of a refused CSV import (lib/compat/README.md); this SDK's explanation goes to `detail`.
const INVALID_CSV = 'Invalid CSV string';
const MISSING_HEADER_FIELD = 'Missing header field in CSV';
const MISSING_VALUES = 'Missing values in CSV';
/** Rows an error names one by one; the rest are counted. */
const LISTED_ROWS = 10;

/** Why a data row cannot be imported, or undefined when it can. */
function rowProblem(record: string[], headerLength: number, values: string[], row: number): CsvSkippedRow | undefined {
  const [firstname, lastname, number] = values;
  const fields: CsvImportColumn[] = [];
  if (firstname === '' && lastname === '') fields.push('firstname', 'lastname');
  if (number === '') fields.push('number');
  if (record.length !== headerLength) return { row, reason: 'field_count', fields };
  if (fields.length > 0) return { row, reason: 'missing_values', fields };
  if (!PHONE_SHAPE.test(number)) return { row, reason: 'invalid_number', fields: ['number'] };
  return undefined;
}

function describeProblem(
  { row, reason, fields }: CsvSkippedRow,
  fieldCounts: Map<number, number>,
  headerLength: number,
): string {
  if (reason === 'field_count') return `row ${row} (${fieldCounts.get(row)} fields, the header has ${headerLength})`;
  if (reason === 'invalid_number') return `row ${row} (number is not a phone number)`;
  const names = fields.length === 1 ? fields[0] : `${fields.slice(0, -1).join(', ')} and ${fields[fields.length - 1]}`;
  return `row ${row} (${names})`;
}

/**
 * Reads a contacts CSV, checks every row, and sends the importable ones as one
 * `POST /contacts/import/csv`. Nothing is sent when a row is refused.
 */
async function importCsv(
  client: SipgateIOClient,
  importer: SipgateIOClient,
  csvContent: unknown,
  options: CsvImportOptions | undefined,
): Promise<CsvImportResult | undefined> {
  const { skipInvalidRows = false, ...requestOptions } = options ?? {};
  if (typeof skipInvalidRows !== 'boolean')
    throw new SipgateIOValidationError('options.skipInvalidRows', 'must be true or false.');
  if (typeof csvContent !== 'string')
    throw new SipgateIOValidationError('csvContent', 'must be a string.', INVALID_CSV);
  // Nothing but line breaks: not even a header.
  if (/^(?:\r?\n)*$/.test(csvContent))
    throw new SipgateIOValidationError(
      'csvContent',
      'holds no line; it needs a header with firstname, lastname and number.',
      INVALID_CSV,
    );
  const papa = await loadPapa();
  // Rows, empty ones kept, so that a record's index is its row as a spreadsheet shows it. The
  // header is read here: papaparse's own header handling renames repeated column names by
  // trying name_1, name_2, … until one is free, which is quadratic when those are taken (16k
  // columns: 26 s), and warns on the console.
  const { data, errors } = papa.parse<string[]>(csvContent.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const fatal = errors.find((e) => e.type === 'Quotes');
  if (fatal)
    throw new SipgateIOValidationError(
      'csvContent',
      `is malformed CSV at row ${(fatal.row ?? 0) + 1}: ${fatal.message}.`,
      INVALID_CSV,
    );
  const isEmptyLine = (record: string[]): boolean => record.length === 1 && record[0] === '';
  const headerIndex = data.findIndex((record) => !isEmptyLine(record));
  const header = headerIndex === -1 ? [] : data[headerIndex];
  const columns = header.map((name) => name.trim().toLowerCase());
  // The first column of each name counts.
  const indices = REQUIRED_CSV_COLUMNS.map((column) => {
    const index = columns.indexOf(column);
    if (index === -1) {
      throw new SipgateIOValidationError(
        'csvContent',
        `is missing the column "${column}" (needs firstname, lastname and number, in any order).`,
        `${MISSING_HEADER_FIELD}: ${column}`,
      );
    }
    return index;
  });

  const rows: string[][] = [];
  const problems: CsvSkippedRow[] = [];
  const fieldCounts = new Map<number, number>();
  for (let i = headerIndex + 1; i < data.length; i += 1) {
    const record = data[i];
    // A row of nothing but separators and spaces holds no contact: skipped like an empty line.
    if (record.every((value) => value.trim() === '')) continue;
    const values = indices.map((index) => (record[index] ?? '').trim());
    const problem = rowProblem(record, header.length, values, i + 1);
    if (problem) {
      problems.push(problem);
      fieldCounts.set(problem.row, record.length);
    } else {
      rows.push(values);
    }
  }
  if (problems.length > 0 && !skipInvalidRows) {
    const listed = problems
      .slice(0, LISTED_ROWS)
      .map((problem) => describeProblem(problem, fieldCounts, header.length));
    const more = problems.length > LISTED_ROWS ? `, … (${problems.length} rows in all)` : '';
    const count = problems.length === 1 ? '1 row' : `${problems.length} rows`;
    const text = `has ${count} that cannot be imported: ${listed.join(', ')}${more}. Nothing was imported: correct them, or pass { skipInvalidRows: true } to import the other rows.`;
    const lacksValues = problems.some((problem) => problem.reason !== 'invalid_number');
    throw new SipgateIOValidationError('csvContent', text, lacksValues ? MISSING_VALUES : undefined);
  }
  const result = { imported: rows.length, skipped: problems };
  if (rows.length === 0) {
    client.logger.warn('sipgateio-sdk: the CSV contains no contacts; nothing was imported.');
  } else {
    const projected = papa.unparse({ fields: [...REQUIRED_CSV_COLUMNS], data: rows }, { newline: '\n' });
    await importer.post('/contacts/import/csv', { base64Content: utf8ToBase64(projected) }, requestOptions);
  }
  return skipInvalidRows ? result : undefined;
}

/**
 * Creates the contacts module.
 *
 * @example
 * ```ts
 * const contacts = createContactsModule(client);
 * await contacts.importFromCsvString(readFileSync('contacts.csv', 'utf8'));
 * const vcards = await contacts.exportAsSingleVCard('PRIVATE');
 * ```
 */
export function createContactsModule(client: SipgateIOClient): ContactsModule {
  // Writes and the CSV import carry fixed error texts; reads keep this SDK's own (lib/compat/README.md).
  const writer = withEstablishedMessages(client, {});
  const csvImporter = withEstablishedMessages(client, { 500: 'Invalid CSV string' });
  /** Every in-scope contact, page by page, one page in memory at a time. */
  async function* all(
    scope: ExportScope,
    query: Record<string, number | string[] | undefined>,
    options: RequestOptions | undefined,
  ): AsyncGenerator<ContactResponse, void, undefined> {
    for await (const contact of paginate<ContactResponse>(client, '/contacts', { ...options, query })) {
      if (inScope(scope, contact)) yield contact;
    }
  }

  /** The streaming exports' source; scope and filter are checked now, before anything is requested. */
  const streamed = (
    scope: ExportScope,
    { filter, ...options }: ContactsStreamOptions,
  ): AsyncGenerator<ContactResponse, void, undefined> =>
    all(checkScope(scope, true), queryFor(undefined, filter), options);

  /**
   * Reads contacts of a scope. Without pagination every page is read; with a filter, pagination
   * still applies (the API accepts both). Scopes are filtered here, so a page may hold fewer
   * items than `limit`.
   */
  const read = async (
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: RequestOptions,
  ): Promise<ContactsRead> => {
    const wanted = checkScope(scope, true);
    const query = queryFor(pagination, filter);
    if (pagination !== undefined) {
      const page = await client.get<Page<ContactResponse>>('/contacts', { ...options, query });
      const items = expectList<ContactResponse>(page, 'GET', '/contacts');
      const totalCount = typeof page?.totalCount === 'number' ? page.totalCount : items.length;
      const hasMore = totalCount > (pagination.limit ?? ASSUMED_PAGE_SIZE) + (pagination.offset ?? 0);
      return { items: items.filter((contact) => inScope(wanted, contact)), totalCount, hasMore };
    }
    const items: ContactResponse[] = [];
    let totalCount = 0;
    for await (const contact of paginate<ContactResponse>(client, '/contacts', { ...options, query })) {
      totalCount += 1;
      if (inScope(wanted, contact)) items.push(contact);
    }
    return { items, totalCount, hasMore: false };
  };
  const get = async (
    scope: ExportScope,
    pagination?: Pagination,
    filter?: ContactsExportFilter,
    options?: RequestOptions,
  ): Promise<ContactResponse[]> => (await read(scope, pagination, filter, options)).items;
  const csvOf = async (
    contacts: ContactResponse[],
    delimiter: string,
    extra: readonly CsvExtraColumn[],
  ): Promise<string> => {
    let csv = '';
    for await (const chunk of csvChunks(contacts, delimiter, extra)) csv += chunk;
    return csv;
  };
  const jsonOf = ({ items, totalCount }: ContactsRead): string =>
    JSON.stringify({ contacts: items.map(jsonElement), totalCount });

  const createParsed = (body: Record<string, unknown>, options?: RequestOptions): Promise<void> =>
    writer.post<void>('/contacts', body, options);

  return {
    ...bindRoutes<ContactsOperations, typeof CONTACTS_ROUTES>(client, CONTACTS_ROUTES),
    async create(contact: ContactImport, scope: Scope, options?: RequestOptions) {
      const writable = checkScope(scope, false, true);
      if (typeof contact !== 'object' || contact === null)
        throw new SipgateIOValidationError('contact', 'must be an object.');
      const firstname = typeof contact.firstname === 'string' ? contact.firstname.trim() : '';
      const lastname = typeof contact.lastname === 'string' ? contact.lastname.trim() : '';
      if (firstname === '' && lastname === '')
        throw new SipgateIOValidationError(
          'contact.firstname',
          'firstname or lastname must not be empty.',
          'Names not given',
        );
      await createParsed(
        {
          name: [firstname, lastname].filter(Boolean).join(' '),
          given: firstname,
          family: lastname,
          numbers: contact.phone ? [checkNumber(contact.phone, 'contact.phone')] : [],
          emails: contact.email ? [checkEmail(contact.email, 'contact.email')] : [],
          addresses: contact.address ? [contact.address] : [],
          organization: checkOrganization(contact.organization, 'contact.organization'),
          picture:
            contact.picture === undefined || contact.picture === null || contact.picture === ''
              ? null
              : requireText(contact.picture, 'contact.picture'),
          scope: writable,
        },
        options,
      );
    },

    async update(contact, options) {
      const id = requireText(contact?.id, 'contact.id');
      const scope = checkScope(contact.scope, false, true);
      await writer.put(
        apiPath`/contacts/${id}`,
        {
          id,
          name: requireText(contact.name, 'contact.name'),
          picture: contact.picture ?? null,
          numbers: (contact.numbers ?? []).map((n, i) => checkNumber(n, `contact.numbers[${i}]`)),
          emails: (contact.emails ?? []).map((e, i) => checkEmail(e, `contact.emails[${i}]`)),
          addresses: contact.addresses ?? [],
          organization: contact.organization ?? [],
          scope,
        },
        options,
      );
    },

    async delete(id, options) {
      await writer.delete(apiPath`/contacts/${requireText(id, 'id')}`, options);
    },

    async deleteAllPrivate(options) {
      await writer.delete('/contacts', options);
    },

    async deleteAllShared(options) {
      // Collect ids first: deleting while paging would shift the offsets and skip contacts.
      const ids: string[] = [];
      for await (const contact of paginate<ContactResponse>(client, '/contacts', options))
        if (contact.scope === 'SHARED') ids.push(contact.id);
      const failures: SipgateIOItemFailure[] = [];
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < ids.length) {
          const id = ids[next++];
          try {
            await writer.delete(apiPath`/contacts/${id}`, options);
          } catch (error) {
            if (error instanceof SipgateIOError && error.kind === 'aborted') throw error;
            failures.push({
              id,
              error:
                error instanceof SipgateIOError
                  ? error
                  : new SipgateIOError(String((error as Error)?.message ?? error)),
            });
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(DELETE_CONCURRENCY, ids.length) }, worker));
      if (failures.length > 0) {
        throw new SipgateIOPartialFailureError(
          `Deleted ${ids.length - failures.length} of ${ids.length} shared contacts; ${failures.length} failed: ` +
            failures
              .slice(0, 5)
              .map((f) => `${f.id} (${f.error.kind})`)
              .join(', ') +
            (failures.length > 5 ? ', …' : '') +
            '. See error.failures.',
          failures,
          ids.length - failures.length,
        );
      }
    },

    importFromCsvString: ((csvContent: string, options?: CsvImportOptions) =>
      importCsv(client, csvImporter, csvContent, options)) as ContactsModule['importFromCsvString'],

    async importVCardString(vcardContent, scope, options) {
      const writable = checkScope(scope, false, true);
      const cards = parseVCards(vcardContent);
      const bodies = cards.map((card, i) => ({
        picture: null,
        ...card,
        numbers: card.numbers.map((n, j) => checkNumber(n, `vcardContent[${i}].numbers[${j}]`)),
        scope: writable,
      }));
      // Validated in full before the first request, so a bad card imports nothing.
      for (const body of bodies) await createParsed(body, options);
    },

    async exportAsCsv(scope, delimiter = ',', pagination, filter, csvOptions) {
      const separator = checkDelimiter(delimiter);
      const { extraColumns, ...options } = csvOptions ?? {};
      const extra = checkExtraColumns(extraColumns);
      return csvOf(await get(scope, pagination, filter, options), separator, extra);
    },

    async paginatedExportAsCsv(scope, delimiter = ',', pagination, filter, csvOptions) {
      const separator = checkDelimiter(delimiter);
      const { extraColumns, ...options } = csvOptions ?? {};
      const extra = checkExtraColumns(extraColumns);
      const { items, hasMore } = await read(scope, pagination, filter, options);
      return { response: await csvOf(items, separator, extra), hasMore };
    },

    iterate(scope, options = {}) {
      return streamed(scope, options);
    },
    iterateCsv(scope, { delimiter = ',', extraColumns, ...streamOptions } = {}) {
      const separator = checkDelimiter(delimiter);
      const extra = checkExtraColumns(extraColumns);
      return csvChunks(streamed(scope, streamOptions), separator, extra);
    },

    iterateVCards(scope, streamOptions = {}) {
      const contacts = streamed(scope, streamOptions);
      return (async function* vcards() {
        for await (const contact of contacts) yield contactToVCard(contact);
      })();
    },

    async exportAsVCards(scope, pagination, filter, options) {
      return (await get(scope, pagination, filter, options)).map(contactToVCard);
    },

    async paginatedExportAsVCards(scope, pagination, filter, options) {
      const { items, hasMore } = await read(scope, pagination, filter, options);
      return { response: items.map(contactToVCard), hasMore };
    },

    async exportAsSingleVCard(scope, pagination, filter, options) {
      return (await get(scope, pagination, filter, options)).map(contactToVCard).join('');
    },

    async paginatedExportAsSingleVCard(scope, pagination, filter, options) {
      const { items, hasMore } = await read(scope, pagination, filter, options);
      return { response: items.map(contactToVCard).join(''), hasMore };
    },

    async exportAsJSON(scope, pagination, filter, options) {
      return jsonOf(await read(scope, pagination, filter, options));
    },

    async paginatedExportAsJSON(scope, pagination, filter, options) {
      const page = await read(scope, pagination, filter, options);
      return { response: jsonOf(page), hasMore: page.hasMore };
    },

    async paginatedGet(scope, pagination, filter, options) {
      const { items, hasMore } = await read(scope, pagination, filter, options);
      return { response: items, hasMore };
    },

    get,
  };
}
