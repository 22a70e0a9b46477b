/**
 * Request validation against the contract: query and path text is read as the contract types it
 * (integers, booleans, repeated parameters as arrays), then the operation's generated validator
 * (Ajv's standalone code, made by scripts/generate-sandbox-contract.ts) checks `{ params, body }`.
 * A violation becomes sipgate's 400 naming the field (`body.recipient`, `params.limit`).
 */
import type { ContractOperation, ParamKind } from './contract/operation';
import * as validators from './contract/validators.generated';

interface ValidatorError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}
type Validator = ((data: unknown) => boolean) & { errors?: ValidatorError[] | null };

const VALIDATORS = validators as unknown as Record<string, Validator>;

/** Reads one parameter's text as its declared type; what does not parse stays text for the validator to name. */
function readParam(text: string, kind: ParamKind): unknown {
  if (kind === 'integer' && /^-?\d+$/.test(text)) return Number(text);
  if (kind === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (kind === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** Path and query parameters, typed as the operation declares them (unknown query names are ignored, as sipgate does). */
export function readParams(
  operation: ContractOperation,
  pathParams: Record<string, string>,
  query: URLSearchParams,
): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const { name, kind } of operation.pathKinds)
    if (name in pathParams) params[name] = readParam(pathParams[name], kind);
  for (const { name, kind, array } of operation.query) {
    const values = query.getAll(name);
    if (values.length === 0) continue;
    params[name] = array ? values.map((value) => readParam(value, kind)) : readParam(values[0], kind);
  }
  return params;
}

/** A violation: the field (dotted, e.g. `body.recipient`) and what is wrong with it. */
export interface Violation {
  field: string;
  message: string;
}

/** Checks a request against the operation's validator; undefined when it satisfies the contract. */
export function findViolation(
  operation: ContractOperation,
  params: Record<string, unknown>,
  body: unknown,
): Violation | undefined {
  const validate = VALIDATORS[operation.validator];
  const data = body === undefined ? { params } : { params, body };
  if (validate(data)) return undefined;
  const error = validate.errors?.[0];
  if (!error) return { field: 'request', message: 'does not satisfy the contract' };
  const path = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string')
    path.push(error.params.missingProperty);
  // `params` holds path and query parameters together; name the one the request put it in.
  if (path[0] === 'params') path[0] = operation.pathKinds.some((param) => param.name === path[1]) ? 'path' : 'query';
  const field =
    path.length > 0 ? path.join('.') : operation.body === 'required' && body === undefined ? 'body' : 'request';
  return { field, message: describe(error) };
}

/** Words a violation (the generated code carries no messages, to stay small). */
function describe({ keyword, params }: ValidatorError): string {
  switch (keyword) {
    case 'required':
      return 'is required';
    case 'type':
      return `must be ${String(params.type)}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'pattern':
      return `must match ${String(params.pattern)}`;
    case 'minLength':
    case 'minItems':
    case 'minimum':
      return `must be at least ${String(params.limit)}${keyword === 'minimum' ? '' : keyword === 'minLength' ? ' characters long' : ' items'}`;
    case 'maxLength':
    case 'maxItems':
    case 'maximum':
      return `must be at most ${String(params.limit)}${keyword === 'maximum' ? '' : keyword === 'maxLength' ? ' characters long' : ' items'}`;
    case 'uniqueItems':
      return 'must not hold the same item twice';
    default:
      return `does not satisfy "${keyword}"`;
  }
}
