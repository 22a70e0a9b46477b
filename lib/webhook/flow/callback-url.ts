/**
 * The callback URLs of a call: `baseUrl` with `call=<key>` (answer, hangup) and with
 * `call=<key>&gather=<n>` (a Gather's dtmf). Each is what the URL API makes of them
 * (`searchParams.set`); building one with `new URL` on every reply cost about a fifth of the
 * flow's own time per webhook, so the URL API runs once per flow, on placeholders, and a key
 * that form encoding leaves as it is (sipgate's call ids, the random session keys) is put in
 * by string concatenation. Any other key still goes through the URL API.
 */

/** Characters `application/x-www-form-urlencoded` serialisation leaves unencoded. */
const VERBATIM = /^[A-Za-z0-9*\-._]+$/;
const KEY_MARK = 'sipgateioFlowCallKey';
const GATHER_MARK = 'sipgateioFlowGatherSeq';

export interface CallbackUrls {
  /** `baseUrl` naming the call: where sipgate posts its answer and hangup. */
  call(key: string): string;
  /** `baseUrl` naming the call and Gather number `seq`: where sipgate posts that Gather's dtmf. */
  gather(key: string, seq: number): string;
}

function viaUrlApi(baseUrl: string, key: string, gather: string | undefined): string {
  const url = new URL(baseUrl);
  url.searchParams.set('call', key);
  if (gather !== undefined) url.searchParams.set('gather', gather);
  return url.toString();
}

/** Splits `template` at its one occurrence of `mark`; undefined when it has none or several. */
function splitOnce(template: string, mark: string): [string, string] | undefined {
  const parts = template.split(mark);
  return parts.length === 2 ? [parts[0], parts[1]] : undefined;
}

export function callbackUrls(baseUrl: string): CallbackUrls {
  const call = splitOnce(viaUrlApi(baseUrl, KEY_MARK, undefined), KEY_MARK);
  // [before the key, between key and number, after the number]; undefined when a `gather`
  // parameter of baseUrl itself comes first, or baseUrl holds a mark: then the URL API does it all.
  let gather: [string, string, string] | undefined;
  const [head, tail] = splitOnce(viaUrlApi(baseUrl, KEY_MARK, GATHER_MARK), KEY_MARK) ?? [];
  const rest = tail === undefined ? undefined : splitOnce(tail, GATHER_MARK);
  if (head !== undefined && rest) gather = [head, rest[0], rest[1]];
  return {
    call: (key) => (call && VERBATIM.test(key) ? call[0] + key + call[1] : viaUrlApi(baseUrl, key, undefined)),
    gather: (key, seq) =>
      gather && VERBATIM.test(key)
        ? gather[0] + key + gather[1] + seq + gather[2]
        : viaUrlApi(baseUrl, key, String(seq)),
  };
}
