import nock from 'nock';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  inspectAnnouncement,
  playAudioAndHangUp,
  playAudioAndTransfer,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
  WebhookResponse,
} from '../../lib';
import { inspectWav } from '../../lib/webhook/audio';
import { API, isolateNetwork, testClient } from '../helpers/fixtures';
import { wav as silentWav } from '../helpers/wav';

isolateNetwork();

/** Two seconds of audio unless a test says otherwise. */
const wav = (options: Parameters<typeof silentWav>[0] = {}): Buffer => silentWav({ seconds: 2, ...options });

describe('inspectWav', () => {
  it('accepts mono 16-bit PCM at 8 kHz and reports the duration', () => {
    expect(inspectWav(wav({ seconds: 2.5 }))).toMatchObject({ valid: true, problems: [], durationMs: 2500 });
  });
  it('names every problem of a wrong format', () => {
    const info = inspectWav(wav({ channels: 2, sampleRate: 44100, bits: 8 }));
    expect(info.valid).toBe(false);
    expect(info.problems).toEqual([
      '2 channels instead of mono',
      '44100 Hz instead of 8000 Hz',
      '8-bit instead of 16-bit',
    ]);
    expect(inspectWav(Buffer.from('ID3 mp3 data here')).problems).toEqual(['not a WAV (RIFF/WAVE) file']);
  });
});

describe('play, then act through RTCM', () => {
  afterEach(() => jest.useRealTimers());

  it('hangs up after the given duration plus extra delay, and not before', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const hangUp = nock(API).delete('/calls/C1').reply(204);
    const play = await playAudioAndHangUp(
      { announcement: 'https://example.com/bye.wav', durationMs: 3000 },
      testClient(),
      'C1',
      500,
    );
    expect(play).toEqual({ Play: { Url: 'https://example.com/bye.wav' } });
    await jest.advanceTimersByTimeAsync(3_400);
    expect(hangUp.isDone()).toBe(false);
    await jest.advanceTimersByTimeAsync(200); // past 3000 + 500 ms: the hang-up request starts
    jest.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(hangUp.isDone()).toBe(true);
  });

  it('transfers after the duration', async () => {
    const transfer = nock(API)
      .post('/calls/C2/transfer', { attended: false, phoneNumber: '+4915799912345' })
      .reply(204);
    await playAudioAndTransfer(
      { announcement: 'https://example.com/hold.wav', durationMs: 20 },
      { attended: false, phoneNumber: '+4915799912345' },
      testClient(),
      'C2',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(transfer.isDone()).toBe(true);
  });

  it('is also available as WebhookResponse members with the established signatures', async () => {
    const hangUp = nock(API).delete('/calls/C4').reply(204);
    const transfer = nock(API).post('/calls/C5/transfer', { attended: true, phoneNumber: '+4915799912345' }).reply(204);
    await expect(
      WebhookResponse.playAudioAndHangUp(
        { announcement: 'https://example.com/a.wav', durationMs: 10 },
        testClient(),
        'C4',
      ),
    ).resolves.toEqual({ Play: { Url: 'https://example.com/a.wav' } });
    await WebhookResponse.playAudioAndTransfer(
      { announcement: 'https://example.com/a.wav', durationMs: 10 },
      { attended: true, phoneNumber: '+4915799912345' },
      testClient(),
      'C5',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hangUp.isDone()).toBe(true);
    expect(transfer.isDone()).toBe(true);
  });

  it('downloads the file to measure it when no durationMs is given, as the established library did', async () => {
    const download = nock('https://example.com')
      .get('/a.wav')
      .reply(200, wav({ seconds: 0.01 }));
    const hangUp = nock(API).delete('/calls/C3').reply(204);
    await playAudioAndHangUp({ announcement: 'https://example.com/a.wav', measureDuration: true }, testClient(), 'C3');
    expect(download.isDone()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hangUp.isDone()).toBe(true);
  });

  it('accepts the established shape (options, client, callId, timeout): measures, then hangs up after duration + timeout', async () => {
    const download = nock('https://example.com')
      .get('/bye.wav')
      .reply(200, wav({ seconds: 0.2 }));
    const hangUp = nock(API).delete('/calls/C6').reply(204);
    const started = Date.now();
    await expect(
      WebhookResponse.playAudioAndHangUp({ announcement: 'https://example.com/bye.wav' }, testClient(), 'C6', 100),
    ).resolves.toEqual({
      Play: { Url: 'https://example.com/bye.wav' },
    });
    expect(download.isDone()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(hangUp.isDone()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(hangUp.isDone()).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('measureDuration: false without durationMs is refused, with nothing downloaded', async () => {
    const error = await playAudioAndHangUp(
      { announcement: 'https://example.com/a.wav', measureDuration: false },
      testClient(),
      'C3',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect((error as SipgateIOValidationError).field).toBe('durationMs');
  });

  it("refuses an announcement sipgate cannot play with the established library's text", async () => {
    nock('https://example.com')
      .get('/stereo.wav')
      .reply(200, wav({ channels: 2, sampleRate: 44100, seconds: 0.01 }));
    const error = (await playAudioAndHangUp(
      { announcement: 'https://example.com/stereo.wav' },
      testClient(),
      'C7',
    ).catch((e: unknown) => e)) as SipgateIOValidationError;
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect(error.message).toBe('Invalid audio format. Please use 16bit PCM WAVE mono audio at 8kHz.');
    expect(error.detail).toMatch(/2 channels instead of mono, 44100 Hz instead of 8000 Hz/);
  });
});

describe('measuring an announcement is bounded in size and time', () => {
  let server: Server;
  let base: string;
  const sent = { bytes: 0, closed: 0 };
  beforeAll(async () => {
    nock.enableNetConnect('127.0.0.1');
    server = createServer((request, response) => {
      if (request.url === '/silent.wav') return; // never answers
      // An endless WAV: the header, then audio for ever.
      response.writeHead(200, { 'Content-Type': 'audio/wav' });
      response.write(wav({ seconds: 0 }).subarray(0, 40));
      const size = Buffer.alloc(4);
      size.writeUInt32LE(8000 * 2 * 3); // the header says 3 s
      response.write(size);
      const chunk = Buffer.alloc(64 * 1024);
      const pump = (): void => {
        while (!response.destroyed && response.write(chunk)) sent.bytes += chunk.length;
        if (!response.destroyed) response.once('drain', pump);
      };
      response.on('close', () => (sent.closed += 1));
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    nock.disableNetConnect();
  });

  it('reads the header of an endless file, stops reading and reports its duration', async () => {
    const info = await inspectAnnouncement(`${base}/endless.wav`);
    expect(info).toMatchObject({ valid: true, durationMs: 3000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent.closed).toBe(1);
    expect(sent.bytes).toBeLessThan(16 * 1024 * 1024);
  });

  it('gives up on a server that never answers after measureTimeoutMs, with a SipgateIOTimeoutError', async () => {
    const started = Date.now();
    const error = await playAudioAndHangUp(
      { announcement: `${base}/silent.wav`, measureTimeoutMs: 300 },
      testClient(),
      'C8',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOTimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((error as Error).message).not.toContain(base);
  });
});
