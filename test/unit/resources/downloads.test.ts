/**
 * Downloads of recordings, voicemails and fax documents: the client's credentials go to
 * sipgate's API and allowed hosts only (a link elsewhere is refused before anything is sent, a
 * redirect elsewhere followed without them), the body arrives as a stream with its type and
 * length, a size cap, timeouts and cancellation hold, and every failure is a typed error.
 */
import nock from 'nock';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import {
  createDownloadsModule,
  sipgateIO,
  SipgateIOAbortError,
  SipgateIOInvalidResponseError,
  SipgateIONotFoundError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
  toNodeReadable,
  type SipgateIODownload,
} from '../../../lib';
import { API, BASIC_HEADER, isolateNetwork, JWT, testClient, TOKEN } from '../../helpers/fixtures';

isolateNetwork();
const HOST = 'https://api.test.invalid';
const AUDIO = Buffer.from('ID3 fake mp3 bytes '.repeat(100));

async function read(download: SipgateIODownload): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const reader = download.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    chunks.push(Buffer.from(value));
  }
}

const voicemail = {
  id: 'v1',
  type: 'VOICEMAIL',
  recordingUrl: `${API}/history/v1/recording`,
  duration: 12,
  transcription: '',
};

describe('links', () => {
  it('lists what call, voicemail and fax entries and greetings link to, recordings first, without repeats or blanks', () => {
    const downloads = createDownloadsModule(testClient());
    expect(
      downloads.links({ recordingUrl: 'https://a/r1', recordings: [{ url: 'https://a/r1' }, { url: 'https://a/r2' }] }),
    ).toEqual([
      { kind: 'recording', url: 'https://a/r1' },
      { kind: 'recording', url: 'https://a/r2' },
    ]);
    expect(downloads.links({ documentUrl: 'https://a/d.pdf', reportUrl: 'https://a/r.pdf', previewUrl: '' })).toEqual([
      { kind: 'document', url: 'https://a/d.pdf' },
      { kind: 'report', url: 'https://a/r.pdf' },
    ]);
    expect(downloads.links({ greetingUrl: 'https://a/g.mp3' })).toEqual([{ kind: 'greeting', url: 'https://a/g.mp3' }]);
    expect(downloads.links({})).toEqual([]);
  });
});

describe('open', () => {
  it("streams an entry's recording from sipgate's API with the client's credentials, with type and length", async () => {
    nock(HOST, { reqheaders: { authorization: BASIC_HEADER } })
      .get('/v2/history/v1/recording')
      .reply(200, AUDIO, { 'Content-Type': 'audio/mpeg', 'Content-Length': String(AUDIO.length) });
    const download = await createDownloadsModule(testClient()).open(voicemail);
    expect(download).toMatchObject({
      contentType: 'audio/mpeg',
      contentLength: AUDIO.length,
      url: `${API}/history/v1/recording`,
    });
    expect(await read(download)).toEqual(AUDIO);
  });

  it('takes a link as a URL, a path under the base URL, or a DownloadLink; Bearer tokens work as Basic does', async () => {
    nock(HOST, { reqheaders: { authorization: `Bearer ${JWT}` } })
      .get('/v2/fax/1/document')
      .times(3)
      .reply(200, '%PDF-1.4', { 'Content-Type': 'application/pdf' });
    const downloads = createDownloadsModule(sipgateIO({ token: JWT }, { baseUrl: API }));
    for (const source of [
      `${API}/fax/1/document`,
      '/fax/1/document',
      { kind: 'document' as const, url: `${API}/fax/1/document` },
    ]) {
      expect((await read(await downloads.open(source))).toString()).toBe('%PDF-1.4');
    }
  });

  it("calls fetch as browsers and workerd require, on the global object (else 'Illegal invocation')", async () => {
    const realFetch = globalThis.fetch;
    const strictFetch = function (this: unknown): Promise<Response> {
      if (this !== undefined && this !== globalThis) return Promise.reject(new TypeError('Illegal invocation'));
      return Promise.resolve(new Response('ok', { headers: { 'Content-Type': 'audio/mpeg' } }));
    };
    globalThis.fetch = strictFetch;
    try {
      expect((await read(await createDownloadsModule(testClient()).open(voicemail))).toString()).toBe('ok');
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('gives a Node Readable for pipelines', async () => {
    nock(HOST).get('/v2/history/v1/recording').reply(200, AUDIO, { 'Content-Type': 'audio/mpeg' });
    const chunks: Buffer[] = [];
    await pipeline(
      toNodeReadable(await createDownloadsModule(testClient()).open(voicemail)),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      }),
    );
    expect(Buffer.concat(chunks)).toEqual(AUDIO);
  });
});

describe('credentials go to sipgate only', () => {
  it('refuses a link on another host before anything is sent, naming the option that allows it', async () => {
    // No interceptor and no network: a request would fail differently.
    const downloads = createDownloadsModule(testClient());
    await expect(downloads.open('https://evil.example/recording.mp3')).rejects.toThrow(SipgateIOValidationError);
    await expect(downloads.open('https://evil.example/recording.mp3')).rejects.toThrow(
      /allowHosts: \['evil\.example'\]/,
    );
    await expect(downloads.open('http://api.sipgate.com/v2/x')).rejects.toThrow(/https/);
    await expect(downloads.open('https://user:pass@api.test.invalid/v2/x')).rejects.toThrow(SipgateIOValidationError);
    await expect(downloads.open({ smsContent: 'hi' } as never)).rejects.toThrow(/nothing to download/);
  });

  it('sends the credentials to a host the app allows', async () => {
    nock('https://cdn.example', { reqheaders: { authorization: BASIC_HEADER } })
      .get('/r.mp3')
      .reply(200, 'ok');
    const download = await createDownloadsModule(testClient()).open('https://cdn.example/r.mp3', {
      allowHosts: ['cdn.example'],
    });
    expect((await read(download)).toString()).toBe('ok');
  });

  it("follows a redirect away from sipgate's hosts without the credentials", async () => {
    nock(HOST)
      .get('/v2/history/v1/recording')
      .reply(302, '', { Location: 'https://storage.example/signed/r.mp3?sig=abc' });
    nock('https://storage.example', { badheaders: ['authorization'] })
      .get('/signed/r.mp3')
      .query({ sig: 'abc' })
      .reply(200, AUDIO, { 'Content-Type': 'audio/mpeg' });
    const download = await createDownloadsModule(testClient()).open(voicemail);
    expect(download.url).toBe('https://storage.example/signed/r.mp3');
    expect(await read(download)).toEqual(AUDIO);
  });

  it('never keeps credentials an error answer echoes', async () => {
    nock(HOST)
      .get('/v2/history/v1/recording')
      .reply(404, { message: `not found for ${BASIC_HEADER} ${TOKEN}` });
    const error = await createDownloadsModule(testClient())
      .open(voicemail)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SipgateIONotFoundError);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(BASIC_HEADER.slice(6));
  });
});

