/** Faults on demand: what the next request(s) to a route suffer instead of (or besides) an answer. */
import { SipgateIOValidationError } from '../core/errors';

/**
 * A fault for `sandbox.fault(route, fault)`. Combine `latency` with any other; `status` answers
 * without doing the work; `reset: 'before'` drops the connection before the request is read
 * (nothing happened); `reset: 'after'` drops it after the request was processed (the send
 * happened, the answer is lost: the case that tests "no duplicate send").
 */
export interface SandboxFault {
  /** Answer this status instead (e.g. 429, 500, 503) with sipgate's error shape. */
  status?: number;
  /** `Retry-After` header sent with `status`. @unit seconds */
  retryAfter?: number;
  /** Wait this long before handling the request. @unit milliseconds */
  latency?: number;
  /** Drop the connection `'before'` the request is read or `'after'` it was processed. */
  reset?: 'before' | 'after';
  /** How many requests it applies to. @default 1 (use Infinity for every request until reset) */
  times?: number;
}

interface ArmedFault extends SandboxFault {
  remaining: number;
}

/** The armed faults by route (`POST /sessions/sms`). */
export class FaultTable {
  private readonly byRoute = new Map<string, ArmedFault[]>();

  constructor(private readonly knownRoutes: ReadonlySet<string>) {}

  add(route: string, fault: SandboxFault): void {
    const key = typeof route === 'string' ? route.trim().replace(/^([a-z]+)/i, (method) => method.toUpperCase()) : '';
    if (!this.knownRoutes.has(key)) {
      throw new SipgateIOValidationError(
        'route',
        'must be an operation of the contract, written as METHOD /template (e.g. "POST /sessions/sms", "GET /history/{entryId}").',
      );
    }
    if (!fault || typeof fault !== 'object')
      throw new SipgateIOValidationError('fault', 'must be an object with status, latency, reset or retryAfter.');
    if (fault.status !== undefined && !(Number.isInteger(fault.status) && fault.status >= 400 && fault.status <= 599)) {
      throw new SipgateIOValidationError('fault.status', 'must be an HTTP error status from 400 to 599.');
    }
    if (fault.reset !== undefined && fault.reset !== 'before' && fault.reset !== 'after')
      throw new SipgateIOValidationError('fault.reset', "must be 'before' or 'after'.");
    for (const field of ['latency', 'retryAfter'] as const) {
      const value = fault[field];
      if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && value >= 0))
        throw new SipgateIOValidationError(`fault.${field}`, 'must be a finite number ≥ 0.');
    }
    const times = fault.times ?? 1;
    if (!(times === Infinity || (Number.isInteger(times) && times > 0)))
      throw new SipgateIOValidationError('fault.times', 'must be a whole number ≥ 1 or Infinity.');
    const list = this.byRoute.get(key) ?? [];
    list.push({ ...fault, remaining: times });
    this.byRoute.set(key, list);
  }

  /** Takes the next fault for a route, if one is armed (each use counts down). */
  take(route: string): SandboxFault | undefined {
    const list = this.byRoute.get(route);
    const fault = list?.[0];
    if (!list || !fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) list.shift();
    if (list.length === 0) this.byRoute.delete(route);
    return fault;
  }

  clear(): void {
    this.byRoute.clear();
  }
}
