/**
 * Announcement helpers. Checking a WAV file means downloading it, so nothing here runs unless you
 * call it; the play-then-act helpers download the start of the file only when no `durationMs` is
 * given. Pure (uses `fetch`).
 */
import type { SipgateIOClient } from '../core/client';
import {
  SipgateIOAbortError,
  SipgateIOConnectionError,
  SipgateIOError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
} from '../core/errors';
import { requireHttpUrl, requireInteger } from '../core/internal/validate';
import { playObject, type PlayObject, type PlayOptions } from './reply-builders';

/** What {@link inspectAnnouncement} found. */
export interface AnnouncementInfo {
  /** True when the file is what sipgate plays: WAV, PCM, mono, 16-bit, 8000 Hz. */
  valid: boolean;
  /** Human-readable reasons when not valid. */
  problems: string[];
  channels?: number;
  sampleRate?: number;
  bitsPerSample?: number;
  /** @unit milliseconds */
  durationMs?: number;
}

/**
 * Reads a WAV header.
 *
 * @example
 * ```ts
 * inspectWav(readFileSync('welcome.wav')).valid; // true for mono 16-bit PCM at 8 kHz
 * ```
 */
export function inspectWav(bytes: Uint8Array): AnnouncementInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number): string => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
    return { valid: false, problems: ['not a WAV (RIFF/WAVE) file'] };
  let offset = 12;
  let format:
    { audioFormat: number; channels: number; sampleRate: number; byteRate: number; bitsPerSample: number } | undefined;
  let dataSize: number | undefined;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    if (id === 'fmt ' && offset + 24 <= bytes.length) {
      format = {
        audioFormat: view.getUint16(offset + 8, true),
        channels: view.getUint16(offset + 10, true),
        sampleRate: view.getUint32(offset + 12, true),
        byteRate: view.getUint32(offset + 16, true),
        bitsPerSample: view.getUint16(offset + 22, true),
      };
    } else if (id === 'data') {
      dataSize = size;
      break;
    }
    offset += 8 + size + (size % 2);
  }
  if (!format) return { valid: false, problems: ['the WAV file has no fmt chunk'] };
  const problems: string[] = [];
  if (format.audioFormat !== 1) problems.push('not PCM');
  if (format.channels !== 1) problems.push(`${format.channels} channels instead of mono`);
  if (format.sampleRate !== 8000) problems.push(`${format.sampleRate} Hz instead of 8000 Hz`);
  if (format.bitsPerSample !== 16) problems.push(`${format.bitsPerSample}-bit instead of 16-bit`);
  const durationMs =
    dataSize !== undefined && format.byteRate > 0 ? Math.round((dataSize / format.byteRate) * 1000) : undefined;
  return {
    valid: problems.length === 0,
    problems,
    channels: format.channels,
    sampleRate: format.sampleRate,
    bitsPerSample: format.bitsPerSample,
    durationMs,
  };
}

/** The most of an announcement read to inspect it: its header sits in the first few hundred bytes. */
export const ANNOUNCEMENT_HEAD_BYTES = 64 * 1024;
/** How long inspecting an announcement may take by default: a caller is waiting on the line. */
export const DEFAULT_MEASURE_TIMEOUT_MS = 5_000;
/** Fixed refusal text for an announcement sipgate cannot play (lib/compat/README.md). */
const AUDIO_FORMAT_TEXT = 'Invalid audio format. Please use 16bit PCM WAVE mono audio at 8kHz.';

/**
 * Reads the start of a response body, at most `limit` bytes, and stops as soon as `enough` says
 * so; the rest is never downloaded (the connection is cancelled). `enough` runs when the bytes
 * read have doubled since it last ran, so a server that dribbles one byte at a time costs
 * logarithmically many checks, not one per byte.
 */