describe('limits and failures', () => {
  it('refuses a document whose declared length exceeds maxBytes before reading it', async () => {
    nock(HOST)
      .get('/v2/history/v1/recording')
      .reply(200, AUDIO, { 'Content-Length': String(AUDIO.length) });
    await expect(createDownloadsModule(testClient()).open(voicemail, { maxBytes: 100 })).rejects.toThrow(
      SipgateIOInvalidResponseError,
    );
  });

  it('fails the stream once more than maxBytes arrive without a declared length', async () => {
    nock(HOST)
      .get('/v2/history/v1/recording')
      .reply(200, () => {
        const { Readable } = require('node:stream') as typeof import('node:stream');
        return Readable.from([AUDIO, AUDIO, AUDIO]);
      });
    const download = await createDownloadsModule(testClient()).open(voicemail, { maxBytes: AUDIO.length + 10 });
    expect(download.contentLength).toBeUndefined();
    await expect(read(download)).rejects.toThrow(/larger than maxBytes/);
  });

  it('retries a 503 before the body starts, then streams', async () => {
    nock(HOST)
      .get('/v2/history/v1/recording')
      .reply(503, {}, { 'Retry-After': '0' })
      .get('/v2/history/v1/recording')
      .reply(200, AUDIO);
    expect(await read(await createDownloadsModule(testClient()).open(voicemail, { maxRetries: 1 }))).toEqual(AUDIO);
  });

  it('times out an answer that does not come, and is cancelled by its signal', async () => {
    nock(HOST).get('/v2/history/v1/recording').delay(2_000).reply(200, AUDIO);
    await expect(createDownloadsModule(testClient()).open(voicemail, { timeout: 50 })).rejects.toBeInstanceOf(
      SipgateIOTimeoutError,
    );
    nock.abortPendingRequests();
    nock.cleanAll();
    nock(HOST).get('/v2/history/v1/recording').delay(2_000).reply(200, AUDIO);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    await expect(
      createDownloadsModule(testClient()).open(voicemail, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(SipgateIOAbortError);
    nock.abortPendingRequests();
    nock.cleanAll();
  });

  it('refuses bad options before anything is sent', async () => {
    const downloads = createDownloadsModule(testClient());
    await expect(downloads.open(voicemail, { maxBytes: 0 })).rejects.toThrow(SipgateIOValidationError);
    await expect(downloads.open(voicemail, { allowHosts: ['https://cdn.example/'] })).rejects.toThrow(/host name/);
    await expect(downloads.open(voicemail, { maxByte: 5 } as never)).rejects.toThrow(/did you mean `maxBytes`/);
    await expect(createDownloadsModule({ info: { baseUrl: API } } as never).open(voicemail)).rejects.toThrow(
      /sipgateIO\(\)/,
    );
  });
});
