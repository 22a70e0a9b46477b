/** The shape of one generated row of operations.generated.ts. */

/** How a parameter's text is read before validation. */
export type ParamKind = 'string' | 'integer' | 'number' | 'boolean';

/** One operation of sipgate's contract, as the sandbox serves it. */
export interface ContractOperation {
  method: string;
  /** The contract's path template, e.g. `/history/{entryId}`. */
  path: string;
  operationId: string;
  /** Whether the operation needs credentials. */
  auth: boolean;
  /** The success status the contract declares (after the overlay). */
  success: number;
  /** The success answer's media type, or null for none. */
  media: string | null;
  query: ReadonlyArray<{ name: string; kind: ParamKind; array: boolean }>;
  pathKinds: ReadonlyArray<{ name: string; kind: ParamKind }>;
  body: 'none' | 'optional' | 'required';
  /** The name of its validator in validators.generated.ts. */
  validator: string;
  /** The example answer sampled from the contract's examples. */
  example: unknown;
}
