/**
 * Builders for the XML a webhook answers with. Each returns a plain object in xml-js's compact
 * form (drop-in; lib/compat/README.md); `renderWebhookResponse` turns it into XML. Pure: safe in
 * any runtime.
 */
import { SipgateIOValidationError } from '../core/errors';
import { requireBoolean, requireHttpUrl, requireInteger } from '../core/internal/validate';
import { withEstablishedText } from '../compat/established-messages';
import { renderXml, type CompactElement } from './xml';

export type { CompactElement, CompactNode } from './xml';

/** Why a call is rejected. */
export enum RejectReason {
  BUSY = 'busy',
  REJECTED = 'rejected',
}

/** Options of `WebhookResponse.redirectCall`. */
export interface RedirectOptions {
  /** 1 to 5 target numbers (E.164, with or without `+`). */
  numbers: string[];
  /** Hide the caller's number. */
  anonymous?: boolean;
  /** The number to display to the targets. */
  callerId?: string;
}
/** Options of `WebhookResponse.rejectCall`. */
export interface RejectOptions {
  reason: RejectReason;
}
/** Options of `WebhookResponse.playAudio`. */
export interface PlayOptions {
  /** Absolute http(s) URL of a WAV file: mono, 16-bit PCM, 8 kHz. */
  announcement: string;
}
/** Options of `WebhookResponse.gatherDTMF`. */
export interface GatherOptions {
  /** Played while waiting for digits. */
  announcement?: string;
  /** Digits to collect (>= 1). */
  maxDigits: number;
  /** How long to wait for input, in milliseconds (>= 0). @unit milliseconds */
  timeout: number;
}

/** The reply that redirects a call (`<Dial><Number>…`). */
export type RedirectObject = { Dial: { _attributes: { callerId?: string; anonymous?: string }; Number: string[] } };
/** The reply that sends a call to voicemail (`<Dial><Voicemail/>`). */
export type VoicemailObject = { Dial: { Voicemail: CompactElement } };
/** The reply that rejects a call (`<Reject reason=…/>`). */
export type RejectObject = { Reject: { _attributes: { reason?: string } } };
/** The reply that plays an announcement (`<Play><Url>…`). */
export type PlayObject = { Play: { Url: string } };
/** The reply that collects DTMF digits (`<Gather onData=…>`). */
export type GatherObject = {
  Gather: { _attributes: { onData?: string; maxDigits?: string; timeout?: string }; Play?: { Url: string } };
};
/** The reply that hangs up (`<Hangup/>`). */
export type HangUpObject = { Hangup: CompactElement };
/** Anything a newCall or dtmf handler may return. */
export type ResponseObject = RedirectObject | VoicemailObject | RejectObject | PlayObject | GatherObject | HangUpObject;

/** Fixed refusal texts (lib/compat/README.md). */
const DTMF_TEXTS = {
  maxDigits: 'Invalid DTMF maxDigits. The max digits should be equal or greater than 1',
  timeout: 'Invalid DTMF timeout. The timeout should be equal or greater than 0',
} as const;

/** The most targets sipgate dials for one redirect. */
export const MAX_REDIRECT_NUMBERS = 5;

function redirectNumber(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new SipgateIOValidationError(field, 'must be a phone number string.');
  const compact = value.replace(/[\s()./-]/g, '');
  // The webhook path avoids libphonenumber-js (cold starts); E.164 shape is what sipgate needs here.
  if (!/^\+?[1-9]\d{5,14}$/.test(compact)) {
    throw new SipgateIOValidationError(
      field,
      'must be a phone number in E.164 form, e.g. +4915799912345 or 4915799912345.',
    );
  }
  return compact;
}

/** Builds the Play reply; `WebhookResponse.playAudio` and the announcement helpers share it. */
export function playObject(options: PlayOptions): PlayObject {
  return { Play: { Url: requireHttpUrl(options?.announcement, 'announcement') } };
}

/**
 * The pure response builders. The npm builds export `WebhookResponse` from
 * `webhook-response.ts`, which adds `playAudioAndHangUp` and `playAudioAndTransfer` (they act
 * through the RTCM API); the CDN bundle exports these builders alone.
 *
 * @example
 * ```ts
 * server.onNewCall(() => WebhookResponse.redirectCall({ numbers: ['+4915799912345'] }));
 * ```
 */
