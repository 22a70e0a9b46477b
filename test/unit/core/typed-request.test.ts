import nock from 'nock';
import { SipgateIOValidationError, type ApiBody, type ApiResult, type RequestOptions } from '../../../lib';
import { bindRoutes } from '../../../lib/core/internal/route';
import { GROUPS_ROUTES, type GroupsModule } from '../../../lib/resources/groups/routes.generated';
import { PORTINGS_ROUTES } from '../../../lib/resources/portings/routes.generated';
import { API, BASIC_HEADER, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

describe('client.request: every contract operation, typed', () => {
  it('fills, encodes and sends path parameters, query and body through the client pipeline', async () => {
    nock(API, { reqheaders: { authorization: BASIC_HEADER } })
      .put('/w%2F0/phonelines/p%200/forwardings', {
        forwardings: [{ destination: '+4921165432', timeout: 20, active: true }],
      })
      .reply(204);
    nock(API)
      .get('/groups')
      .query({ userId: 'w0' })
      .reply(200, { items: [{ id: 'g1', alias: 'Support' }] });
    nock(API)
      .delete('/history')
      .query({ id: ['1', '2'] })
      .reply(204);
    const client = testClient();
    await client.request('PUT /{userId}/phonelines/{phonelineId}/forwardings', {
      path: { userId: 'w/0', phonelineId: 'p 0' },
      body: { forwardings: [{ destination: '+4921165432', timeout: 20, active: true }] },
    });
    const groups = await client.request('GET /groups', { query: { userId: 'w0' } });
    expect(groups.items?.[0]?.alias).toBe('Support');
    await client.request('DELETE /history', { query: { id: ['1', '2'] } });
  });

  it('refuses, before sending, a malformed route and missing, empty, traversing or unknown path parameters', async () => {
    const client = testClient();
    const refused = async (promise: () => Promise<unknown>, field: string): Promise<void> => {
      await expect(Promise.resolve().then(promise)).rejects.toMatchObject({ name: 'SipgateIOValidationError', field });
    };
    // Routes as JavaScript callers could get them wrong (TypeScript refuses them at compile time).
    const untyped = client.request as unknown as (
      route: string,
      request?: unknown,
      options?: unknown,
    ) => Promise<unknown>;
    await refused(() => untyped('get /users'), 'route');
    await refused(() => untyped('GET https://evil.example/users'), 'route');
    await refused(() => untyped('GET /users/{userId}'), 'request.path.userId');
    await refused(() => untyped('GET /users/{userId}', { path: { userId: '' } }), 'request.path.userId');
    await refused(() => untyped('GET /users/{userId}', { path: { userId: '..' } }), 'request.path.userId');
    await refused(() => untyped('GET /users/{userId}', { path: { userId: null } }), 'request.path.userId');
    await refused(() => untyped('GET /users/{userId}', { path: null }), 'request.path.userId');
    await refused(
      () => untyped('GET /users/{userId}', { path: { userId: 'w0', phonelineId: 'p0' } }),
      'request.path.phonelineId',
    );
    await refused(() => untyped('GET /users', { params: { limit: 1 } }), 'request.params');
    await refused(() => untyped('GET /users', { body: {} }), 'request.body');
    await refused(() => untyped('GET /users', 'w0'), 'request');
    expect(SipgateIOValidationError).toBeDefined();
  });

  it('types each route from the contract (checked by tsc)', () => {
    const client = testClient();
    // Compile-time checks only: nothing is sent.
    const typeChecks = (): void => {
      // @ts-expect-error unknown route
      void client.request('GET /nope');
      // @ts-expect-error path parameters are required for this route
      void client.request('GET /users/{userId}');
      // @ts-expect-error wrong path parameter name
      void client.request('GET /users/{userId}', { path: { user: 'w0' } });
      // @ts-expect-error the body has the wrong type
      void client.request('PUT /users/{userId}/role', { path: { userId: 'w0' }, body: { admin: 'yes' } });
      void client.request('PUT /users/{userId}/role', { path: { userId: 'w0' }, body: { admin: true } });
      void client.request('GET /balance');
    };
    expect(typeof typeChecks).toBe('function');
    const balance: ApiResult<'GET /balance'> = { amount: 1, currency: 'EUR' };
    const role: ApiBody<'PUT /users/{userId}/role'> = { admin: false };
    expect([balance.currency, role.admin]).toEqual(['EUR', false]);
  });
});

describe('named module methods (bindRoutes)', () => {
  it('send path arguments in path order, then the body, and refuse a missing id before sending', async () => {
    const { createPhonelinesModule, createGroupsModule } = await import('../../../lib');
    nock(API).put('/w0/phonelines/p0/voicemails/v0/greetings/g%2F1', { active: true }).reply(204);
    nock(API).get('/groups').query({ userId: 'w0' }).reply(200, { items: [] });
    const client = testClient();
    await createPhonelinesModule(client).changeVoicemailGreeting('w0', 'p0', 'v0', 'g/1', { active: true });
    await createGroupsModule(client).list({ userId: 'w0' });
    await expect(createPhonelinesModule(client).get('w0', '')).rejects.toMatchObject({
      name: 'SipgateIOValidationError',
      field: 'request.path.phonelineId',
    });
  });

  it('refuse at compile time a table row that does not make the method its module declares (checked by tsc)', () => {
    const client = testClient();
    // Compile-time checks only: each table is bound, nothing is sent. Each wrong row is the
    // right table with one row changed; tsc fails on the line below its @ts-expect-error.
    const typeChecks = (): void => {
      const otherRoute = { ...GROUPS_ROUTES, get: 'DELETE /groups/{groupId}/devices/{deviceId}' } as const;
      // @ts-expect-error (groupId, deviceId, options?) => Promise<void> is not get(groupId, options?) => Promise<group>
      bindRoutes<GroupsModule, typeof otherRoute>(client, otherRoute);
      const otherResult = { ...GROUPS_ROUTES, get: 'GET /groups/{groupId}/users' } as const;
      // @ts-expect-error the same arguments, but the result is the group's members
      bindRoutes<GroupsModule, typeof otherResult>(client, otherResult);
      const unmarkedQuery = { ...GROUPS_ROUTES, list: 'GET /groups' } as const;
      // @ts-expect-error without `?` the method would not pass its query on
      bindRoutes<GroupsModule, typeof unmarkedQuery>(client, unmarkedQuery);
      const unknownRoute = { ...GROUPS_ROUTES, get: 'GET /group/{groupId}' } as const;
      // @ts-expect-error not an operation of the contract
      bindRoutes<GroupsModule, typeof unknownRoute>(client, unknownRoute);
      const extraRow = { ...GROUPS_ROUTES, remove: 'DELETE /groups/{groupId}/devices/{deviceId}' } as const;
      // @ts-expect-error a row for a method GroupsModule does not declare
      bindRoutes<GroupsModule, typeof extraRow>(client, extraRow);
      const { get: _dropped, ...missingRow } = GROUPS_ROUTES;
      // @ts-expect-error no row for `get`
      bindRoutes<GroupsModule, typeof missingRow>(client, missingRow);
      const portingsGet = { get: PORTINGS_ROUTES.get } as const;
      type NarrowPortings = {
        get(portingId: string, options?: RequestOptions): Promise<ApiResult<'GET /portings/{portingId}'>>;
      };
      // @ts-expect-error the contract types portingId as a number, so the row makes get(portingId: string | number, …)
      bindRoutes<NarrowPortings, typeof portingsGet>(client, portingsGet);
      bindRoutes<
        { get(portingId: string | number, options?: RequestOptions): Promise<ApiResult<'GET /portings/{portingId}'>> },
        typeof portingsGet
      >(client, portingsGet);
      const right = { ...GROUPS_ROUTES, get: 'GET /groups/{groupId}' } as const;
      bindRoutes<GroupsModule, typeof right>(client, right);
    };
    expect(typeof typeChecks).toBe('function');
  });
});
