/**
 * sipgate.io webhook events and their parser. Pure: no Node built-ins, safe in any runtime.
 */
import { decodeFormGroups, toWellFormed } from './form';
import { SipgateIOError } from '../core/errors';

/** The `event` parameter of a webhook. */
export enum EventType {
  NEW_CALL = 'newCall',
  ANSWER = 'answer',
  HANGUP = 'hangup',
  DATA = 'dtmf',
}

/** Call direction from sipgate's point of view (also exported as `Direction`). */
export enum WebhookDirection {
  IN = 'in',
  OUT = 'out',
}

/** Same as {@link WebhookDirection}. */
export { WebhookDirection as Direction };

/** Why a call ended. */
export enum HangUpCause {
  NORMAL_CLEARING = 'normalClearing',
  BUSY = 'busy',
  CANCEL = 'cancel',
  NO_ANSWER = 'noAnswer',
  CONGESTION = 'congestion',
  NOT_FOUND = 'notFound',
  FORWARDED = 'forwarded',
}

/** Fields every webhook event has. */
export interface CallEventBase {
  /** The call's id; empty in some of sipgate's newCall events. */
  callId: string;
  /** Identifies the call across transfers (`origCallId`, or `originalCallId` from some senders); `''` when not sent. */
  originalCallId: string;
}

/** Fields every call event (newCall, answer, hangup) has. */
export interface CallPartiesBase extends CallEventBase {
  /** `''` when not sent. */
  xcid: string;
}

/** A call starts ringing. */
export interface NewCallEvent extends CallPartiesBase {
  event: EventType.NEW_CALL;
  /** Calling number, or `anonymous`. */
  from: string;
  to: string;
  direction: WebhookDirection;
  /** Names of the sipgate users involved. */
  users: string[];
  /** Ids of the users involved (`w0`). */
  userIds: string[];
  /** Full ids of the users involved (`1234567w0`). */
  fullUserIds: string[];
  /** Same as `users`. */
  user: string[];
  /** Same as `userIds`. */
  userId: string[];
  /** Same as `fullUserIds`. */
  fullUserId: string[];
  /** The originally dialled number when the call was diverted before reaching sipgate. */
  diversion?: string;
}

/** Someone answered (sent only when the newCall reply subscribed with `onAnswer`). */
export interface AnswerEvent extends CallPartiesBase {
  event: EventType.ANSWER;
  from: string;
  to: string;
  direction: WebhookDirection;
  answeringNumber: string;
  user?: string;
  userId?: string;
  fullUserId?: string;
  diversion?: string;
}

/** The call ended (sent only when the newCall reply subscribed with `onHangup`). */
export interface HangUpEvent extends CallPartiesBase {
  event: EventType.HANGUP;
  cause: HangUpCause;
  from: string;
  to: string;
  direction: WebhookDirection;
  /** `''` when nobody answered. */
  answeringNumber: string;
  diversion?: string;
}

/** The digits a Gather collected. */
export interface DataEvent extends CallEventBase {
  event: EventType.DATA;
  /** The digits as a string (leading zeros kept); empty when nothing was pressed. */
  dtmf: string;
}

/** Any webhook event. */
export type WebhookEvent = NewCallEvent | AnswerEvent | HangUpEvent | DataEvent;

/** The webhook body could not be understood. */
export class SipgateIOWebhookParseError extends SipgateIOError {
  override name = 'SipgateIOWebhookParseError';
  constructor(message: string) {
    super(message, 'validation');
  }
}

/** The most parameters and bytes a webhook body may hold: sipgate sends a few dozen. */
const MAX_PARAMETERS = 1_000;
const KNOWN_EVENTS = new Set<string>(Object.values(EventType));
const DIRECTIONS = new Set<string>(Object.values(WebhookDirection));
const CAUSES = new Set<string>(Object.values(HangUpCause));

/**
 * Decodes an x-www-form-urlencoded body into values grouped by name. `user[]=A`, indexed
 * `user[][0]=A` / `user[0]=A` and a plain `user=A` all add to `user`. Values go into a Map, so
 * keys like `__proto__` or `constructor` are inert.
 */
function decodeForm(body: string): Map<string, string[]> {
  const params = decodeFormGroups(body, MAX_PARAMETERS);
  if (!params) throw new SipgateIOWebhookParseError(`The webhook body has more than ${MAX_PARAMETERS} parameters.`);
  return params;
}

// One non-fatal decoder for every request (invalid UTF-8 becomes U+FFFD instead of throwing);
// creating one per request costs about three times the decoding itself.
const utf8 = new TextDecoder('utf-8', { fatal: false });

