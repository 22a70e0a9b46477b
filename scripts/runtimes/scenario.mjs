// The runtime matrix's scenario: the same checks on every runtime (workerd, Deno, Bun, Node). Plain
// JavaScript with no imports of its own, so each runtime runs exactly this file; the runner gives
// it the SDK module its runtime resolves, the real signed webhook and the stub's URL.
// Each check resolves or throws; the result is one line per check, collected by scripts/runtimes/run.mjs.

/** A personal access token and an OAuth access token (a JWT shape) the stub accepts. */
export const TOKEN_ID = 'token-RUN123';
// The shapes sipgate issues: a version-4 UUID as the personal access token.
export const TOKEN = '5ec3e700-0a1b-4c2d-9e3f-e1f2a3b4c5d6';
export const ACCESS_TOKEN = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ3MCJ9.cnVudGltZQ';

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Runs every check and returns `[{ name, ok, ms, error? }]`; never throws.
 * @param {{ sdk: Record<string, any>, fixture: Record<string, any>, stubUrl: string, runtime: string }} input
 */
export async function runScenario({ sdk, fixture, stubUrl, runtime }) {
  const baseUrl = `${stubUrl}/v2`;
  const results = [];
  const check = async (name, run) => {
    const started = Date.now();
    try {
      await run();
      results.push({ name, ok: true, ms: Date.now() - started });
    } catch (error) {
      results.push({
        name,
        ok: false,
        ms: Date.now() - started,
        error: `${error?.name ?? 'Error'}: ${error?.message ?? String(error)}`,
      });
    }
  };

  await check('REST call, Basic (personal access token)', async () => {
    const client = sdk.sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }, { baseUrl });
    const balance = await client.get('/balance');
    assert(balance.amount === 12345 && balance.currency === 'EUR', `unexpected body ${JSON.stringify(balance)}`);
    assert(balance.scheme === 'Basic', `the stub saw ${balance.scheme}, not the Basic credentials`);
  });

  await check('REST call, Bearer (OAuth access token)', async () => {
    const client = sdk.sipgateIO({ token: ACCESS_TOKEN }, { baseUrl });
    const balance = await client.get('/balance');
    assert(balance.scheme === 'Bearer', `the stub saw ${balance.scheme}, not the Bearer token`);
  });

  await check('retry on 503 (Retry-After: 0)', async () => {
    const client = sdk.sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }, { baseUrl, maxRetries: 2 });
    const answer = await client.get(`/flaky/${runtime}-${Date.now()}`);
    assert(answer.attempts === 2, `expected the second attempt to succeed, got ${JSON.stringify(answer)}`);
  });

  await check('cancel via AbortSignal', async () => {
    const client = sdk.sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }, { baseUrl, timeout: 20_000 });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    let caught;
    try {
      await client.get('/slow', { signal: controller.signal });
    } catch (error) {
      caught = error;
    }
    assert(
      caught instanceof sdk.SipgateIOAbortError,
      `expected SipgateIOAbortError, got ${caught?.name ?? 'a success'}`,
    );
    assert(Date.now() - started < 2_000, `the abort took ${Date.now() - started} ms`);
  });

  await check('phone-number validation', async () => {
    assert(
      (await sdk.normalisePhoneNumber('0157 999 12345', 'to')) === '+4915799912345',
      'a German mobile number was not normalised',
    );
    assert((await sdk.isValidPhoneNumberAsync('+49 12')) === false, 'a too-short number was accepted');
    let caught;
    try {
      await sdk.normalisePhoneNumber('not a number', 'to');
    } catch (error) {
      caught = error;
    }
    assert(caught instanceof sdk.SipgateIOValidationError, 'an invalid number did not throw SipgateIOValidationError');
  });

  await check("webhook: sipgate's real signed newCall verified with WebCrypto, answered with XML", async () => {
    const seen = [];
    const refusals = [];
    const handle = sdk.createWebhookFetchHandler({
      serverAddress: 'https://example.com/webhook',
      handlers: {
        onNewCall: (event) => {
          seen.push(event);
          return sdk.WebhookResponse.sendToVoicemail();
        },
      },
      logger: { warn: (message) => refusals.push(message) },
    });
    const post = (body) =>
      handle(new Request('https://example.com/webhook', { method: 'POST', headers: fixture.headers, body }));
    const accepted = await post(fixture.body);
    const xml = await accepted.text();
    assert(accepted.status === 200, `the real signed body was answered ${accepted.status}: ${xml}`);
    assert(/xml/.test(accepted.headers.get('content-type') ?? ''), 'the answer is not XML');
    assert(xml.includes('<Response') && xml.includes('<Voicemail'), `unexpected XML ${xml}`);
    assert(
      seen.length === 1 && seen[0].from === `+${fixture.expectedParameters.from}`,
      'the handler did not see the parsed event',
    );

    const refused = await post(fixture.bodyWithOneDigitChanged);
    assert(refused.status === 401, `the body with one digit changed was answered ${refused.status}`);
    assert(seen.length === 1, 'the handler ran for a tampered body');
    assert(refusals.length === 1, 'the refusal was not reported to the logger');
  });

  await check('download a recording as a stream, and refuse a link on another host', async () => {
    const client = sdk.sipgateIO({ tokenId: TOKEN_ID, token: TOKEN }, { baseUrl });
    const downloads = sdk.createDownloadsModule(client);
    const download = await downloads.open(
      { type: 'VOICEMAIL', recordingUrl: `${baseUrl}/recording` },
      { maxBytes: 4096 },
    );
    const bytes = new Uint8Array(await new Response(download.body).arrayBuffer());
    assert(
      download.contentType === 'audio/mpeg' && bytes.length === 1000 && bytes.every((byte) => byte === 7),
      `unexpected download ${download.contentType} ${bytes.length}`,
    );
    let caught;
    try {
      await downloads.open('https://elsewhere.example/recording.mp3');
    } catch (error) {
      caught = error;
    }
    assert(
      caught instanceof sdk.SipgateIOValidationError,
      `a foreign link was not refused (${caught?.name ?? 'fetched'})`,
    );
  });

  await check('OAuth authorization URL (PKCE S256)', async () => {
    const oauth = sdk.createOAuthClient({
      clientId: 'runtime-matrix',
      redirectUri: 'https://example.com/callback',
      scopes: ['balance:read'],
    });
    const { url, state, codeVerifier } = await oauth.authorizationUrl();
    const parsed = new URL(url);
    assert(parsed.origin === 'https://login.sipgate.com', `unexpected authorization endpoint ${parsed.origin}`);
    assert(parsed.searchParams.get('state') === state && state.length >= 16, 'state missing or short');
    assert(parsed.searchParams.get('code_challenge_method') === 'S256', 'no S256 challenge');
    assert(
      /^[A-Za-z0-9_-]{43}$/.test(parsed.searchParams.get('code_challenge') ?? ''),
      'the code challenge is not a SHA-256 in base64url',
    );
    assert(codeVerifier.length >= 43, 'the code verifier is short');
  });

  return results;
}
