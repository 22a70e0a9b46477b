/**
 * Announcement helpers. Checking a WAV file means downloading it, so nothing here runs unless you
 * call it: the SDK never fetches announcement URLs on its own. Pure (uses `fetch`).
 */
import type { SipgateIOClient } from '../core/client';
import { SipgateIOValidationError } from '../core/errors';
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
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return { valid: false, problems: ['not a WAV (RIFF/WAVE) file'] };
  let offset = 12;
  let format: { audioFormat: number; channels: number; sampleRate: number; byteRate: number; bitsPerSample: number } | undefined;
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
  const durationMs = dataSize !== undefined && format.byteRate > 0 ? Math.round((dataSize / format.byteRate) * 1000) : undefined;
  return { valid: problems.length === 0, problems, channels: format.channels, sampleRate: format.sampleRate, bitsPerSample: format.bitsPerSample, durationMs };
}

/**
 * Downloads an announcement and checks it is a mono 16-bit PCM WAV at 8 kHz; reports its duration.
 * This is the only place the SDK fetches an announcement, and only when you call it.
 *
 * @example
 * ```ts
 * const info = await inspectAnnouncement('https://example.com/welcome.wav');
 * if (!info.valid) console.warn(info.problems.join(', '));
 * ```
 */
export async function inspectAnnouncement(url: string, options: { signal?: AbortSignal } = {}): Promise<AnnouncementInfo> {
  const response = await fetch(requireHttpUrl(url, 'announcement'), { signal: options.signal });
  if (!response.ok) throw new SipgateIOValidationError('announcement', `could not be downloaded (HTTP ${response.status}).`);
  return inspectWav(new Uint8Array(await response.arrayBuffer()));
}

/** Options of the play-then-act helpers. */
export interface PlayThenOptions extends PlayOptions {
  /** How long the audio plays. Give it, or opt in to `measureDuration`. @unit milliseconds */
  durationMs?: number;
  /** Download the WAV once to measure its duration (explicit opt-in to a network request). */
  measureDuration?: boolean;
}

async function playDuration(options: PlayThenOptions): Promise<number> {
  if (options.durationMs !== undefined) return requireInteger(options.durationMs, 'durationMs', 0);
  if (options.measureDuration) {
    const info = await inspectAnnouncement(options.announcement);
    if (info.durationMs === undefined) throw new SipgateIOValidationError('announcement', `its duration could not be read: ${info.problems.join(', ')}`);
    return info.durationMs;
  }
  throw new SipgateIOValidationError('durationMs', 'give the audio length in ms, or set measureDuration: true to download the file and measure it.');
}

async function loadRtcm(client: SipgateIOClient) {
  // Loaded on first use so that the webhook path does not pull in the REST modules at import.
  const { createRTCMModule } = await import('../resources/rtcm');
  return createRTCMModule(client);
}

/**
 * The play object at once (checked before anything is scheduled), and `act` once it has played.
 * The webhook has been answered by then, so a failure of `act` can only be logged.
 */
async function playThen(
  options: PlayThenOptions,
  client: SipgateIOClient,
  callId: string,
  extraDelayMs: number,
  act: (rtcm: Awaited<ReturnType<typeof loadRtcm>>) => Promise<unknown>,
  failureLog: string,
): Promise<PlayObject> {
  const play = playObject(options);
  const delay = (await playDuration(options)) + requireInteger(extraDelayMs, 'extraDelayMs', 0);
  const rtcm = await loadRtcm(client);
  setTimeout(() => {
    act(rtcm).catch((error: unknown) => client.logger.error(failureLog, { callId, message: (error as Error)?.message }));
  }, delay).unref?.();
  return play;
}

/**
 * Plays an announcement, then hangs up through the RTCM API once it has played.
 *
 * @param extraDelayMs added to the duration before hanging up. @default 0
 * @example
 * ```ts
 * server.onNewCall((call) => playAudioAndHangUp({ announcement: 'https://example.com/bye.wav', durationMs: 4000 }, client, call.callId));
 * ```
 */
export async function playAudioAndHangUp(options: PlayThenOptions, client: SipgateIOClient, callId: string, extraDelayMs = 0): Promise<PlayObject> {
  return playThen(options, client, callId, extraDelayMs, (rtcm) => rtcm.hangUp(callId), 'sipgateio-sdk: hang-up after the announcement failed');
}

/**
 * Plays an announcement, then transfers the call through the RTCM API once it has played.
 * Arguments in the established library's order.
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
  return playThen(options, client, callId, extraDelayMs, (rtcm) => rtcm.transfer(callId, transfer), 'sipgateio-sdk: transfer after the announcement failed');
}
