// The trick of lib/webhook/node/http-types.ts (see there): Node's types reached through
// `process.getBuiltinModule` without importing node:stream. A local copy, because rollup's
// typings bundler refuses a private type shared between two entries.
type NodeBuiltinModules = typeof globalThis extends {
  process: { getBuiltinModule: { (id: never): infer Module; (id: string): unknown } };
}
  ? Module
  : never;
/** The type of `node:stream`, or `never` without Node's types. */
type NodeStreamModule = Extract<NodeBuiltinModules, { Readable: unknown; Writable: unknown; pipeline: unknown }>;

/**
 * A Node `stream.Readable` of bytes. With Node's types in the program it is node:stream's own
 * `Readable`; without them (a REST-only or browser project) the part most callers use, so that
 * the package's typings need no @types/node.
 */
export type NodeReadable = [NodeStreamModule] extends [never]
  ? AsyncIterable<Uint8Array> & {
      /**
       * Pipes the bytes into a writable stream and returns it.
       * @example `toNodeReadable(download).pipe(createWriteStream('voicemail.mp3'));`
       */
      pipe<Destination>(destination: Destination, options?: { end?: boolean }): Destination;
      /**
       * Stops reading and releases the connection.
       * @example `readable.destroy();`
       */
      destroy(error?: Error): unknown;
    }
  : NodeStreamModule extends { Readable: abstract new (...args: never[]) => infer Instance }
    ? Instance
    : never;
