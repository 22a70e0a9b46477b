/**
 * Types of the typed request (`client.request('GET /users/{userId}', …)`), derived from the
 * generated contract types: which routes exist, what each takes and what it answers.
 */
import type { paths } from './sipgate-api.generated';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
type Defined<T> = Exclude<T, undefined>;

/**
 * Every operation of sipgate's REST contract as `'METHOD /path/{param}'`, e.g.
 * `'GET /{userId}/phonelines/{phonelineId}/forwardings'`.
 */
export type ApiRoute = {
  [P in keyof paths]: {
    [M in HttpMethod]: [Defined<paths[P][M]>] extends [never] ? never : `${Uppercase<M>} ${P & string}`;
  }[HttpMethod];
}[keyof paths];

/** The generated operation type of a route. */
export type ApiOperation<R extends ApiRoute> = R extends `${infer M} ${infer P}`
  ? P extends keyof paths
    ? Lowercase<M> extends keyof paths[P]
      ? Defined<paths[P][Lowercase<M>]>
      : never
    : never
  : never;

type Parameters_<O> = O extends { parameters: infer X } ? X : never;

/** The path parameters of a route, each a string or number id (percent-encoded when sent). */
export type ApiPathParams<R extends ApiRoute> =
  Parameters_<ApiOperation<R>> extends { path: infer X } ? { [K in keyof X]: string | number } : never;

/** The query parameters of a route (`never` when it takes none). */
export type ApiQuery<R extends ApiRoute> =
  Parameters_<ApiOperation<R>> extends { query?: infer Q } ? Defined<Q> : never;

/** The JSON request body of a route (`never` when it takes none). */
export type ApiBody<R extends ApiRoute> =
  ApiOperation<R> extends { requestBody?: infer B }
    ? Defined<B> extends { content: { 'application/json': infer J } }
      ? J
      : never
    : never;

type SuccessStatus = 200 | 201 | 202 | 203 | 204;
type ResponseBody<X> = X extends { content: { 'application/json': infer J } }
  ? J
  : X extends { content: { 'text/csv': infer T } }
    ? T
    : void;

/** What a route answers on success: the parsed JSON body, CSV text, or nothing (`void`). */
export type ApiResult<R extends ApiRoute> =
  ApiOperation<R> extends { responses: infer S }
    ? { [K in keyof S & SuccessStatus]: ResponseBody<S[K]> }[keyof S & SuccessStatus]
    : never;

type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];
type Part<Key extends string, T> = [T] extends [never]
  ? { [K in Key]?: never }
  : RequiredKeys<T> extends never
    ? { [K in Key]?: T }
    : { [K in Key]: T };

/** The second argument of `client.request`: path parameters, query and body, as the route takes them. */
export type ApiRequest<R extends ApiRoute> = Part<'path', ApiPathParams<R>> &
  Part<'query', ApiQuery<R>> &
  Part<'body', ApiBody<R>>;

/** `[request, options?]`, with `request` optional when the route needs nothing in it. */
export type ApiRequestArgs<R extends ApiRoute, Options> =
  RequiredKeys<ApiRequest<R>> extends never
    ? [request?: ApiRequest<R>, options?: Options]
    : [request: ApiRequest<R>, options?: Options];
