import type { ApiBody, ApiOperation, ApiQuery, ApiResult, ApiRoute } from '../../api/types';
import type { QueryParams, RequestOptions, SipgateIOClient } from '../client';
import { SipgateIOValidationError } from '../errors';
import { pathSegment } from './path';
import { normaliseRoutePhoneNumbers, type RoutePhoneFields, type RoutePhoneNumberFields } from './route-phone-numbers';
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
 * ones refused as typos), validates and normalises the phone numbers `phoneFields` names (see
 * route-phone-numbers.ts), then goes through the client's own get/post/put/patch/delete, so
 * auth, retries, timeouts, cancellation, hooks and errors are the same as for every module.
 * Everything is checked before anything is sent.
 *
 * @example
 * ```ts
 * await sendRoute(client, 'PUT /{userId}/phonelines/{phonelineId}', { path: { userId: 'w0', phonelineId: 'p0' }, body: { alias: 'Desk' } });
 * ```
 */
export async function sendRoute(
  client: SipgateIOClient,
  route: string,
  request?: RouteRequest,
  options?: RequestOptions,
  phoneFields?: RoutePhoneFields,
): Promise<unknown> {
  const match = typeof route === 'string' ? ROUTE.exec(route) : null;
  if (!match)
    throw new SipgateIOValidationError(
      'route',
      'must be "METHOD /path" with an upper-case method, such as "GET /users/{userId}".',
    );
  const [, method, template] = match;
  if (request !== undefined && (typeof request !== 'object' || request === null || Array.isArray(request))) {
    throw new SipgateIOValidationError(
      'request',
      'must be an object with `path`, `query` and `body` as the route takes them.',
    );
  }
  rejectUnknownKeys(request, ['path', 'query', 'body'], 'request');
  const { query } = request ?? {};
  // The phone numbers a module declared for this route are validated and normalised to E.164
  // here, the one place for every module (see route-phone-numbers.ts).
  const { path: values, body } = await normaliseRoutePhoneNumbers(
    phoneFields,
    request?.path ?? {},
    request?.body,
    client.info.defaultCountry,
  );
  const names: string[] = [];
  const path = template.replace(PARAMETER, (_, name: string) => {
    names.push(name);
    return pathSegment(values[name], `request.path.${name}`);
  });
  rejectUnknownKeys(values, names, 'request.path');
  if (body !== undefined && method === 'GET')
    throw new SipgateIOValidationError('request.body', 'a GET request sends no body.');
  const withQuery: RequestOptions =
    query === undefined ? { ...options } : { ...options, query: { ...options?.query, ...query } };
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

type RouteOf<Row extends string> = Row extends `${infer Route extends ApiRoute}${'?' | '-'}`
  ? Route
  : Row extends ApiRoute
    ? Row
    : never;
type PathNames<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
  ? [Name, ...PathNames<Rest>]
  : [];
type PathOf<Route extends ApiRoute> =
  ApiOperation<Route> extends { parameters: { path: infer Path } } ? Path : Record<never, never>;
// An id the contract types as a number may be given as a string too: it only goes into the path.
type PathArgs<Route extends ApiRoute, Names = PathNames<Route>> = {
  [I in keyof Names]: Names[I] extends keyof PathOf<Route>
    ? PathOf<Route>[Names[I]] extends number
      ? string | number
      : string
    : never;
};
type QueryArg<Route extends ApiRoute> =
  ApiOperation<Route> extends { parameters: { query: object } } ? [query: ApiQuery<Route>] : [query?: ApiQuery<Route>];
// The same decision as routeEntry's: `?` the query, `-` nothing, otherwise the body of a POST, PUT or PATCH.
type InputArg<Row extends string> = Row extends `${string}?`
  ? QueryArg<RouteOf<Row>>
  : Row extends `${string}-`
    ? []
    : Row extends `P${string}`
      ? [body: ApiBody<RouteOf<Row>>]
      : [];

/** The method {@link bindRoutes} makes of a row: path parameters in the order of the path, the input, then options. */
type RouteMethod<Row extends string> = (
  ...args: [...PathArgs<RouteOf<Row>>, ...InputArg<Row>, options?: RequestOptions]
) => Promise<ApiResult<RouteOf<Row>>>;

// Identical, not just assignable: assignability would pass a row that takes string | number where
// the method declares a string id, or that requires the query where the method declares it optional.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * `Routes` as a table for `Module`: one row per method, each making a method of exactly the type
 * the module declares (a row that does not is replaced by a message, so the table fails to
 * compile there), and no row for a method the module does not have.
 */
export type RoutesFor<Module, Routes> = {
  readonly [Name in keyof Module]: Name extends keyof Routes
    ? Routes[Name] extends string
      ? Equal<RouteMethod<Routes[Name]>, Module[Name]> extends true
        ? Routes[Name]
        : `the row does not make the method ${Name & string} declares`
      : string
    : string;
} & { readonly [Name in Exclude<keyof Routes, keyof Module>]: never };

/**
 * Module methods from a table of method name → contract route, all sharing {@link sendRoute}.
 * Each method takes the route's path parameters in the order of the path, then its input, then
 * request options. The input is the body for POST, PUT and PATCH and nothing otherwise; a route
 * ending in `?` takes the query instead, and one ending in `-` takes no input at all (a POST
 * without a body). Keeping every method a table row keeps the browser bundle small.
 * `phoneFields` names, per method, the path parameters and body fields that hold phone numbers,
 * which are then validated and normalised to E.164 before sending.
 *
 * Both type arguments are given (TypeScript infers none when one is given): `Module`, the type
 * the methods are bound as, and `Routes`, the table's own type. Each row must make exactly the
 * method that `Module` declares ({@link RoutesFor}), so the cast at the end hides nothing.
 *
 * @example
 * ```ts
 * const users = bindRoutes<UsersModule, typeof USERS_ROUTES>(client, USERS_ROUTES);
 * ```
 */
export function bindRoutes<Module, Routes extends RoutesFor<Module, Routes>>(
  client: SipgateIOClient,
  routes: Routes,
  phoneFields: RoutePhoneNumberFields = {},
): Module {
  const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [name, entry] of Object.entries<string>(routes)) {
    const { route, input, names } = routeEntry(entry);
    methods[name] = (...args) => {
      const path: Record<string, unknown> = {};
      names.forEach((parameter, index) => (path[parameter] = args[index]));
      const rest = args.slice(names.length);
      const request = input ? { path, [input]: rest.shift() } : { path };
      return sendRoute(client, route, request, rest[0] as RequestOptions | undefined, phoneFields[name]);
    };
  }
  return methods as Module;
}
