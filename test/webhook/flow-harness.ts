/**
 * Drives a call flow's fetch handler as sipgate would, with signed bodies and the callback URLs
 * the flow's replies name. Shared by the call-flow tests.
 */
import {
  createCallFlow,
  generateWebhookTestKeyPair,
  signWebhookBody,
  type Call,
  type CallFlow,
  type CallFlowFunction,
  type CallFlowOptions,
} from '../../lib/webhook';

export const keys = generateWebhookTestKeyPair();
export const BASE = 'https://app.example.com/flow';

export interface Answer {
  status: number;
  xml: string;
}

/** The attribute `name` of the first element `tag` in `xml`, unescaped. */
export function attribute(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0];
  const value = element ? new RegExp(`\\b${name}="([^"]*)"`).exec(element)?.[1] : undefined;
  return value?.replace(/&amp;/g, '&');
}

export interface Harness {
  flow: CallFlow;
  errors: unknown[];
  warnings: string[];
  post(url: string, params: Record<string, string>): Promise<Answer>;
  call(callId?: string): CallDriver;
}

export interface CallDriver {
  onData: string | undefined;
  onAnswer: string | undefined;
  onHangup: string | undefined;
  newCall(extra?: Record<string, string>): Promise<Answer>;
  dtmf(digits: string, url?: string): Promise<Answer>;
  answer(): Promise<Answer>;
  hangup(cause?: string): Promise<Answer>;
}

/** Options every harness starts from (test options override them); flow-replay.test.ts sets some. */
export const harnessDefaults: Partial<CallFlowOptions> = {};

export function harness(fn: CallFlowFunction, options: Partial<CallFlowOptions> = {}): Harness {
  const errors: unknown[] = [];
  const warnings: string[] = [];
  const flow = createCallFlow(
    {
      baseUrl: BASE,
      publicKey: keys.publicKey,
      onError: (error) => errors.push(error),
      logger: { warn: (message) => warnings.push(message), error: () => undefined },
      ...harnessDefaults,
      ...options,
    },
    fn,
  );
  const post = async (url: string, params: Record<string, string>): Promise<Answer> => {
    const body = new URLSearchParams(params).toString();
    const response = await flow.fetch(
      new Request(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Sipgate-Signature': signWebhookBody(body, keys.privateKey),
        },
        body,
      }),
    );
    return { status: response.status, xml: await response.text() };
  };
  const call = (callId = 'C1'): CallDriver => {
    const driver: CallDriver = {
      onData: undefined,
      onAnswer: undefined,
      onHangup: undefined,
      async newCall(extra = {}) {
        const answer = await post(BASE, {
          event: 'newCall',
          callId,
          from: '4915799912345',
          to: '4921100000000',
          direction: 'in',
          'user[]': 'Alice',
          'userId[]': 'w0',
          xcid: 'X1',
          origCallId: callId,
          ...extra,
        });
        remember(answer);
        return answer;
      },
      async dtmf(digits, url) {
        const answer = await post(url ?? (driver.onData as string), { event: 'dtmf', callId, dtmf: digits });
        remember(answer);
        return answer;
      },
      answer: () =>
        post(driver.onAnswer ?? BASE, {
          event: 'answer',
          callId,
          from: '4915799912345',
          to: '4921100000000',
          direction: 'in',
          answeringNumber: '4915799912345',
        }),
      hangup: (cause = 'normalClearing') =>
        post(driver.onHangup ?? BASE, {
          event: 'hangup',
          callId,
          cause,
          from: '4915799912345',
          to: '4921100000000',
          direction: 'in',
        }),
    };
    const remember = (answer: Answer): void => {
      driver.onAnswer = attribute(answer.xml, 'Response', 'onAnswer') ?? driver.onAnswer;
      driver.onHangup = attribute(answer.xml, 'Response', 'onHangup') ?? driver.onHangup;
      driver.onData = attribute(answer.xml, 'Gather', 'onData') ?? driver.onData;
    };
    return driver;
  };
  return { flow, errors, warnings, post, call };
}

/**
 * A two-menu flow that counts its runs (a replay is a run), notes the digits it got live (not
 * replaying) in `live`, and dials the digits.
 */
export function counted(live: string[] = []): { runs: () => number; flow: (call: Call) => Promise<void> } {
  let runs = 0;
  return {
    runs: () => runs,
    flow: async (call) => {
      runs += 1;
      const first = await call.gather();
      if (!call.isReplaying) live.push(first);
      const second = await call.gather();
      if (!call.isReplaying) live.push(second);
      await call.dial({ to: `+4915799912${first}${second}` });
      await call.ended;
    },
  };
}
