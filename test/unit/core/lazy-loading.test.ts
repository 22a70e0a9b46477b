/**
 * Importing the SDK must not load axios or qs: serverless cold starts pay for every module
 * loaded at import. They load on the first request instead.
 */
import nock from 'nock';

const mockLoaded: string[] = [];
jest.mock('axios', () => {
  mockLoaded.push('axios');
  return jest.requireActual('axios');
});
jest.mock('qs', () => {
  mockLoaded.push('qs');
  return jest.requireActual('qs');
});

it('loads axios and qs on the first request, not at import or construction', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require('../../../lib') as typeof import('../../../lib');
  const client = sdk.sipgateIO({ tokenId: 'token-A1', token: 'secret' }, { baseUrl: 'https://api.test.invalid/v2' });
  expect(mockLoaded).toEqual([]);

  nock('https://api.test.invalid/v2').get('/history').query(true).reply(200, { items: [] });
  await client.get('/history', { query: { types: ['SMS'] } });
  expect(mockLoaded.sort()).toEqual(['axios', 'qs']);
});
