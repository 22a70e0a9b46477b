/**
 * Every named method bound from a route table (users, groups, phonelines, devices, …) called
 * once against the Prism mock of the contract: Prism must find no request violation, and the
 * method must resolve. Arguments are built from the contract itself: path parameters by their
 * declared type, bodies and queries sampled from their schemas by openapi-sampler (with the
 * spec's examples removed, since some contradict their own schemas: corrections #5).
 */
import { sample } from 'openapi-sampler';
import * as sdk from '../../lib';
import { routeEntry } from '../../lib/core/internal/route';
import { ROUTE_PHONE_NUMBER_FIELDS } from '../helpers/phone-fields';
import { ROUTE_TABLES } from '../api/coverage';
import { applyOverlay, operationsOf, readSpec, type Json } from '../../scripts/contract-overlay';
import { contractClient, describeAgainstContract } from './prism';

/** Valid values for the contract's patterns, which openapi-sampler cannot satisfy by itself. */
const PATTERN_SAMPLES: Record<string, string> = { '^\\+?[1-9]\\d{1,14}$': '+4921165432' };

/** The spec with the overlay applied and every `example` removed, for sampling. */
function specWithoutExamples(): Json {
  const spec = applyOverlay(readSpec());
  const strip = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(strip);
    else if (node && typeof node === 'object') {
      delete (node as Json).example;
      delete (node as Json).examples;
      const { pattern } = node as Json;
      if (typeof pattern === 'string') {
        if (!(pattern in PATTERN_SAMPLES))
          throw new Error(`No sample for the contract's pattern ${pattern}: add one to PATTERN_SAMPLES.`);
        (node as Json).example = PATTERN_SAMPLES[pattern];
        return;
      }
      Object.values(node).forEach(strip);
    }
  };
  strip(spec);
  return spec;
}

const PHONE_NUMBER = '+4915799912345';

/** Puts {@link PHONE_NUMBER} at `steps` (`['forwardings', '[]', 'destination']`) of a sampled body. */
function setEverywhere(value: unknown, steps: string[]): void {
  const [step, ...rest] = steps;
  if (step === '[]') {
    if (Array.isArray(value)) value.forEach((item) => setEverywhere(item, rest));
  } else if (value && typeof value === 'object') {
    if (rest.length === 0) (value as Json)[step] = PHONE_NUMBER;
    else setEverywhere((value as Json)[step], rest);
  }
}

interface Call {
  module: string;
  method: string;
  route: string;
  input: 'query' | 'body' | 'none';
  args: unknown[];
  /** The path parameters' names, in the order of the first arguments. */
  names: string[];
}

/** The sandbox keeps state, so its path ids must exist: the seeded account's, or made before the call. */
const SANDBOX_IDS: Record<string, string> = {
  userId: 'w0',
  deviceId: 'e0',
  phonelineId: 'p0',
  groupId: 'g0',
  numberId: 'n0',
  faxlineId: 'f0',
  smsId: 's0',
};

async function sandboxIds(client: ReturnType<typeof contractClient>['client']): Promise<Record<string, string>> {
  await client.post('/sessions/sms', { smsId: 's0', recipient: '+4921165432', message: 'seed' });
  await client.post('/blacklist/incoming', { phoneNumber: '+4921165432' });
  await client.post('/w0/phonelines/p0/parallelforwardings', {
    destination: '+4921165432',
    alias: 'seed',
    active: true,
  });
  await client.post('/w0/sms/s0/callerids', { phonenumber: '+4921165432' });
  const history = await client.get<{ items: Array<{ id: string }> }>('/history');
  const callerIds = await client.get<{ items: Array<{ id: number; phonenumber: string }> }>('/w0/sms/s0/callerids');
  const forwardings = await client.get<{ items: Array<{ id: string }> }>('/w0/phonelines/p0/parallelforwardings');
  return {
    ...SANDBOX_IDS,
    entryId: history.items[0].id,
    phoneNumber: '+4921165432',
    parallelForwardingId: forwardings.items[0].id,
    callerId: String(callerIds.items.find((callerId) => callerId.phonenumber === '+4921165432')?.id),
  };
}

