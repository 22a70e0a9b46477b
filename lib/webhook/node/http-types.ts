/**
 * The node:http types in the Node webhook API's signatures, named without importing node:http,
 * so that the package's typings compile in a program without Node's types (`"types": []`, a
 * browser or REST-only project, TypeScript 7's default). Where Node's types are in the program
 * (@types/node 20.16+ or 22.3+: they declare `process.getBuiltinModule`, the one global through
 * which a type can reach node:http without importing it), these are node:http's own classes, so
 * code that passes an `IncomingMessage` or uses the `http.Server` keeps every type it had;
 * otherwise (no Node types, or older ones) the part of each the SDK and most callers touch.
 */

/** What `process.getBuiltinModule()` returns (every built-in module's type), or `never` without Node's types. */
type NodeBuiltinModules = typeof globalThis extends {
  process: { getBuiltinModule: { (id: never): infer Module; (id: string): unknown } };
}
  ? Module
  : never;
/** The type of `node:http`, or `never` without Node's types. */
type NodeHttpModule = Extract<
  NodeBuiltinModules,
  { IncomingMessage: unknown; ServerResponse: unknown; STATUS_CODES: unknown; createServer: unknown }
>;
/** An instance of node:http's class `Name`, or `Fallback` without Node's types. */
type NodeHttpInstance<Name extends string, Fallback> = [NodeHttpModule] extends [never]
  ? Fallback
  : NodeHttpModule extends { [K in Name]: abstract new (...args: never[]) => infer Instance }
    ? Instance
    : Fallback;

/** A request: node:http's `IncomingMessage` (or the part the handler reads, without Node's types). */
export type NodeHttpRequest = NodeHttpInstance<
  'IncomingMessage',
  {
    /** The request method, `POST` for a webhook. */
    method?: string;
    /** The request's path and query. */
    url?: string;
    /** Header values by lower-case name. */
    headers: Record<string, string | string[] | undefined>;
  }
>;

/** A response: node:http's `ServerResponse` (or the part the handler writes, without Node's types). */
export type NodeHttpResponse = NodeHttpInstance<
  'ServerResponse',
  {
    /** The status code sent. */
    statusCode: number;
    /** Whether the head has been written. */
    readonly headersSent: boolean;
    /** Sets one header before the head is written. */
    setHeader: (name: string, value: string | number | readonly string[]) => unknown;
    /** Ends the response, with an optional last body part. */
    end: (body?: string) => unknown;
  }
>;

/**
 * A server: node:http's `Server` (or its state, `address()` and `close()`, without Node's types or
 * with @types/node older than 20.16; there `getHttpServer() as import('node:http').Server` gives
 * the whole class).
 */
export type NodeHttpServer = NodeHttpInstance<
  'Server',
  {
    /** Whether the server accepts connections. */
    readonly listening: boolean;
    /** The bound address. */
    address: () => { address: string; family: string; port: number } | string | null;
    /** Stops accepting connections; calls back once all are closed. */
    close: (callback?: (error?: Error) => void) => unknown;
  }
>;