export const WebhookResponseBuilders = {
  /**
   * Redirects the call to up to five numbers.
   * @example
   * ```ts
   * WebhookResponse.redirectCall({ numbers: ['+4915799912345'], anonymous: true });
   * ```
   */
  redirectCall(options: RedirectOptions): RedirectObject {
    const numbers = options?.numbers;
    if (!Array.isArray(numbers) || numbers.length < 1 || numbers.length > MAX_REDIRECT_NUMBERS) {
      throw new SipgateIOValidationError('numbers', `must list 1 to ${MAX_REDIRECT_NUMBERS} phone numbers.`);
    }
    const attributes: RedirectObject['Dial']['_attributes'] = {};
    if (options.callerId !== undefined) attributes.callerId = redirectNumber(options.callerId, 'callerId');
    if (options.anonymous !== undefined) attributes.anonymous = String(requireBoolean(options.anonymous, 'anonymous'));
    return { Dial: { _attributes: attributes, Number: numbers.map((n, i) => redirectNumber(n, `numbers[${i}]`)) } };
  },
  /**
   * Sends the call to voicemail.
   * @example
   * ```ts
   * WebhookResponse.sendToVoicemail();
   * ```
   */
  sendToVoicemail(): VoicemailObject {
    return { Dial: { Voicemail: {} } };
  },
  /**
   * Rejects the call.
   * @example
   * ```ts
   * WebhookResponse.rejectCall({ reason: RejectReason.BUSY });
   * ```
   */
  rejectCall(options: RejectOptions = { reason: RejectReason.REJECTED }): RejectObject {
    const reason = options?.reason ?? RejectReason.REJECTED;
    if (reason !== RejectReason.BUSY && reason !== RejectReason.REJECTED) {
      throw new SipgateIOValidationError('reason', 'must be "busy" or "rejected".');
    }
    return { Reject: { _attributes: { reason } } };
  },
  /**
   * Plays a WAV file; the call continues afterwards.
   * @example
   * ```ts
   * WebhookResponse.playAudio({ announcement: 'https://example.com/welcome.wav' });
   * ```
   */
  playAudio(options: PlayOptions): PlayObject {
    return playObject(options);
  },
  /**
   * Collects DTMF digits; sipgate posts them to your server as a `dtmf` event.
   * @example
   * ```ts
   * WebhookResponse.gatherDTMF({ announcement: 'https://example.com/menu.wav', maxDigits: 1, timeout: 5000 });
   * ```
   */
  gatherDTMF(options: GatherOptions): GatherObject {
    const maxDigits = withEstablishedText(DTMF_TEXTS.maxDigits, () =>
      requireInteger(options?.maxDigits, 'maxDigits', 1),
    );
    const timeout = withEstablishedText(DTMF_TEXTS.timeout, () => requireInteger(options?.timeout, 'timeout', 0));
    const gather: GatherObject['Gather'] = { _attributes: { maxDigits: String(maxDigits), timeout: String(timeout) } };
    if (options.announcement !== undefined) gather.Play = { Url: requireHttpUrl(options.announcement, 'announcement') };
    return { Gather: gather };
  },
  /**
   * Hangs up.
   * @example
   * ```ts
   * WebhookResponse.hangUpCall();
   * ```
   */
  hangUpCall(): HangUpObject {
    return { Hangup: {} };
  },
};

/** Where sipgate should send follow-up events for this call. */
export interface ResponseContext {
  /** Sets `onAnswer` on `<Response>`. */
  onAnswer?: string;
  /** Sets `onHangup` on `<Response>`. */
  onHangup?: string;
  /** Used as `onData` of a Gather that has none. */
  onData?: string;
}

/**
 * Renders a response object (or none, letting the call proceed) as sipgate's XML.
 *
 * @example
 * ```ts
 * renderWebhookResponse(WebhookResponse.hangUpCall());
 * // '<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>'
 * ```
 */
export function renderWebhookResponse(
  response: ResponseObject | void | null | undefined,
  context: ResponseContext = {},
): string {
  const root: CompactElement = {};
  const attributes: Record<string, string> = {};
  if (context.onAnswer) attributes.onAnswer = context.onAnswer;
  if (context.onHangup) attributes.onHangup = context.onHangup;
  if (Object.keys(attributes).length > 0) root._attributes = attributes;
  if (Array.isArray(response))
    throw new TypeError("The webhook reply is an array; return one WebhookResponse builder's result (or nothing).");
  if (response && typeof response === 'object') {
    for (const [name, value] of Object.entries(response)) {
      if (name === 'Gather' && context.onData) {
        const gather = value as GatherObject['Gather'];
        root.Gather = {
          ...gather,
          _attributes: { onData: context.onData, ...gather._attributes },
        };
      } else {
        root[name] = value as CompactElement;
      }
    }
  }
  return renderXml('Response', root);
}
