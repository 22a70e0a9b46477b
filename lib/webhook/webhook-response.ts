/**
 * `WebhookResponse` as the established library shapes it: the pure builders plus
 * `playAudioAndHangUp` and `playAudioAndTransfer`, which act through the RTCM API.
 */
import { playAudioAndHangUp, playAudioAndTransfer } from './audio';
import { WebhookResponseBuilders } from './reply-builders';

/**
 * The response builders, named as in the established library.
 *
 * @example
 * ```ts
 * server.onNewCall(() => WebhookResponse.redirectCall({ numbers: ['+4915799912345'] }));
 * server.onData((data) => WebhookResponse.playAudioAndHangUp({ announcement: byeUrl, durationMs: 3000 }, client, data.callId));
 * ```
 */
export const WebhookResponse = {
  ...WebhookResponseBuilders,
  /**
   * Plays an announcement, then hangs up through the RTCM API. Give `durationMs`, or opt in to
   * `measureDuration: true`: unlike the established library, the SDK never downloads the file on
   * its own.
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
