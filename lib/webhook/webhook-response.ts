/**
 * `WebhookResponse`: the pure builders plus `playAudioAndHangUp` and `playAudioAndTransfer`, which
 * act through the RTCM API (drop-in; lib/compat/README.md).
 */
import { playAudioAndHangUp, playAudioAndTransfer } from './audio';
import { WebhookResponseBuilders } from './reply-builders';

/**
 * The webhook reply builders, and two helpers that play an announcement, then act on the call.
 *
 * @example
 * ```ts
 * server.onNewCall(() => WebhookResponse.redirectCall({ numbers: ['+4915799912345'] }));
 * server.onData((data) => WebhookResponse.playAudioAndHangUp({ announcement: byeUrl }, client, data.callId, 500));
 * ```
 */
export const WebhookResponse = {
  ...WebhookResponseBuilders,
  /**
   * Plays an announcement, then hangs up through the RTCM API once it has played. Without
   * `durationMs` the length is read from the file's header (at most 64 KiB downloaded, within
   * `measureTimeoutMs`); with it nothing is downloaded.
   * @example
   * ```ts
   * WebhookResponse.playAudioAndHangUp({ announcement: url, durationMs: 4000 }, client, callId);
   * ```
   */
  playAudioAndHangUp,
  /**
   * Plays an announcement, then transfers the call through the RTCM API.
   * @example
   * ```ts
   * WebhookResponse.playAudioAndTransfer({ announcement: url, durationMs: 3000 }, { attended: false, phoneNumber: '+4915799912345' }, client, callId);
   * ```
   */
  playAudioAndTransfer,
};
