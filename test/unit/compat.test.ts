/**
 * Drop-in compatibility with the established `sipgateio` package (a dev dependency): every name
 * it exports exists here with the same kind, its enums have the same values, and its objects'
 * members exist. So switching is a change of import.
 */
import nock from 'nock';
import * as ours from '../../lib';
import { API, isolateNetwork, testClient } from '../helpers/fixtures';

const established = require('sipgateio') as Record<string, unknown>;
const oursByName = ours as unknown as Record<string, unknown>;

isolateNetwork();

it.each(Object.keys(established))('exports %s like the established library', (name) => {
  expect(oursByName).toHaveProperty([name]);
  const theirs = established[name];
  expect(typeof oursByName[name]).toBe(typeof theirs);
  if (typeof theirs === 'object' && theirs !== null) {
    const mine = oursByName[name] as Record<string, unknown>;
    for (const [member, value] of Object.entries(theirs)) {
      expect(mine).toHaveProperty([member]);
      if (typeof value !== 'function')
        expect(mine[member]).toEqual(value); // enum values
      else expect(typeof mine[member]).toBe('function');
    }
  }
});

it('the client has the established methods, including getWebUsers', async () => {
  nock(API)
    .get('/users')
    .reply(200, { items: [{ id: 'w0', firstname: 'Ada', lastname: 'Lovelace', admin: true }] });
  const client = testClient();
  for (const method of ['get', 'post', 'put', 'delete', 'patch', 'getAuthenticatedWebuserId', 'getWebUsers'] as const)
    expect(typeof client[method]).toBe('function');
  await expect(client.getWebUsers()).resolves.toEqual([expect.objectContaining({ id: 'w0', admin: true })]);
});

it('accepts the axios-style `params` and `data` options of existing calls', async () => {
  nock(API)
    .get('/history')
    .query({ types: ['CALL', 'SMS'], limit: '5' })
    .reply(200, { items: [] });
  nock(API).delete('/history', ['1', '2']).reply(204);
  const client = testClient();
  await client.get('/history', { params: { types: ['CALL', 'SMS'], limit: 5 } });
  await client.delete('/history', { data: ['1', '2'] });
});
