/**
 * What a span may say about a request: the route template it matches, its URL with sensitive
 * parts masked, and phone numbers masked. Spans go to third-party backends and are kept for
 * weeks; a phone number is personal data and a nonce or token a secret, so neither goes in whole.
 */
import { ROUTE_TEMPLATES } from './route-templates';

interface Template {
  template: string;
  segments: string[];
  /** Literal (non-parameter) segments: the more, the better the match (`/history/export` beats `/history/{entryId}`). */
  literals: number;
}

const PARAMETER = /^\{([^{}]+)\}$/;
let bySegmentCount: Map<number, Template[]> | undefined;

function templatesWith(count: number): Template[] {
  if (!bySegmentCount) {
    bySegmentCount = new Map();
    for (const template of ROUTE_TEMPLATES) {
      const segments = template.split('/').slice(1);
      const entry = { template, segments, literals: segments.filter((segment) => !PARAMETER.test(segment)).length };
      bySegmentCount.set(segments.length, [...(bySegmentCount.get(segments.length) ?? []), entry]);
    }
  }
  return bySegmentCount.get(count) ?? [];
}

/**
 * The contract's route template a concrete path (without query) belongs to, or `undefined`.
 *
 * @example
 * ```ts
 * matchRouteTemplate('/w0/phonelines/p0'); // '/{userId}/phonelines/{phonelineId}'
 * ```
 */
export function matchRouteTemplate(path: string): string | undefined {
  const segments = path.split('/').slice(1);
  let best: Template | undefined;
  for (const candidate of templatesWith(segments.length)) {
    const fits = candidate.segments.every((segment, index) => PARAMETER.test(segment) || segment === segments[index]);
    if (fits && (!best || candidate.literals > best.literals)) best = candidate;
  }
  return best?.template;
}

/**
 * A phone number with all but its first digits (country and area) and last two masked; other
 * text unchanged. Masked: anything of six digits or more, with or without `+`/`00`.
 *
 * @example
 * ```ts
 * maskPhoneNumber('+4915799912345'); // '+4915*******45'
 * ```
 */
export function maskPhoneNumber(value: string): string {
  if (!/^\+?\d{6,}$/.test(value)) return value;
  const keep = Math.min(value.startsWith('+') ? 5 : 4, value.length - 6);
  return `${value.slice(0, keep)}${'*'.repeat(value.length - keep - 2)}${value.slice(-2)}`;
}

/** Path parameters whose values are phone numbers or secrets; every other id is kept (`w0`, `p0`, an entry id). */
const MASKED_PARAMETERS: Readonly<Record<string, (value: string) => string>> = {
  phoneNumber: maskPhoneNumber,
  quickDialNumber: maskPhoneNumber,
  callerId: maskPhoneNumber,
  nonce: () => 'REDACTED',
};

/** Query parameters that never identify a person; every other value is replaced by `REDACTED` (a `phonenumber` filter…). */
const PLAIN_QUERY = new Set(['offset', 'limit', 'types', 'directions', 'archived', 'starred', 'from', 'to', 'scope']);

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * `url.full` for a span: the request URL with phone numbers and secrets in the path masked and
 * query values other than paging and filters replaced by `REDACTED`.
 *
 * @example
 * ```ts
 * spanUrl('https://api.sipgate.com/v2', '/history?phonenumber=%2B4915799912345&limit=10', '/history');
 * // 'https://api.sipgate.com/v2/history?phonenumber=REDACTED&limit=10'
 * ```
 */
export function spanUrl(baseUrl: string, pathWithQuery: string, template: string | undefined): string {
  const queryAt = pathWithQuery.search(/[?#]/);
  const path = queryAt === -1 ? pathWithQuery : pathWithQuery.slice(0, queryAt);
  const query = queryAt === -1 ? '' : pathWithQuery.slice(queryAt + 1).split('#')[0];
  const templateSegments = template?.split('/').slice(1);
  const maskedPath = path
    .split('/')
    .slice(1)
    .map((segment, index) => {
      const name = templateSegments?.[index]?.match(PARAMETER)?.[1];
      const mask = name === undefined ? (templateSegments ? undefined : maskPhoneNumber) : MASKED_PARAMETERS[name];
      return mask ? encodeURIComponent(mask(decoded(segment))) : segment;
    })
    .join('/');
  const maskedQuery = query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const [key] = pair.split('=', 1);
      return PLAIN_QUERY.has(decoded(key)) ? pair : `${key}=REDACTED`;
    })
    .join('&');
  return `${baseUrl}/${maskedPath}${maskedQuery ? `?${maskedQuery}` : ''}`;
}
