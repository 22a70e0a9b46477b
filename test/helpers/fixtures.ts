import nock from 'nock';
import { sipgateIO, type SipgateIOClient, type SipgateIOClientOptions } from '../../lib';

/** A fake API host; nock intercepts it, nothing leaves the machine. */
export const API = 'https://api.test.invalid/v2';
/** Recognisable secrets, so tests can search every error form for them. */
export const TOKEN_ID = 'token-ABC123';
// A personal access token has the shape sipgate issues (a version-4 UUID); 5ec3e7 reads "secret".
export const TOKEN = '5ec3e700-0a1b-4c2d-9e3f-e1f2a3b4c5d6';
export const BASIC_HEADER = `Basic ${Buffer.from(`${TOKEN_ID}:${TOKEN}`).toString('base64')}`;
// A JWT-shaped OAuth token (header.payload.signature), also recognisable.
export const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ3MCIsInNlY3JldCI6Ik9BVVRIU0VDUkVUIn0.OAUTHSECRETSIGNATURE';

export function testClient(options: SipgateIOClientOptions = {}): SipgateIOClient {
  return sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }, { baseUrl: API, maxRetries: 0, ...options });
}

/** Fails the test on any request nock does not expect. */
export function isolateNetwork(): void {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    if (pending.length > 0) throw new Error(`Expected requests were not made: ${pending.join(', ')}`);
  });
  afterAll(() => nock.enableNetConnect());
}
