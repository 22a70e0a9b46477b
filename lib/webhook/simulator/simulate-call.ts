/**
 * A local call simulator: plays sipgate's side of a call against any webhook URL, so an app can
 * be tried and tested with no account and no network beyond the machine. It sends a signed
 * newCall, follows the XML answers (DTMF to `onData`, `answer` to `onAnswer`, `hangup` to
 * `onHangup`) and records a readable transcript. Node-only.
 */
import { randomUUID } from 'node:crypto';
import {
  SipgateIOConnectionError,
  SipgateIOInvalidResponseError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
} from '../../core/errors';
import { readBodyUpTo } from '../../core/internal/read-body';
import { connectionError, networkErrorCode } from '../../core/internal/connection-error';
import { requireHttpUrl } from '../../core/internal/validate';
import { signWebhookBody } from '../node/sign';
import { parseWebhookXml, type ParsedElement } from './xml-reader';

/**
 * The largest answer the simulator reads from an app: 1 MiB. A webhook's XML reply is a few
 * hundred bytes; anything near this is not an answer, and is not read into memory.
 */
export const MAX_SIMULATOR_ANSWER_BYTES = 1024 * 1024;

/** What to simulate. */
export interface SimulateCallOptions {
  /** The webhook URL to call (the app's incoming URL). */
  url: string;
  /** Private key (PEM) matching the public key the app verifies with. */
  privateKey: string;
  /** Caller number. @default '4915799912345' */
  from?: string;
  /** Called number. @default '4921100000000' */
  to?: string;
  direction?: 'in' | 'out';
  /** Users the call rings for. @default ['Alice'] */
  users?: string[];
  /** Digits to press, one entry per Gather (e.g. ['1'] or ['', '2'] for "nothing, then 2"). */
  digits?: string[];
  /** Whether the callee picks up when the call is redirected or proceeds. @default true */
  answer?: boolean;
  /** Most steps to follow before giving up (guards against IVR loops). @default 20 */
  maxSteps?: number;
  /** Receives each transcript line as it happens (e.g. `console.log`). */
  log?: (line: string) => void;
  /** Per-request timeout. @default 5000 @unit milliseconds */
  timeout?: number;
  /**
   * Other origins (`https://app.example.com`) the simulator may post follow-up events to when the
   * app's replies name them in `onAnswer`, `onHangup` or `onData`. By default it stays on the
   * origin of `url`, the server it simulates, so a reply cannot send it anywhere else.
   */
  allowedOrigins?: string[];
}

/** One request the simulator sent and what came back. */
export interface SimulatedStep {
  event: 'newCall' | 'dtmf' | 'answer' | 'hangup';
  url: string;
  status: number;
  body: string;
}

/** How the simulated call ended. */
export type SimulatedOutcome = 'redirected' | 'voicemail' | 'rejected' | 'hungUp' | 'proceeded' | 'failed' | 'maxSteps';

/** The result of a simulated call. */
export interface SimulatedCall {
  callId: string;
  outcome: SimulatedOutcome;
  /** Numbers the call was redirected to, when redirected. */
  redirectedTo?: string[];
  steps: SimulatedStep[];
  transcript: string[];
}

/**
 * Simulates one call against a webhook URL and returns the transcript.
 *
 * @example
 * ```ts
 * const keys = generateWebhookTestKeyPair();
 * // … start your app with publicKey: keys.publicKey …
 * const call = await simulateCall({ url: 'http://localhost:8080/webhook', privateKey: keys.privateKey, digits: ['1'], log: console.log });
 * expect(call.outcome).toBe('voicemail');
 * ```
 */
