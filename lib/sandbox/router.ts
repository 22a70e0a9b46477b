/**
 * Finds the contract operation for a method and path. Fixed paths are one map lookup; templated
 * ones are compared segment by segment, and where two templates match (`/history/export` and
 * `/{userId}/…`-style paths), the one with more fixed segments wins, as in sipgate's API.
 */
import type { ContractOperation } from './contract/operation';

/** A routed request: the operation and its path parameters (still text). */
export interface RouteMatch {
  operation: ContractOperation;
  pathParams: Record<string, string>;
}

interface Template {
  operation: ContractOperation;
  segments: string[];
  fixed: number;
}

export interface Router {
  match(method: string, path: string): RouteMatch | undefined;
  /** Whether any operation has this path (for 405 rather than 404). */
  knowsPath(path: string): boolean;
}

export function createRouter(operations: readonly ContractOperation[]): Router {
  const fixedRoutes = new Map<string, ContractOperation>();
  const templates = new Map<number, Template[]>();
  for (const operation of operations) {
    if (!operation.path.includes('{')) {
      fixedRoutes.set(`${operation.method} ${operation.path}`, operation);
      continue;
    }
    const segments = operation.path.split('/');
    const byLength = templates.get(segments.length) ?? [];
    byLength.push({ operation, segments, fixed: segments.filter((segment) => !segment.startsWith('{')).length });
    templates.set(segments.length, byLength);
  }
  for (const list of templates.values()) list.sort((a, b) => b.fixed - a.fixed);

  const matchTemplate = (method: string | undefined, path: string): RouteMatch | undefined => {
    const segments = path.split('/');
    for (const template of templates.get(segments.length) ?? []) {
      if (method && template.operation.method !== method) continue;
      const pathParams: Record<string, string> = {};
      let matched = true;
      for (let i = 0; i < segments.length && matched; i += 1) {
        const expected = template.segments[i];
        if (expected.startsWith('{')) {
          if (segments[i] === '') matched = false;
          else {
            try {
              pathParams[expected.slice(1, -1)] = decodeURIComponent(segments[i]);
            } catch {
              matched = false;
            }
          }
        } else matched = expected === segments[i];
      }
      if (matched) return { operation: template.operation, pathParams };
    }
    return undefined;
  };

  return {
    match(method, path) {
      const fixed = fixedRoutes.get(`${method} ${path}`);
      return fixed ? { operation: fixed, pathParams: {} } : matchTemplate(method, path);
    },
    knowsPath(path) {
      for (const key of fixedRoutes.keys()) if (key.endsWith(` ${path}`)) return true;
      return matchTemplate(undefined, path) !== undefined;
    },
  };
}
