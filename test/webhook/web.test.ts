import * as fc from 'fast-check';
import { generateKeyPairSync } from 'node:crypto';
import {
  EventType,
  parseWebhookEvent,
  renderWebhookResponse,
  RejectReason,
  SipgateIOValidationError,
  SipgateIOWebhookParseError,
  signWebhookBody,
  verifyWebhookSignature,
  verifyWebhookSignatureAsync,
  WebhookResponse,
  type NewCallEvent,
} from '../../lib';
import { xml2js } from 'xml-js';

const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const BODY = 'event=newCall&from=492111234567&to=4915791234567&direction=in&callId=123456&user%5B%5D=Alice';

describe('parseWebhookEvent', () => {
  it('reads bracket arrays (user[]=A&user[]=B)', () => {
    const event = parseWebhookEvent(
      'event=newCall&from=492111234567&to=4915791234567&direction=in&callId=C1&origCallId=O1&xcid=X1' +
        '&user%5B%5D=Alice&user%5B%5D=Bob&userId%5B%5D=w0&userId%5B%5D=w1&fullUserId%5B%5D=1234567w0&fullUserId%5B%5D=1234567w1',
    ) as NewCallEvent;
    expect(event).toMatchObject({
      event: EventType.NEW_CALL,
      from: '+492111234567',
      to: '+4915791234567',
      direction: 'in',
      callId: 'C1',
      originalCallId: 'O1',
      xcid: 'X1',
      users: ['Alice', 'Bob'],
      userIds: ['w0', 'w1'],
      fullUserIds: ['1234567w0', '1234567w1'],
      user: ['Alice', 'Bob'],
    });
  });

  it('reads indexed arrays (user[][0]=A) and a single plain value', () => {
    const indexed = parseWebhookEvent(
      'event=newCall&callId=C&user%5B%5D%5B0%5D=Alice&user%5B%5D%5B1%5D=Bob&userId%5B0%5D=w0',
    ) as NewCallEvent;
    expect(indexed.users).toEqual(['Alice', 'Bob']);
    expect(indexed.userIds).toEqual(['w0']);
    const single = parseWebhookEvent('event=newCall&callId=C&user=Carol&from=anonymous') as NewCallEvent;
    expect(single.users).toEqual(['Carol']);
    expect(single.from).toBe('anonymous');
  });

  it('takes originalCallId from either spelling and keeps DTMF as a string with leading zeros', () => {
    expect(parseWebhookEvent('event=dtmf&callId=C&originalCallId=O2&dtmf=007')).toEqual({
      event: EventType.DATA,
      callId: 'C',
      originalCallId: 'O2',
      dtmf: '007',
    });
    expect(parseWebhookEvent('event=dtmf&callId=C')).toMatchObject({ dtmf: '' });
  });

  it('parses answer and hangup events', () => {
    expect(
      parseWebhookEvent(
        'event=answer&callId=C&from=1&to=2&direction=out&answeringNumber=49211&user=Al&userId=w0&fullUserId=1w0&diversion=4930',
      ),
    ).toMatchObject({
      event: 'answer',
      answeringNumber: '+49211',
      user: 'Al',
      userId: 'w0',
      diversion: '+4930',
      direction: 'out',
    });
    expect(parseWebhookEvent('event=hangup&callId=C&cause=busy&from=1&to=2&direction=in')).toMatchObject({
      event: 'hangup',
      cause: 'busy',
    });
  });

  it.each([
    ['no event', 'callId=C'],
    ['an unknown event', 'event=explode&callId=C'],
    ['an empty body', ''],
    ['too many parameters', Array.from({ length: 1_001 }, (_, i) => `k${i}=v`).join('&')],
  ])('throws the typed parse error for %s', (_label, body) => {
    expect(() => parseWebhookEvent(body)).toThrow(SipgateIOWebhookParseError);
  });

  it("accepts an empty or missing callId, as in sipgate's own signed newCall", () => {
    expect(parseWebhookEvent('event=newCall&callId=&from=4912354678&to=49999999&direction=in')).toMatchObject({
      callId: '',
      from: '+4912354678',
      to: '+49999999',
    });
    expect(parseWebhookEvent('event=newCall')).toMatchObject({ callId: '', from: '', to: '' });
  });

  it("gives numbers their leading + (as the established library did), but not 'anonymous', empty or already prefixed ones", () => {
    const event = parseWebhookEvent(
      'event=hangup&callId=C&cause=busy&from=anonymous&to=%2B4921100&answeringNumber=&direction=in',
    );
    expect(event).toMatchObject({ from: 'anonymous', to: '+4921100', answeringNumber: '' });
  });

  it('rejects an already-parsed object with a helpful message', () => {
    expect(() => parseWebhookEvent({ event: 'newCall' } as never)).toThrow(/raw request body/);
  });

  it('is immune to prototype pollution keys', () => {
    const event = parseWebhookEvent(
      'event=newCall&callId=C&__proto__%5Bpolluted%5D=1&constructor%5Bprototype%5D%5Bx%5D=1&user%5B%5D=__proto__',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect((event as NewCallEvent).users).toEqual(['__proto__']);
  });

  it('accepts bytes, including invalid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('event=newCall&callId=C&from='), Buffer.from([0xff, 0xfe])]);
    expect((parseWebhookEvent(bytes) as NewCallEvent).from).toBe('+\uFFFD\uFFFD');
  });

  it('never throws anything but its typed error on arbitrary bodies (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.from(a)),
          fc.array(fc.tuple(fc.string(), fc.string())).map((pairs) => new URLSearchParams(pairs).toString()),
        ),
        (body) => {
          try {
            parseWebhookEvent(body);
          } catch (error) {
            if (!(error instanceof SipgateIOWebhookParseError)) throw error;
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('signature verification', () => {
  const signature = signWebhookBody(BODY, keys.privateKey);

  it('accepts a valid signature (Node and WebCrypto)', async () => {
    expect(verifyWebhookSignature(BODY, signature, keys.publicKey)).toBe(true);
    expect(verifyWebhookSignature(Buffer.from(BODY), signature, keys.publicKey)).toBe(true);
    await expect(verifyWebhookSignatureAsync(BODY, signature, keys.publicKey)).resolves.toBe(true);
  });

  it('rejects a tampered body or signature, and a signature from another key', async () => {
    const tampered = BODY.replace('Alice', 'Mallory');
    expect(verifyWebhookSignature(tampered, signature, keys.publicKey)).toBe(false);
    await expect(verifyWebhookSignatureAsync(tampered, signature, keys.publicKey)).resolves.toBe(false);
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    expect(verifyWebhookSignature(BODY, flipped, keys.publicKey)).toBe(false);
    // Against sipgate's embedded key (the default), a test signature must fail.
    expect(verifyWebhookSignature(BODY, signature)).toBe(false);
    await expect(verifyWebhookSignatureAsync(BODY, signature)).resolves.toBe(false);
  });

  it.each([undefined, null, '', '   ', 'not base64!', 'abc', ['a', 'b']])(
    'treats signature %p as invalid without throwing',
    async (value) => {
      expect(verifyWebhookSignature(BODY, value as never, keys.publicKey)).toBe(false);
      await expect(verifyWebhookSignatureAsync(BODY, value as never, keys.publicKey)).resolves.toBe(false);
    },
  );

  it('the Node and the WebCrypto verifier share one base64 check: same refusals, same tolerance of outer white space', async () => {
    expect(signature.endsWith('==')).toBe(true); // a 2048-bit signature is 256 bytes: two padding characters
    const malformed = [
      signature.slice(0, -2), // unpadded
      `${signature}=`, // padding too long
      `${signature.slice(0, 100)}\n${signature.slice(100)}`, // white space inside
      signature.replace(/\+/g, '-').replace(/\//g, '_'), // base64url
      `${signature.slice(0, 10)}!${signature.slice(11)}`, // a character outside the alphabet
      `${signature.slice(0, 10)}=${signature.slice(11)}`, // padding in the middle
    ].filter((value) => value !== signature);
    for (const value of malformed) {
      expect([value, verifyWebhookSignature(BODY, value, keys.publicKey)]).toEqual([value, false]);
      expect([value, await verifyWebhookSignatureAsync(BODY, value, keys.publicKey)]).toEqual([value, false]);
    }
    expect(verifyWebhookSignature(BODY, ` ${signature}\r\n`, keys.publicKey)).toBe(true);
    await expect(verifyWebhookSignatureAsync(BODY, ` ${signature}\r\n`, keys.publicKey)).resolves.toBe(true);
  });

  it('verifies over the exact bytes: a re-encoded body fails', () => {
    const reencoded = new URLSearchParams(BODY).toString().replace('%5B%5D', '[]');
    expect(reencoded).not.toBe(BODY);
    expect(verifyWebhookSignature(reencoded, signature, keys.publicKey)).toBe(false);
  });
});

// Random text, plus strings built from XML metacharacters and entity fragments, which plain
// random strings almost never assemble (e.g. "&amp;").
const xmlish = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc
    .array(fc.constantFrom('&', 'amp;', 'lt;', '#38;', '<', '>', '"', "'", '/', '=', ' ', '\n', '\t', 'a', ']]>'), {
      maxLength: 12,
    })
    .map((parts) => parts.join('')),
);

describe('XML responses', () => {
  const xml = (response: Parameters<typeof renderWebhookResponse>[0], context = {}) =>
    renderWebhookResponse(response, context);
  const DECL = '<?xml version="1.0" encoding="UTF-8"?>';

  it.each([
    [
      'redirect',
      WebhookResponse.redirectCall({
        numbers: ['+4915799912345', '4921165432'],
        anonymous: true,
        callerId: '+492111234567',
      }),
      '<Response><Dial callerId="+492111234567" anonymous="true"><Number>+4915799912345</Number><Number>4921165432</Number></Dial></Response>',
    ],
    ['voicemail', WebhookResponse.sendToVoicemail(), '<Response><Dial><Voicemail/></Dial></Response>'],
    [
      'reject',
      WebhookResponse.rejectCall({ reason: RejectReason.BUSY }),
      '<Response><Reject reason="busy"/></Response>',
    ],
    [
      'play',
      WebhookResponse.playAudio({ announcement: 'https://example.com/a.wav' }),
      '<Response><Play><Url>https://example.com/a.wav</Url></Play></Response>',
    ],
    [
      'gather',
      WebhookResponse.gatherDTMF({ announcement: 'https://example.com/m.wav', maxDigits: 3, timeout: 2000 }),
      '<Response><Gather maxDigits="3" timeout="2000"><Play><Url>https://example.com/m.wav</Url></Play></Gather></Response>',
    ],
    ['hangup', WebhookResponse.hangUpCall(), '<Response><Hangup/></Response>'],
    ['nothing', undefined, '<Response/>'],
  ])('renders %s exactly', (_label, response, expected) => {
    expect(xml(response)).toBe(DECL + expected);
  });

  it('sets onAnswer/onHangup on <Response> and onData on Gather from the context', () => {
    expect(
      xml(WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 0 }), {
        onAnswer: 'https://h/a',
        onHangup: 'https://h/h',
        onData: 'https://h/d?x=1&y=2',
      }),
    ).toBe(
      DECL +
        '<Response onAnswer="https://h/a" onHangup="https://h/h"><Gather onData="https://h/d?x=1&amp;y=2" maxDigits="1" timeout="0"/></Response>',
    );
  });

  it('escapes injection attempts in attributes and text', () => {
    const evil = 'https://example.com/a.wav?"/><Hangup/><x a="&amp;<>\'';
    const rendered = xml(WebhookResponse.playAudio({ announcement: evil }), { onAnswer: 'https://h/"><Dial>' });
    expect(rendered).not.toContain('<Hangup/>');
    expect(rendered).not.toContain('"><Dial>');
    const parsed = xml2js(rendered, { compact: true }) as {
      Response: { _attributes: { onAnswer: string }; Play: { Url: { _text: string } } };
    };
    expect(parsed.Response._attributes.onAnswer).toBe('https://h/"><Dial>');
    expect(parsed.Response.Play.Url._text).toBe(evil);
  });

  it('output is well-formed and round-trips any attribute and text value (property)', () => {
    fc.assert(
      fc.property(xmlish, xmlish, (attr, text) => {
        const rendered = renderWebhookResponse(
          { Play: { Url: `https://e.com/${text}` } },
          {
            onAnswer: attr === '' ? 'x' : attr,
          },
        );
        const parsed = xml2js(rendered, { compact: true, trim: false }) as {
          Response: { _attributes: { onAnswer: string }; Play: { Url: { _text?: string } } };
        };
        expect(parsed.Response._attributes.onAnswer).toBe(attr === '' ? 'x' : attr);
        expect(parsed.Response.Play.Url._text ?? '').toBe(`https://e.com/${text}`);
      }),
      { numRuns: 1_000 },
    );
  });

  it.each([
    ['no numbers', () => WebhookResponse.redirectCall({ numbers: [] }), 'numbers'],
    ['six numbers', () => WebhookResponse.redirectCall({ numbers: Array(6).fill('+4915799912345') }), 'numbers'],
    ['a bad number', () => WebhookResponse.redirectCall({ numbers: ['call me'] }), 'numbers[0]'],
    ['maxDigits 0', () => WebhookResponse.gatherDTMF({ maxDigits: 0, timeout: 1 }), 'maxDigits'],
    ['a negative timeout', () => WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: -1 }), 'timeout'],
    ['a relative URL', () => WebhookResponse.playAudio({ announcement: '/a.wav' }), 'announcement'],
    [
      'a javascript: URL',
      () => WebhookResponse.gatherDTMF({ maxDigits: 1, timeout: 1, announcement: 'javascript:alert(1)' }),
      'announcement',
    ],
    ['an unknown reject reason', () => WebhookResponse.rejectCall({ reason: 'nope' as RejectReason }), 'reason'],
  ])('rejects %s', (_label, build, field) => {
    let thrown: unknown;
    try {
      build();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SipgateIOValidationError);
    expect((thrown as SipgateIOValidationError).field).toBe(field);
  });
});
