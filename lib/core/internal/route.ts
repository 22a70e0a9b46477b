import type { QueryParams, RequestOptions, SipgateIOClient } from '../client';
import { SipgateIOValidationError } from '../errors';
import { pathSegment } from './path';
import { rejectUnknownKeys } from './validate';

const ROUTE = /^(GET|POST|PUT|PATCH|DELETE) (\/[^\s?#]*)$/;

/** Request-option key carrying the route template to the pipeline, where traces name spans by it. */
export const ROUTE_TEMPLATE = Symbol('sipgateio-sdk route template');
const PARAMETER = /\{([^{}/]+)\}/g;

/** The request of a route as `client.request` takes it (typed per route in lib/api/types.ts). */
interface RouteRequest {
  path?: Record<string, unknown>;
  query?: QueryParams;
  body?: unknown;
}

/**
 * Sends one operation of the contract given as `'METHOD /path/{param}'`: fills in the path
 * parameters (each percent-encoded and refused when empty, `.`/`..` or missing, and unknown
 * ones refused as typos), then goes through the client's own get/post/put/patch/delete, so
 * auth, retries, timeouts, cancellation, hooks and errors are the same as for every module.
 * Everything is checked before anything is sent.
 *
 * @example
 * ```ts
 * await sendRoute(client, 'PUT /{userId}/phonelines/{phonelineId}', { path: { userId: 'w0', phonelineId: 'p0' }, body: { alias: 'Desk' } });
 * ```
 */
export async function sendRoute(client: SipgateIOClient, route: string, request?: RouteRequest, options?: RequestOptions): Promise<unknown> {
  const match = typeof route === 'string' ? ROUTE.exec(route) : null;
  if (!match) throw new SipgateIOValidationError('route', 'must be "METHOD /path" with an upper-case method, such as "GET /users/{userId}".');
  const [, method, template] = match;
  if (request !== undefined && (typeof request !== 'object' || request === null || Array.isArray(request))) {
    throw new SipgateIOValidationError('request', 'must be an object with `path`, `query` and `body` as the route takes them.');
  }
  rejectUnknownKeys(request, ['path', 'query', 'body'], 'request');
  const { query, body } = request ?? {};
  const values: Record<string, unknown> = request?.path ?? {};
  const names: string[] = [];
  const path = template.replace(PARAMETER, (_, name: string) => {
    names.push(name);
    return pathSegment(values[name], `request.path.${name}`);
  });
  rejectUnknownKeys(values, names, 'request.path');
  if (body !== undefined && method === 'GET') throw new SipgateIOValidationError('request.body', 'a GET request sends no body.');
  const withQuery: RequestOptions = query === undefined ? { ...options } : { ...options, query: { ...options?.query, ...query } };
  (withQuery as { [ROUTE_TEMPLATE]?: string })[ROUTE_TEMPLATE] = template;
  switch (method) {
    case 'GET':
      return client.get(path, withQuery);
    case 'DELETE':
      return client.delete(path, body === undefined ? withQuery : { ...withQuery, body });
    default:
      return client[method.toLowerCase() as 'post' | 'put' | 'patch'](path, body, withQuery);
  }
}

/**
 * One row of a route table read as {@link bindRoutes} reads it: the route without its marker,
 * which input the method takes after the path parameters, and the path parameters' names.
 *
 * @example
 * ```ts
 * routeEntry('GET /groups?'); // { route: 'GET /groups', input: 'query', names: [] }
 * ```
 */
export function routeEntry(entry: string): { route: string; input: 'query' | 'body' | undefined; names: string[] } {
  const marker = entry.slice(-1);
  const route = marker === '?' || marker === '-' ? entry.slice(0, -1) : entry;
  const input = marker === '?' ? 'query' : marker !== '-' && route[0] === 'P' ? 'body' : undefined;
  return { route, input, names: Array.from(route.matchAll(PARAMETER), (found) => found[1]) };
}

/**
 * Module methods from a table of method name → contract route, all sharing {@link sendRoute}.
 * Each method takes the route's path parameters in the order of the path, then its input, then
 * request options. The input is the body for POST, PUT and PATCH and nothing otherwise; a route
 * ending in `?` takes the query instead, and one ending in `-` takes no input at all (a POST
 * without a body). Keeping every method a table row keeps the browser bundle small.
 *
 * @example
 * ```ts
 * const users = bindRoutes<{ get(userId: string): Promise<unknown> }>(client, { get: 'GET /users/{userId}' });
 * ```
 */
export function bindRoutes<Module>(client: SipgateIOClient, routes: Readonly<Record<string, string>>): Module {
  const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, entry] of Object.entries(routes)) {
    const { route, input, names } = routeEntry(entry);
    methods[name] = (...args) => {
      const path: Record<string, unknown> = {};
      names.forEach((parameter, index) => (path[parameter] = args[index]));
      const rest = args.slice(names.length);
      const request = input ? { path, [input]: rest.shift() } : { path };
      return sendRoute(client, route, request as RouteRequest, rest[0] as RequestOptions | undefined);
    };
  }
  return methods as Module;
}
