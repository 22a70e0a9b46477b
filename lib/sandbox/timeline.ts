/** Bounded logs: the requests received (for assertions) and the console's timeline (for people). */
import type { TimelineKind } from './handlers/context';

/** One request the sandbox received, as tests assert on it. Headers (and so credentials) are never kept. */
export interface SandboxRequest {
  method: string;
  /** The path below the API root (`/sessions/sms`), without the query. */
  path: string;
  /** The contract operation it matched (`POST /sessions/sms`), or null. */
  route: string | null;
  query: Record<string, string | string[]>;
  /** The parsed JSON body; strings longer than 2,000 characters are shortened. */
  body: unknown;
  /** The status answered; 0 when a fault dropped the connection. */
  status: number;
  time: string;
}

/** One line of the console's timeline. */
export interface TimelineEntry {
  id: number;
  time: string;
  kind: TimelineKind;
  summary: string;
  detail?: unknown;
}

/** Keeps at most `capacity` items, dropping the oldest. */
export class BoundedLog<T> {
  private items: T[] = [];

  constructor(private readonly capacity: number) {}

  push(item: T): void {
    this.items.push(item);
    // Dropped in batches so that a full log costs no array shift per request.
    if (this.items.length > this.capacity * 1.25 + 10) this.items = this.items.slice(-this.capacity);
  }

  list(): T[] {
    return this.items.length > this.capacity ? this.items.slice(-this.capacity) : [...this.items];
  }

  clear(): void {
    this.items = [];
  }
}

/** A copy of a logged body with long strings shortened (a fax's base64 document), so the log stays small. */
export function shortened(value: unknown, depth = 0): unknown {
  if (typeof value === 'string')
    return value.length > 2_000 ? `${value.slice(0, 100)}… (${value.length} characters)` : value;
  if (!value || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => shortened(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, shortened(item, depth + 1)]),
  );
}
