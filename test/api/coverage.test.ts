import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as sdk from '../../lib';
import { routeEntry } from '../../lib/core/internal/route';
import { testClient } from '../helpers/fixtures';
import { ESTABLISHED_METHODS, EXCLUDED, namedMethods, readmeCoverage, renderCoverage, ROUTE_TABLES } from './coverage';
import { operationsOf, readSpec, type Json } from '../../scripts/contract-overlay';

const spec: Json = readSpec();

describe('every operation of the contract has a named method or a documented reason to be left out', () => {
  const operations = operationsOf(spec).map(({ method, path, operation }) => ({
    route: `${method.toUpperCase()} ${path}`,
    operation,
  }));
  const named = namedMethods();

  it('reads all of the contract', () => {
    expect(operations.length).toBe(179);
  });

  it('accounts for each operation exactly once: named or left out', () => {
    const unaccounted = operations
      .filter(({ route }) => !named.has(route) && !EXCLUDED.some(({ pattern }) => pattern.test(route)))
      .map(({ route }) => route);
    expect(unaccounted).toEqual([]);
    const namedAndExcluded = [...named.keys()].filter((route) => EXCLUDED.some(({ pattern }) => pattern.test(route)));
    expect(namedAndExcluded).toEqual([]);
  });

  it('names no operation the contract does not have', () => {
    const routes = new Set(operations.map(({ route }) => route));
    expect([...named.keys()].filter((route) => !routes.has(route))).toEqual([]);
  });

  it("marks each table route's input as the contract declares it (query, body or none)", () => {
    const byRoute = new Map(operations.map(({ route, operation }) => [route, operation]));
    const wrong: string[] = [];
    for (const [module, { routes }] of Object.entries(ROUTE_TABLES)) {
      for (const [method, entry] of Object.entries(routes)) {
        const { route, input } = routeEntry(entry);
        const operation = byRoute.get(route);
        if (!operation) continue;
        const hasQuery = ((operation.parameters ?? []) as Json[]).some((parameter) => parameter.in === 'query');
        const hasBody = operation.requestBody !== undefined;
        const expected = hasQuery ? 'query' : hasBody ? 'body' : 'none';
        const marked = input ?? 'none';
        if (expected !== marked) wrong.push(`${module}.${method} (${route}): takes ${expected}, marked ${marked}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('named methods exist on the objects the factories return', () => {
  it('every route table method and every listed established method is a function', () => {
    const client = testClient();
    const factories = sdk as unknown as Record<string, (c: typeof client) => Record<string, unknown>>;
    const modules: Record<string, Record<string, unknown>> = {
      client: client as unknown as Record<string, unknown>,
      rtcm: sdk.createRTCMModule(client) as unknown as Record<string, unknown>,
    };
    for (const [name, { factory }] of Object.entries(ROUTE_TABLES)) modules[name] = factories[factory](client);
    const missing: string[] = [];
    for (const [name, { routes }] of Object.entries(ROUTE_TABLES)) {
      for (const method of Object.keys(routes))
        if (typeof modules[name][method] !== 'function') missing.push(`${name}.${method}`);
    }
    for (const names of Object.values(ESTABLISHED_METHODS)) {
      for (const qualified of names) {
        const [owner, method] = qualified.split('.');
        if (typeof modules[owner]?.[method] !== 'function') missing.push(qualified);
      }
    }
    expect(missing).toEqual([]);
  });

  it("the README's coverage table is the one rendered from the tables (npx tsx test/api/coverage.ts --write)", () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readmeCoverage(readme)).toBe(renderCoverage());
  });
});