async function readHead(
  response: Response,
  limit: number,
  enough: (bytes: Uint8Array) => boolean,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer()).subarray(0, limit);
  const reader = response.body.getReader();
  const buffer = new Uint8Array(limit);
  let length = 0;
  let nextCheck = 44; // the size of a canonical WAV header
  try {
    while (length < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      const take = Math.min(value.length, limit - length);
      buffer.set(value.subarray(0, take), length);
      length += take;
      if (length >= nextCheck) {
        if (enough(buffer.subarray(0, length))) break;
        nextCheck = length * 2;
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  return buffer.subarray(0, length);
}

/**
 * Downloads the start of an announcement (at most its first 64 KiB, within
 * `timeoutMs`) and checks it is a mono 16-bit PCM WAV at 8 kHz; reports its duration. This and
 * the play-then-act helpers without `durationMs` are the only places the SDK fetches an
 * announcement. Errors name no URL (it may carry a token).
 *
 * @param options.timeoutMs how long the download may take. @default 5000 @unit milliseconds
 * @throws {SipgateIOTimeoutError} when the server does not deliver the header in time.
 * @throws {SipgateIOConnectionError} when the server cannot be reached.
 * @throws {SipgateIOValidationError} when it answers with an HTTP error.
 * @example
 * ```ts
 * const info = await inspectAnnouncement('https://example.com/welcome.wav');
 * if (!info.valid) console.warn(info.problems.join(', '));
 * ```
 */
export async function inspectAnnouncement(
  url: string,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<AnnouncementInfo> {
  const target = requireHttpUrl(url, 'announcement');
  const timeoutMs = requireInteger(options.timeoutMs ?? DEFAULT_MEASURE_TIMEOUT_MS, 'timeoutMs', 1);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forwardAbort = (): void => controller.abort();
  options.signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    const response = await fetch(target, { signal: controller.signal, redirect: 'follow' });
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      throw new SipgateIOValidationError('announcement', `could not be downloaded (HTTP ${response.status}).`);
    }
    // Enough once the header is read: a verdict without a duration, or one with it.
    const head = await readHead(response, ANNOUNCEMENT_HEAD_BYTES, (bytes) => {
      const info = inspectWav(bytes);
      return (
        info.durationMs !== undefined || (bytes.length >= 12 && info.problems.includes('not a WAV (RIFF/WAVE) file'))
      );
    });
    return inspectWav(head);
  } catch (error) {
    if (error instanceof SipgateIOError) throw error;
    if (timedOut)
      throw new SipgateIOTimeoutError(
        `The announcement was not downloaded within ${timeoutMs} ms, so its length could not be measured.`,
      );
    if (options.signal?.aborted) throw new SipgateIOAbortError('Downloading the announcement was aborted.');
    throw new SipgateIOConnectionError(
      'Could not download the announcement to measure it: check its URL and that the server is reachable.',
      { sent: true },
    );
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', forwardAbort);
  }
}

/** Options of the play-then-act helpers. */
export interface PlayThenOptions extends PlayOptions {
  /**
   * How long the audio plays. Without it the SDK downloads the start of the file once and reads
   * the length from its header.
   * @unit milliseconds
   */
  durationMs?: number;
  /**
   * Set `false` to forbid the download: then `durationMs` is required. Downloading is what
   * happens by default when `durationMs` is missing.
   */
  measureDuration?: boolean;
  /**
   * How long measuring may take before the call fails with `SipgateIOTimeoutError`.
   * @default 5000
   * @unit milliseconds
   */
  measureTimeoutMs?: number;
}

async function playDuration(options: PlayThenOptions): Promise<number> {
  if (options.durationMs !== undefined) return requireInteger(options.durationMs, 'durationMs', 0);
  if (options.measureDuration === false) {
    throw new SipgateIOValidationError(
      'durationMs',
      'give the audio length in ms, or leave out measureDuration: false to let the SDK download the file and measure it.',
    );
  }
  const info = await inspectAnnouncement(options.announcement, { timeoutMs: options.measureTimeoutMs });
  if (!info.valid)
    throw new SipgateIOValidationError(
      'announcement',
      `is not what sipgate plays: ${info.problems.join(', ')}.`,
      AUDIO_FORMAT_TEXT,
    );
  if (info.durationMs === undefined)
    throw new SipgateIOValidationError('announcement', 'its duration could not be read from the WAV header.');
  return info.durationMs;
}

async function loadRtcm(client: SipgateIOClient) {
  // Loaded on first use so that the webhook path does not pull in the REST modules at import.
  const { createRTCMModule } = await import('../resources/rtcm');
  return createRTCMModule(client);
}

/**
 * Plays an announcement, then hangs up through the RTCM API once it has played. Without
 * `durationMs` the length is measured from the file's header first (see {@link inspectAnnouncement}).
 *
 * @param extraDelayMs added to the duration before hanging up. @default 0
 * @throws {SipgateIOValidationError} for a file sipgate cannot play (`Invalid audio format…`).
 * @throws {SipgateIOTimeoutError} when measuring takes longer than `measureTimeoutMs`.
 * @example
 * ```ts
 * server.onNewCall((call) => playAudioAndHangUp({ announcement: 'https://example.com/bye.wav', durationMs: 4000 }, client, call.callId));
 * ```
 */
export async function playAudioAndHangUp(
  options: PlayThenOptions,
  client: SipgateIOClient,
  callId: string,
  extraDelayMs = 0,
): Promise<PlayObject> {
  const play = playObject(options);
  const delay = (await playDuration(options)) + requireInteger(extraDelayMs, 'extraDelayMs', 0);
  const rtcm = await loadRtcm(client);
  setTimeout(() => {
    rtcm.hangUp(callId).catch((error: unknown) =>
      client.logger.error('sipgateio-sdk: hang-up after the announcement failed', {
        callId,
        message: (error as Error)?.message,
      }),
    );
  }, delay).unref?.();
  return play;
}

/**
 * Plays an announcement, then transfers the call through the RTCM API once it has played.
 *
 * @example
 * ```ts
 * server.onNewCall((call) =>
 *   playAudioAndTransfer({ announcement: 'https://example.com/hold.wav', durationMs: 3000 }, { attended: false, phoneNumber: '+4915799912345' }, client, call.callId));
 * ```
 */
export async function playAudioAndTransfer(
  options: PlayThenOptions,
  transfer: { attended: boolean; phoneNumber: string; callerId?: string },
  client: SipgateIOClient,
  callId: string,
  extraDelayMs = 0,
): Promise<PlayObject> {
  const play = playObject(options);
  const delay = (await playDuration(options)) + requireInteger(extraDelayMs, 'extraDelayMs', 0);
  const rtcm = await loadRtcm(client);
  setTimeout(() => {
    rtcm.transfer(callId, transfer).catch((error: unknown) =>
      client.logger.error('sipgateio-sdk: transfer after the announcement failed', {
        callId,
        message: (error as Error)?.message,
      }),
    );
  }, delay).unref?.();
  return play;
}