function toText(rawBody: string | Uint8Array | ArrayBuffer): string {
  return typeof rawBody === 'string' ? toWellFormed(rawBody) : utf8.decode(rawBody);
}

/**
 * Parses a raw webhook body (as received, before any body parser) into a typed event.
 *
 * Numbers (`from`, `to`, `answeringNumber`, `diversion`) come with their leading `+`; `callId`
 * may be empty, as sipgate sends it in some newCall events.
 *
 * @throws {SipgateIOWebhookParseError} when `event` is missing or unknown.
 * @example
 * ```ts
 * const event = parseWebhookEvent('event=dtmf&callId=123&dtmf=007');
 * if (event.event === EventType.DATA) console.log(event.dtmf); // '007'
 * ```
 */
export function parseWebhookEvent(rawBody: string | Uint8Array | ArrayBuffer): WebhookEvent {
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array) && !(rawBody instanceof ArrayBuffer)) {
    throw new SipgateIOWebhookParseError('Pass the raw request body (string or bytes), not a parsed object.');
  }
  const params = decodeForm(toText(rawBody));
  const one = (name: string): string | undefined => params.get(name)?.[0];
  const text = (name: string): string => one(name) ?? '';
  const number = (name: string): string => asNumber(one(name) ?? '');
  const all = (name: string): string[] => (params.get(name) ?? []).slice();

  const event = one('event');
  if (event === undefined || event === '')
    throw new SipgateIOWebhookParseError('The webhook body has no "event" parameter.');
  if (!KNOWN_EVENTS.has(event)) {
    throw new SipgateIOWebhookParseError(
      'The webhook body has an unknown "event"; expected newCall, answer, hangup or dtmf.',
    );
  }
  // sipgate's own newCall arrives with an empty callId (see the real signed sample): lenient on what sipgate sends.
  const callId = one('callId') ?? '';
  const directionText = text('direction');
  const direction = (DIRECTIONS.has(directionText) ? directionText : WebhookDirection.IN) as WebhookDirection;

  // Plain literals and assignments, not spreads of computed keys: V8 builds these several times
  // faster, and this runs for every webhook.
  const originalCallId = one('origCallId') ?? one('originalCallId') ?? '';
  let parsed: WebhookEvent;
  switch (event as EventType) {
    case EventType.NEW_CALL: {
      const users = all('user');
      const userIds = all('userId');
      const fullUserIds = all('fullUserId');
      parsed = {
        callId,
        originalCallId,
        xcid: text('xcid'),
        event: EventType.NEW_CALL,
        from: number('from'),
        to: number('to'),
        direction,
        users,
        userIds,
        fullUserIds,
        user: users.slice(),
        userId: userIds.slice(),
        fullUserId: fullUserIds.slice(),
      };
      setIfPresent(parsed, 'diversion', optionalNumber(one('diversion')));
      break;
    }
    case EventType.ANSWER:
      parsed = {
        callId,
        originalCallId,
        xcid: text('xcid'),
        event: EventType.ANSWER,
        from: number('from'),
        to: number('to'),
        direction,
        answeringNumber: number('answeringNumber'),
      };
      setIfPresent(parsed, 'user', one('user'));
      setIfPresent(parsed, 'userId', one('userId'));
      setIfPresent(parsed, 'fullUserId', one('fullUserId'));
      setIfPresent(parsed, 'diversion', optionalNumber(one('diversion')));
      break;
    case EventType.HANGUP:
      parsed = {
        callId,
        originalCallId,
        xcid: text('xcid'),
        event: EventType.HANGUP,
        cause: (CAUSES.has(text('cause')) ? text('cause') : HangUpCause.NORMAL_CLEARING) as HangUpCause,
        from: number('from'),
        to: number('to'),
        direction,
        answeringNumber: number('answeringNumber'),
      };
      setIfPresent(parsed, 'diversion', optionalNumber(one('diversion')));
      break;
    default:
      parsed = { callId, originalCallId, event: EventType.DATA, dtmf: text('dtmf') };
  }
  return parsed;
}

/**
 * sipgate sends numbers without their `+` (`4915799912345`); events carry them in E.164 with it.
 * `anonymous`, an empty value and a number that already has its `+` stay as they are.
 */
function asNumber(value: string): string {
  return value === '' || value === 'anonymous' || value.startsWith('+') ? value : `+${value}`;
}

function optionalNumber(value: string | undefined): string | undefined {
  return value === undefined ? undefined : asNumber(value);
}

function setIfPresent<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}
