/**
 * The only differences from the established `sipgateio` package that the parity suite allows,
 * each with the reason a user switching over would accept. The README's section "What behaves
 * differently, on purpose" is rendered from this table and checked against it in
 * `differences.test.ts`; regenerate it with `npx tsx test/parity/differences.ts --write`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface AllowedDifference {
  /** Referenced by the scenarios that show it. */
  id: string;
  /** What differs, as a user would notice it. */
  what: string;
  /** Why it differs on purpose. */
  why: string;
}

export const DIFFERENCES = [
  {
    id: 'typed-errors',
    what: 'Errors are typed `SipgateIOError` subclasses with `kind`, `status` and `response.status`',
    why: "the established package threw plain `Error`s. The fixed texts it used (`Unauthorized`, `Fax was not found`, `Invalid token id`, `Invalid webhook URL`, `Scheduled time must be in future`, …) start `message` for the same failures, without the offending value it appended, and this SDK's explanation is `error.detail` (which `String(error)`, `error.stack` and `console.error` show after the text); errors from the plain client methods and from modules the established package did not wrap keep the explanatory message.",
  },
  {
    id: 'validation-first',
    what: 'Invalid input is refused with `SipgateIOValidationError` before any request',
    why: "the established package sent some of it (an unknown history type, an empty contact id, a malformed number in a filter) and reported sipgate's error afterwards, or not at all. Validation errors name the field (`error.field`) and never repeat the value, so a secret passed into the wrong argument cannot reach a log.",
  },
  {
    id: 'e164',
    what: 'Phone numbers are sent in E.164 form (`+4915799912345`)',
    why: "numbers are validated by number plan, as Google's libphonenumber (the established package's engine) validates them, and normalised, so `0157 999 12345` (read in `defaultCountry`) reaches sipgate as the number it means and `12345` is refused.",
  },
  {
    id: 'request-headers',
    what: "Requests carry `X-Sipgate-Client: sipgateio-sdk` (and `X-Sipgate-Version`, this package's version), and `Content-Type: application/json` only when they have a JSON body",
    why: 'the established package sent its runtime\'s name, version and operating system as JSON in `X-Sipgate-Client` (`{"name":"node","version":"20.19.0","os":"Linux","type":"node"}`) and a JSON content type on every request, bodiless reads and deletions included. The header is there to name the client library; details of the machine are not sipgate\'s business.',
  },
  {
    id: 'request-limits',
    what: 'Each request attempt times out after 30 s, and a response body over 32 MiB is refused with `SipgateIOInvalidResponseError`',
    why: 'the established package waited forever on a connection that stopped answering and read any answer whole into memory. Both limits are client options (`timeout`, `maxResponseBytes`) for the rare call that needs more.',
  },
  {
    id: 'unknown-keys',
    what: 'An unknown or misplaced key in the credentials, the client options, the request options or the webhook options throws `SipgateIOValidationError` naming the key',
    why: 'the established package ignored such keys, so a typo (`baseURL`, `skipSignatureVerfication`) silently changed nothing; the message says where the key belongs (`baseUrl` is a client option, the second argument of `sipgateIO`).',
  },
  {
    id: 'all-pages',
    what: 'Contacts reads without `pagination` return every contact, page by page, and `deleteAllShared` deletes the shared contacts of every page, waits for the deletions and reports any that failed (`SipgateIOPartialFailureError`)',
    why: 'the established package read only the first page sipgate returns and dropped the rest silently, and `deleteAllShared` resolved before its deletions finished, so a failed one went unreported. With `pagination` both send the same request.',
  },
  {
    id: 'export-format',
    what: 'vCard exports are RFC 6350 vCard 4.0 with escaping and line folding, and the CSV exports write lists as text (`a@example.com, b@example.com`; addresses and organisations written out) where the established package wrote JSON',
    why: 'the established vCards broke on commas, semicolons and line breaks in names, and its CSV cells held JSON fragments. The CSV header and quoting are the established ones (`"id","name","emails","numbers","addresses","organizations"`, every text cell quoted; this SDK\'s `scope` column only with `{ extraColumns: [\'scope\'] }`), and a cell that a spreadsheet would run as a formula (`=…`, `+…` that is not a phone number, `-…`, `@…`) starts with `\'` (OWASP\'s CSV-injection rule). Both return the same kinds of values (a string, a list of strings, `{ response, hasMore }`).',
  },
  {
    id: 'csv-refused-rows',
    what: 'A contacts CSV row without a number or without any name refuses the whole import (`Missing values in CSV`, the rows and columns in `error.detail`); `{ skipInvalidRows: true }` imports the other rows and resolves to the list of skipped ones',
    why: 'the established package dropped such a row with a console warning and imported the rest, so a contact could go missing unnoticed. Rows with the wrong number of fields are refused by both, with the same text. This SDK also reads quoted fields (commas, quotes, line breaks) as CSV where the established package split at every comma, and imports a row with a first or a last name only.',
  },
  {
    id: 'csv-empty',
    what: "A contacts CSV with a header and no rows sends nothing; `importFromCsvString` resolves and says so through the client's `logger.warn`",
    why: 'the established package printed `WARNING: no lines to import` on the console and still posted the empty file, a request that imports nothing.',
  },
  {
    id: 'vcard-import',
    what: '`contacts.importVCardString` also reads vCard 3.0 cards, and cards with several numbers, emails or addresses',
    why: 'the established package refused them (`Invalid VCard Version given`, `Only one phone number is allowed`, …), though phones and address books commonly export vCard 3.0 and several numbers per contact. Every card is still checked for a name and a number before the first contact is created.',
  },
  {
    id: 'no-empty-batch',
    what: '`history.batchUpdateEvents` sends no `PUT /history` when no entry needs one',
    why: 'the established package always sent the batch, with an empty list when every change carried a note; it changes nothing and costs a request.',
  },
  {
    id: 'history-delete-split',
    what: '`history.deleteByListOfIds` splits a long list into several `DELETE /history` requests, sent one after another',
    why: 'the established package put every id into one URL, which servers and proxies refuse beyond a few kilobytes; each request here stays under about 1.8 KB of query, and together they delete the same entries.',
  },
  {
    id: 'send-at-seconds',
    what: '`sendAt` of a scheduled SMS is sent in whole Unix seconds (`1767225600`)',
    why: "sipgate's contract declares it an integer (int64 seconds); the established package sent the milliseconds divided by 1000 (`1767225600.25`), a fraction the contract does not allow. Scheduling is to the second either way.",
  },
  {
    id: 'sms-default-sender',
    what: 'Sending an SMS `from` a caller ID sets the default sender with `defaultNumber: true` (a boolean) and restores the previous default even when sending fails',
    why: 'sipgate\'s contract declares a boolean; the established package sent the string `"true"` and left the wrong default sender in place after a failed send. When no caller ID is the default yet, this SDK sends anyway and leaves the chosen one as default; the established package refused with `No default SmsId set`. Concurrent sends on one client are serialised per SMS extension here, so they cannot swap each other\'s sender.',
  },
  {
    id: 'fax-filename',
    what: 'Fax file names end in `.pdf`, directories and control characters are stripped, and the default name is `fax-<date>.pdf`',
    why: "the file name shows in sipgate's fax report; a name without its extension or with a path in it is a mistake nobody means to send.",
  },
  {
    id: 'fax-default-line',
    what: 'A fax sent without `faxlineId` goes out on the first faxline of the user that can send',
    why: "the established package posted the fax without any faxline, which sipgate cannot route; this SDK looks the user's faxlines up first (two reads) and names the one it uses.",
  },
  {
    id: 'trimmed-name',
    what: 'A contact created with only a first or a last name gets that name without a trailing or leading space',
    why: 'the established package sent `"Ada "`, which sipgate stores as given.',
  },
  {
    id: 'retries',
    what: 'Failed reads are retried (network errors, 408, 429, 5xx; up to `maxRetries`, default 2) and a failed send (SMS, fax, call) only when it provably never left',
    why: 'the established package never retried; set `maxRetries: 0` to get its behaviour.',
  },
  {
    id: 'whitelist-unique',
    what: '`settings.setWhitelist` sends each extension once',
    why: "sipgate's contract declares the whitelist as a set (`uniqueItems`); the established package sent duplicates as given.",
  },
  {
    id: 'settings-serialised',
    what: 'Webhook-settings changes made at the same time on one client are applied one after another',
    why: 'each setter reads the settings, changes one field and writes them all back; the established package interleaved concurrent setters, so `Promise.all([setIncomingUrl(url), setLog(true)])` lost one of the two changes.',
  },
  {
    id: 'scheduled-date',
    what: '`scheduled` of SMS and fax history entries is typed `Date | string`',
    why: "the established typings said `string`, but its client turned every scheduled time into a `Date` at run time, as this SDK does; `''` stays a string when nothing is scheduled.",
  },
  {
    id: 'internal-scope',
    what: "A contact's `scope` is typed `PRIVATE`, `SHARED` or `INTERNAL`",
    why: 'sipgate returns `INTERNAL` contacts (your colleagues) in every read of all scopes; the established typings left that value out.',
  },
  {
    id: 'internal-helpers',
    what: "The established package's internals reachable by deep import are not provided: the paths that held only them (`dist/core/errors`, `dist/core/validator`, `dist/<module>/errors/…`, `…/validators/…`, `dist/contacts/helpers/…`, `dist/fax/testfiles/…`, `dist/utils`, `dist/webhook/audioUtils`, `dist/webhook/signatureVerifier`, `dist/webhook/webhook.errors`) and the helpers on public paths (`handleCoreError`, `ErrorMessage`, `containsPhoneNumber`, `getSmsCallerIds`, `getUserSmsExtension`, `serverAddressesMatch`)",
    why: "they were its own error mapping, message enums, input validators, vCard and base64 helpers, announcement download, signature check and SMS sender lookup, done inside this SDK's modules (the fixed texts stay in `error.message`; `verifyWebhookSignature` and `inspectAnnouncement` are the public counterparts). Every other path is served under `sipgateio-sdk/dist/…` with every public name it had.",
  },
  {
    id: 'client-options',
    what: "The plain client methods (`client.get`, `post`, `put`, `patch`, `delete`) take this SDK's request options (`headers`, `params`/`query`, `timeout`, `signal`, `maxRetries`; `data` for `delete`), not axios's whole request config",
    why: "every request goes through this SDK's pipeline (authentication, retries, typed errors, response-size cap), where axios's transport options (`adapter`, `proxy`, agents, `transformResponse`, `responseType`, …) have no meaning; an unknown option is refused (a compile-time error, and `SipgateIOValidationError` before anything is sent) instead of being silently ignored.",
  },
  {
    id: 'webhook-strict',
    what: 'The webhook server verifies signatures over the raw bytes and answers failures with 401/403/405/413/415 and unknown events with 400',
    why: "the established server answered every failure with status 200, trusted `X-Forwarded-For` from anyone and ran no handler for an unknown event either. Parameters sipgate does not document are not copied onto the event object (a typed event holds what the push API defines; `__proto__` and friends stay inert). Refusals are reported through the handler's `logger.warn` (the console by default; at most ten a minute, never the body or the signature) where the established server wrote each one with `console.error`, and it also printed an error for every request whose URL did not match `serverAddress`, which this SDK does not compare.",
  },
  {
    id: 'webhook-empty-number',
    what: 'An empty `from`, `to`, `diversion` or `answeringNumber` in a webhook stays empty',
    why: 'the established parser prefixed every number with `+`, turning an empty value into `"+"`. Non-empty numbers get the `+` here too, and `anonymous` stays `anonymous`.',
  },
  {
    id: 'indexed-order',
    what: 'Values of an indexed webhook list (`user[][1]=B&user[][0]=A`) keep the order they arrive in',
    why: 'sipgate sends the indices in order, so both read the same list from real traffic; re-sorting by index would cost every webhook a second pass for bodies nobody sends.',
  },
  {
    id: 'redirect-anonymous',
    what: '`WebhookResponse.redirectCall` without `anonymous` writes no `anonymous` attribute',
    why: 'the established package wrote `anonymous="undefined"`, a value sipgate does not define. Every other reply is the same XML document.',
  },
  {
    id: 'xml-format',
    what: 'Webhook replies are written on one line with `encoding="UTF-8"`',
    why: 'the established server indented its XML and wrote `encoding="utf-8"`. XML reads encoding names without regard to case and ignores the whitespace between elements, so sipgate reads the same document; `UTF-8` is the spelling of the XML specification, and the reply is smaller.',
  },
  {
    id: 'announcements',
    what: '`WebhookResponse.playAudio` and `gatherDTMF` do not download the announcement, and `playAudioAndHangUp`/`playAudioAndTransfer` read only its header',
    why: 'the established package fetched every announcement whole to check its format on each call; here `inspectAnnouncement(url)` does that when you want it, and the play-then-act helpers, called as there without a length, measure the file from its first bytes (at most 64 KiB, within 5 s: `measureTimeoutMs`) and refuse one sipgate cannot play with its text; with `durationMs` they download nothing.',
  },
  {
    id: 'server-address',
    what: 'A webhook server created without `serverAddress` takes `onAnswer`, `onHangUp` and `onData` handlers',
    why: 'it derives the address from `hostname` and `port` (what local tests and the simulator reach); the established package threw `No serverAddress set. No Follow-Up Events will be sent.` when such a handler was registered. An empty or malformed `serverAddress` is refused when the server is created.',
  },
  {
    id: 'server-stop',
    what: '`server.stop()` returns a promise that resolves once in-flight requests are answered',
    why: 'the established `stop()` returned nothing, so a process could exit while sipgate waited for an answer. Code that ignores the return value works unchanged.',
  },
] as const satisfies readonly AllowedDifference[];

export type DifferenceId = (typeof DIFFERENCES)[number]['id'];

const START = '<!-- parity-differences:start (generated from test/parity/differences.ts) -->';
const END = '<!-- parity-differences:end -->';

/** The README's list, rendered from the table. */
export function renderDifferences(): string {
  return [START, ...DIFFERENCES.map((d) => `- **${d.what}**: ${d.why}`), END].join('\n');
}

/** The section as it stands in the README, or `undefined` when the markers are missing. */
export function readmeDifferences(readme: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start, end + END.length);
}

if (process.argv.includes('--write')) {
  const file = join(__dirname, '..', '..', 'README.md');
  const readme = readFileSync(file, 'utf8');
  const current = readmeDifferences(readme);
  if (current === undefined) throw new Error(`README.md has no ${START} … ${END} markers.`);
  writeFileSync(file, readme.replace(current, renderDifferences()));
}