function calls(): Call[] {
  const spec = specWithoutExamples();
  const operations = new Map(
    operationsOf(spec).map(({ method, path, operation }) => [`${method.toUpperCase()} ${path}`, operation]),
  );
  const result: Call[] = [];
  for (const [module, { routes }] of Object.entries(ROUTE_TABLES)) {
    for (const [method, entry] of Object.entries(routes)) {
      const { route, input = 'none', names } = routeEntry(entry);
      const operation = operations.get(route) as Json;
      const parameters = (operation.parameters ?? []) as Json[];
      const args: unknown[] = [];
      for (const name of names) {
        const declared = parameters.find((parameter) => parameter.in === 'path' && parameter.name === name);
        const type = (declared?.schema as Json | undefined)?.type;
        args.push(type === 'integer' || type === 'number' ? 7 : `${name}-1`);
      }
      if (input === 'query') {
        const query: Json = {};
        for (const parameter of parameters.filter((candidate) => candidate.in === 'query')) {
          query[parameter.name as string] = sample(parameter.schema as object, {}, spec);
        }
        args.push(query);
      } else if (input === 'body') {
        const content = ((operation.requestBody as Json).content as Json)['application/json'] as Json;
        args.push(sample(content.schema as object, { skipReadOnly: true }, spec));
      }
      // The SDK validates phone numbers before sending (route-phone-numbers.ts): those fields get one.
      const phoneFields = ROUTE_PHONE_NUMBER_FIELDS[route];
      names.forEach((name, index) => {
        if (phoneFields?.path?.[name]) args[index] = PHONE_NUMBER;
      });
      if (input === 'body' && phoneFields?.body) {
        for (const at of Object.keys(phoneFields.body))
          setEverywhere(args[args.length - 1], at.replace(/\[\]/g, '.[].').split('.').filter(Boolean));
      }
      result.push({ module, method, route, input, args, names });
    }
  }
  return result;
}

describeAgainstContract('every named method of the route tables against the OpenAPI contract', (prism) => {
  const all = calls();

  it('covers every table method', () => {
    const methods = Object.values(ROUTE_TABLES).reduce((count, { routes }) => count + Object.keys(routes).length, 0);
    expect(all.length).toBe(methods);
    expect(methods).toBeGreaterThan(130);
  });

  it.each(all.map((call) => [`${call.module}.${call.method}`, call] as const))('%s', async (_name, planned) => {
    let call = planned;
    const { client, violations, sent } = contractClient(prism());
    if (prism().kind === 'sandbox') {
      const ids = await sandboxIds(client);
      call = {
        ...call,
        args: call.args.map((arg, i) => (i < call.names.length && call.names[i] in ids ? ids[call.names[i]] : arg)),
      };
      sent.length = 0;
      violations.length = 0;
    }
    const factory = (
      sdk as unknown as Record<string, (c: typeof client) => Record<string, (...args: unknown[]) => Promise<unknown>>>
    )[ROUTE_TABLES[call.module].factory];
    const module = factory(client);
    const outcome = await module[call.method](...call.args).then(
      () => 'resolved',
      (error: Error) => `rejected: ${error.message}`,
    );
    expect({ outcome, violations }).toEqual({ outcome: 'resolved', violations: [] });
    // What left the client is the route with the arguments in their places: Prism accepts any
    // id in a path and most bodies are optional in the contract, so check the request itself.
    const [method, template] = call.route.split(' ');
    let pathIndex = 0;
    const path = template.replace(/\{[^}]+\}/g, () => encodeURIComponent(String(call.args[pathIndex++])));
    const input = call.args[pathIndex];
    const request = sent[sent.length - 1];
    const url = new URL(request.url, 'http://mock');
    expect(`${request.method} ${url.pathname}`).toBe(`${method} ${path}`);
    if (call.input === 'body') expect(JSON.parse(String(request.data))).toEqual(input);
    else expect(request.data ?? '').toBe('');
    if (call.input === 'query') {
      for (const [name, value] of Object.entries(input as Json)) {
        expect(url.searchParams.getAll(name)).toEqual((Array.isArray(value) ? value : [value]).map(String));
      }
    }
  });
});
