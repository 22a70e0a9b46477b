/**
 * Where `message` is the established library's fixed text (`Unauthorized`, `Invalid SMS message`)
 * the reason sits in `detail`; every way an error is usually shown must show that reason too,
 * while `message` stays what code written for the established library compares with (#25 item 11).
 */
import { Console } from 'node:console';
import { PassThrough } from 'node:stream';
import { inspect } from 'node:util';
import nock from 'nock';
import { createRTCMModule, createSMSModule, SipgateIOError, SipgateIOValidationError } from '../../../lib';
import { API, BASIC_HEADER, TOKEN, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

/** What `console.error(error)` prints, captured from a Console of our own. */
function consoleErrorText(error: unknown): string {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  new Console({ stdout: stream, stderr: stream }).error(error);
  return text;
}

/** The four renderings the issue names. */
function renderings(error: SipgateIOError): Record<string, string> {
  return {
    'String(error)': String(error),
    'util.inspect(error)': inspect(error),
    'the first line of error.stack': String(error.stack).split('\n')[0],
    'console.error(error)': consoleErrorText(error),
  };
}

async function caught(promise: Promise<unknown>): Promise<SipgateIOError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SipgateIOError);
  return error as SipgateIOError;
}

describe('a fixed message does not hide the reason', () => {
  it('a validation error with the established text (Invalid SMS message)', async () => {
    const error = await caught(createSMSModule(testClient()).send({ smsId: 's0', to: '+4915799912345', message: '' }));
    expect(error.message).toBe('Invalid SMS message');
    expect(error.detail).toMatch(/must not be empty/);
    for (const [where, text] of Object.entries(renderings(error))) {
      expect([where, text]).toEqual([where, expect.stringContaining('Invalid SMS message')]);
      expect([where, text]).toEqual([where, expect.stringContaining(error.detail as string)]);
    }
    expect(String(error)).toBe(`SipgateIOValidationError: Invalid SMS message — ${error.detail}`);
  });

  it('an HTTP error with the established text (Unauthorized), with sipgate echoing the credentials', async () => {
    nock(API)
      .get('/authorization/userinfo')
      .reply(401, { message: `bad credentials ${BASIC_HEADER} ${TOKEN}` });
    const error = await caught(testClient().getAuthenticatedWebuserId());
    expect(error.message).toBe('Unauthorized');
    for (const [where, text] of Object.entries(renderings(error))) {
      expect([where, text]).toEqual([
        where,
        expect.stringMatching(
          /^SipgateIOAuthenticationError: Unauthorized — Authentication failed for GET \/authorization\/userinfo \(401\)/,
        ),
      ]);
      expect([where, text]).toEqual([where, expect.not.stringContaining(TOKEN)]);
      expect([where, text]).toEqual([where, expect.not.stringContaining(BASIC_HEADER.slice(6))]);
    }
  });

  it('a subclass with its own fixed text (the call has ended)', async () => {
    nock(API).delete('/calls/c1').reply(404, {});
    const error = await caught(createRTCMModule(testClient()).hangUp({ callId: 'c1' }));
    expect(error.message).toBe('The requested Call could not be found');
    for (const [where, text] of Object.entries(renderings(error))) {
      expect([where, text]).toEqual([
        where,
        expect.stringContaining(
          'SipgateIOCallNotFoundError: The requested Call could not be found — Call c1 was not found',
        ),
      ]);
    }
  });

  it('the stack still lists where the error was made, and can be replaced', () => {
    const error = new SipgateIOValidationError('to', 'is not a phone number.', 'Invalid phone number');
    expect(error.stack).toMatch(
      /^SipgateIOValidationError: Invalid phone number — Invalid to: is not a phone number\.\n\s+at /,
    );
    expect(error.stack).toContain('error-text.test.ts');
    error.stack = 'replaced';
    expect(error.stack).toBe('replaced');
  });

  it('errors without a fixed text render as before: name and message', () => {
    const error = new SipgateIOValidationError('to', 'is not a phone number.');
    expect(String(error)).toBe('SipgateIOValidationError: Invalid to: is not a phone number.');
    expect(String(error.stack).split('\n')[0]).toBe('SipgateIOValidationError: Invalid to: is not a phone number.');
    expect(inspect(error).split('\n')[0]).toBe('SipgateIOValidationError: Invalid to: is not a phone number.');
  });
});