export async function simulateCall(options: SimulateCallOptions): Promise<SimulatedCall> {
  const url = requireHttpUrl(options?.url, 'url');
  if (typeof options.privateKey !== 'string' || !options.privateKey.includes('PRIVATE KEY')) {
    throw new SipgateIOValidationError('privateKey', 'must be a PEM private key (see generateWebhookTestKeyPair()).');
  }
  const from = options.from ?? '4915799912345';
  const to = options.to ?? '4921100000000';
  const direction = options.direction ?? 'in';
  const users = options.users ?? ['Alice'];
  const digits = [...(options.digits ?? [])];
  const maxSteps = options.maxSteps ?? 20;
  const timeout = options.timeout ?? 5_000;
  const callId = randomUUID().replace(/-/g, '').slice(0, 20).toUpperCase();
  const transcript: string[] = [];
  const steps: SimulatedStep[] = [];
  const say = (line: string): void => {
    transcript.push(line);
    options.log?.(line);
  };
  const common = { from, to, direction, callId, origCallId: callId, xcid: `x${callId}` };

  const origins = new Set([
    new URL(url).origin,
    ...(options.allowedOrigins ?? []).map(
      (origin, i) => new URL(requireHttpUrl(origin, `allowedOrigins[${i}]`)).origin,
    ),
  ]);
  const post = async (
    event: SimulatedStep['event'],
    target: string,
    params: Array<[string, string]>,
  ): Promise<SimulatedStep> => {
    let targetUrl: URL;
    try {
      targetUrl = new URL(target);
    } catch {
      throw new SipgateIOValidationError(`${event} URL`, "in the app's reply is not an absolute URL.");
    }
    if (!origins.has(targetUrl.origin)) {
      throw new SipgateIOValidationError(
        `${event} URL`,
        `in the app's reply points at ${targetUrl.origin}, not at the simulated server ${new URL(url).origin}; the simulator stays there unless that origin is in allowedOrigins.`,
      );
    }
    const body = new URLSearchParams([['event', event], ...params]).toString();
    const where = { method: 'POST', path: targetUrl.pathname };
    // Errors name the host and path only: the query and a redirect's Location may carry anything.
    const failed = (error: unknown, reading: boolean): Error => {
      const name = (error as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        return new SipgateIOTimeoutError(
          `The ${event} request to ${targetUrl.host} got no ${reading ? 'complete ' : ''}answer within ${timeout} ms.`,
          where,
        );
      }
      if (reading) {
        const code = networkErrorCode(error);
        return new SipgateIOConnectionError(
          `The app at ${targetUrl.host} broke off its answer to the ${event} request${code ? ` (${code})` : ''}.`,
          { ...where, sent: true },
        );
      }
      return connectionError(error, {
        host: targetUrl.host,
        doing: `the ${event} request`,
        hint: 'is the app running?',
        ...where,
      });
    };
    let response: Response;
    // One deadline for the whole exchange, answer included: an app that stops half-way is a timeout too.
    const signal = AbortSignal.timeout(timeout);
    try {
      response = await fetch(targetUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Sipgate-Signature': signWebhookBody(body, options.privateKey),
        },
        body,
        signal,
        // Never followed: a redirect would re-post the signed body wherever it points, past the origin check above.
        redirect: 'manual',
      });
    } catch (error) {
      throw failed(error, false);
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      throw new SipgateIOInvalidResponseError(
        `The app answered the ${event} request to ${targetUrl.host}${targetUrl.pathname} with a redirect (HTTP ${response.status}); the simulator never follows redirects, as sipgate does not: answer with XML at the URL itself.`,
        { ...where, status: response.status },
      );
    }
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readBodyUpTo(response, MAX_SIMULATOR_ANSWER_BYTES);
    } catch (error) {
      throw failed(error, true);
    }
    if (bytes === undefined) {
      throw new SipgateIOInvalidResponseError(
        `The app's answer to the ${event} request to ${targetUrl.host}${targetUrl.pathname} is larger than ${MAX_SIMULATOR_ANSWER_BYTES} bytes; it was not read (a webhook's XML answer is a few hundred bytes).`,
        { ...where, status: response.status },
      );
    }
    const step: SimulatedStep = { event, url: target, status: response.status, body: new TextDecoder().decode(bytes) };
    steps.push(step);
    return step;
  };

  let onAnswer: string | undefined;
  let onHangup: string | undefined;
  let outcome: SimulatedOutcome = 'maxSteps';
  let redirectedTo: string[] | undefined;
  let answeringNumber = to;

  say(`☎  ${from} calls ${to} (${direction}, call ${callId})`);
  let step = await post('newCall', url, [
    ['from', from],
    ['to', to],
    ['direction', direction],
    ['callId', callId],
    ['origCallId', callId],
    ['xcid', common.xcid],
    ...users.map((user) => ['user[]', user] as [string, string]),
    ...users.map((_, i) => ['userId[]', `w${i}`] as [string, string]),
    ...users.map((_, i) => ['fullUserId[]', `1234567w${i}`] as [string, string]),
  ]);

  for (let count = 0; count < maxSteps; count += 1) {
    if (step.status !== 200) {
      say(`✗  the app answered HTTP ${step.status}: ${step.body.slice(0, 200)}`);
      outcome = 'failed';
      break;
    }
    const root = await parseWebhookXml(step.body);
    if (!root || root.name !== 'Response') {
      say('✗  the app answered something that is not a <Response> document');
      outcome = 'failed';
      break;
    }
    onAnswer = root.attributes.onAnswer ?? onAnswer;
    onHangup = root.attributes.onHangup ?? onHangup;
    const action = root.children[0];
    if (!action) {
      say('→  no action: the call proceeds normally');
      outcome = 'proceeded';
      break;
    }
    const play = (element: ParsedElement | undefined): string | undefined =>
      element?.children.find((c) => c.name === 'Url')?.text;
    if (action.name === 'Gather') {
      const announcement = play(action.children.find((c) => c.name === 'Play'));
      if (announcement) say(`♪  plays ${announcement}`);
      const pressed = digits.shift() ?? '';
      const maxDigits = Number(action.attributes.maxDigits ?? '1');
      const sent = pressed.slice(0, Number.isFinite(maxDigits) && maxDigits > 0 ? maxDigits : undefined);
      say(
        `#  waits for up to ${action.attributes.maxDigits ?? 1} digit(s); caller presses ${sent === '' ? 'nothing' : sent}`,
      );
      if (!action.attributes.onData) {
        say('✗  the Gather has no onData URL');
        outcome = 'failed';
        break;
      }
      step = await post('dtmf', action.attributes.onData, [
        ['callId', callId],
        ['origCallId', callId],
        ['dtmf', sent],
      ]);
      continue;
    }
    if (action.name === 'Play') {
      say(`♪  plays ${play(action)}; the call continues`);
      outcome = 'proceeded';
      break;
    }
    if (action.name === 'Dial') {
      if (action.children.some((c) => c.name === 'Voicemail')) {
        say('✉  sent to voicemail');
        outcome = 'voicemail';
      } else {
        redirectedTo = action.children.filter((c) => c.name === 'Number').map((c) => c.text);
        answeringNumber = redirectedTo[0] ?? to;
        const shown =
          action.attributes.anonymous === 'true'
            ? ' (anonymous)'
            : action.attributes.callerId
              ? ` (shown as ${action.attributes.callerId})`
              : '';
        say(`↪  redirected to ${redirectedTo.join(', ')}${shown}`);
        outcome = 'redirected';
      }
      break;
    }
    if (action.name === 'Reject') {
      say(`✗  rejected (${action.attributes.reason ?? 'rejected'})`);
      outcome = 'rejected';
      break;
    }
    if (action.name === 'Hangup') {
      say('✆  the app hangs up');
      outcome = 'hungUp';
      break;
    }
    say(`?  unknown action <${action.name}>`);
    outcome = 'failed';
    break;
  }

  const answered =
    (options.answer ?? true) && (outcome === 'redirected' || outcome === 'proceeded' || outcome === 'voicemail');
  if (answered && onAnswer) {
    const reply = await post('answer', onAnswer, [
      ...Object.entries(common),
      ['answeringNumber', answeringNumber],
      ['user', users[0] ?? ''],
    ]);
    say(`✓  answered by ${answeringNumber} (onAnswer → HTTP ${reply.status})`);
  }
  if (onHangup && outcome !== 'failed') {
    const cause = outcome === 'rejected' ? 'busy' : answered || outcome === 'hungUp' ? 'normalClearing' : 'cancel';
    const reply = await post('hangup', onHangup, [
      ...Object.entries(common),
      ['cause', cause],
      ['answeringNumber', answeringNumber],
    ]);
    say(`■  call ended: ${cause} (onHangup → HTTP ${reply.status})`);
  } else {
    say('■  call ended');
  }
  return { callId, outcome, redirectedTo, steps, transcript };
}
