import nock from 'nock';
import { playAudioAndHangUp, playAudioAndTransfer, SipgateIOValidationError, WebhookResponse } from '../../lib';
import { inspectWav } from '../../lib/webhook/audio';
import { API, isolateNetwork, testClient } from '../helpers/fixtures';

isolateNetwork();

function wav({ channels = 1, sampleRate = 8000, bits = 16, format = 1, seconds = 2 } = {}): Buffer {
  const byteRate = sampleRate * channels * (bits / 8);
  const dataSize = Math.round(byteRate * seconds);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + dataSize, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(format, 20);
  header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(byteRate, 28);
  header.writeUInt16LE(channels * (bits / 8), 32);
  header.writeUInt16LE(bits, 34);
  header.write('data', 36);
  header.writeUInt32LE(dataSize, 40);
  return Buffer.concat([header, Buffer.alloc(dataSize)]);
}

describe('inspectWav', () => {
  it('accepts mono 16-bit PCM at 8 kHz and reports the duration', () => {
    expect(inspectWav(wav({ seconds: 2.5 }))).toMatchObject({ valid: true, problems: [], durationMs: 2500 });
  });
  it('names every problem of a wrong format', () => {
    const info = inspectWav(wav({ channels: 2, sampleRate: 44100, bits: 8 }));
    expect(info.valid).toBe(false);
    expect(info.problems).toEqual(['2 channels instead of mono', '44100 Hz instead of 8000 Hz', '8-bit instead of 16-bit']);
    expect(inspectWav(Buffer.from('ID3 mp3 data here')).problems).toEqual(['not a WAV (RIFF/WAVE) file']);
  });
});

describe('play, then act through RTCM', () => {
  afterEach(() => jest.useRealTimers());

  it('hangs up after the given duration plus extra delay, and not before', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const hangUp = nock(API).delete('/calls/C1').reply(204);
    const play = await playAudioAndHangUp({ announcement: 'https://example.com/bye.wav', durationMs: 3000 }, testClient(), 'C1', 500);
    expect(play).toEqual({ Play: { Url: 'https://example.com/bye.wav' } });
    await jest.advanceTimersByTimeAsync(3_400);
    expect(hangUp.isDone()).toBe(false);
    await jest.advanceTimersByTimeAsync(200); // past 3000 + 500 ms: the hang-up request starts
    jest.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(hangUp.isDone()).toBe(true);
  });

  it('transfers after the duration', async () => {
    const transfer = nock(API).post('/calls/C2/transfer', { attended: false, phoneNumber: '+4915799912345' }).reply(204);
    await playAudioAndTransfer({ announcement: 'https://example.com/hold.wav', durationMs: 20 }, { attended: false, phoneNumber: '+4915799912345' }, testClient(), 'C2');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(transfer.isDone()).toBe(true);
  });

  it('is also available as WebhookResponse members with the established signatures', async () => {
    const hangUp = nock(API).delete('/calls/C4').reply(204);
    const transfer = nock(API).post('/calls/C5/transfer', { attended: true, phoneNumber: '+4915799912345' }).reply(204);
    await expect(WebhookResponse.playAudioAndHangUp({ announcement: 'https://example.com/a.wav', durationMs: 10 }, testClient(), 'C4')).resolves.toEqual({ Play: { Url: 'https://example.com/a.wav' } });
    await WebhookResponse.playAudioAndTransfer({ announcement: 'https://example.com/a.wav', durationMs: 10 }, { attended: true, phoneNumber: '+4915799912345' }, testClient(), 'C5');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hangUp.isDone()).toBe(true);
    expect(transfer.isDone()).toBe(true);
  });

  it('logs a failed hang-up or transfer with the call id and the reason, since nothing is left to throw to', async () => {
    nock(API).delete('/calls/C6').reply(404, { message: 'no such call' });
    nock(API).post('/calls/C7/transfer').reply(404, { message: 'no such call' });
    const errors: Array<[string, Record<string, unknown> | undefined]> = [];
    const client = testClient({ logger: { error: (message, details) => errors.push([message, details]) } });
    await playAudioAndHangUp({ announcement: 'https://example.com/a.wav', durationMs: 10 }, client, 'C6');
    await playAudioAndTransfer({ announcement: 'https://example.com/a.wav', durationMs: 10 }, { attended: false, phoneNumber: '+4915799912345' }, client, 'C7');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(errors).toEqual([
      ['sipgateio-sdk: hang-up after the announcement failed', { callId: 'C6', message: expect.any(String) }],
      ['sipgateio-sdk: transfer after the announcement failed', { callId: 'C7', message: expect.any(String) }],
    ]);
  });

  it('downloads the file only on explicit opt-in, to measure it', async () => {
    await expect(playAudioAndHangUp({ announcement: 'https://example.com/a.wav' }, testClient(), 'C3')).rejects.toBeInstanceOf(SipgateIOValidationError);
    const download = nock('https://example.com').get('/a.wav').reply(200, wav({ seconds: 0.01 }));
    const hangUp = nock(API).delete('/calls/C3').reply(204);
    await playAudioAndHangUp({ announcement: 'https://example.com/a.wav', measureDuration: true }, testClient(), 'C3');
    expect(download.isDone()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hangUp.isDone()).toBe(true);
  });
});
