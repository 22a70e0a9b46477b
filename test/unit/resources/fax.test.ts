import nock from 'nock';
import {
  createFaxModule,
  FaxStatus,
  MAX_FAX_BYTES,
  SipgateIOAbortError,
  SipgateIOFaxFailedError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
} from '../../../lib';
import { faxFilename } from '../../../lib/resources/fax';
import { API, isolateNetwork, testClient } from '../../helpers/fixtures';

isolateNetwork();

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PDF_BASE64 = PDF.toString('base64');

describe('fax.send', () => {
  it('posts the faxline, E.164 recipient, filename and base64 content', async () => {
    nock(API)
      .post('/sessions/fax', {
        faxlineId: 'f1',
        recipient: '+4921112345678',
        filename: 'invoice.pdf',
        base64Content: PDF_BASE64,
      })
      .reply(200, { sessionId: 'S1' });
    await expect(
      createFaxModule(testClient()).send({
        to: '0211 12345678',
        fileContent: PDF,
        filename: 'invoice',
        faxlineId: 'f1',
      }),
    ).resolves.toEqual({ sessionId: 'S1' });
  });

  it.each([
    ['a Uint8Array', () => new Uint8Array(PDF)],
    ['an ArrayBuffer', () => PDF.buffer.slice(PDF.byteOffset, PDF.byteOffset + PDF.byteLength)],
    ['a Blob', () => new Blob([PDF])],
  ])('accepts %s', async (_label, make) => {
    nock(API)
      .post('/sessions/fax', (body: Record<string, unknown>) => body.base64Content === PDF_BASE64)
      .reply(200, { sessionId: 'S2' });
    await createFaxModule(testClient()).send({ to: '+4921112345678', fileContent: make(), faxlineId: 'f0' });
  });

  it('uses the first faxline that can send when none is given', async () => {
    nock(API).get('/authorization/userinfo').reply(200, { sub: 'w0' });
    nock(API)
      .get('/w0/faxlines')
      .reply(200, {
        items: [
          { id: 'f0', canSend: false },
          { id: 'f3', canSend: true },
        ],
      });
    nock(API)
      .post('/sessions/fax', (body: Record<string, unknown>) => body.faxlineId === 'f3')
      .reply(200, { sessionId: 'S3' });
    await createFaxModule(testClient()).send({ to: '+4921112345678', fileContent: PDF });
  });

  it('fails clearly when the user has no faxline that can send', async () => {
    nock(API).get('/authorization/userinfo').reply(200, { sub: 'w0' });
    nock(API)
      .get('/w0/faxlines')
      .reply(200, { items: [{ id: 'f0', canSend: false }] });
    await expect(createFaxModule(testClient()).send({ to: '+4921112345678', fileContent: PDF })).rejects.toMatchObject({
      field: 'faxlineId',
    });
  });

  it.each([
    ['empty content', Buffer.alloc(0), /empty/],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), /^Invalid PDF file$/],
    ['a text file', Buffer.from('hello world'), /^Invalid PDF file$/],
    ['an oversized PDF', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(MAX_FAX_BYTES)]), /limit/],
    ['a string', 'JVBERi0=' as unknown as Buffer, /Buffer, Uint8Array/],
  ])('rejects %s before any request', async (_label, fileContent, message) => {
    const error = await createFaxModule(testClient())
      .send({ to: '+4921112345678', fileContent, faxlineId: 'f0' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SipgateIOValidationError);
    expect((error as Error).message).toMatch(message);
  });

  it("keeps the established library's fixed text as the message and explains in detail", async () => {
    const error = await createFaxModule(testClient())
      .send({ to: '+4921112345678', fileContent: Buffer.from('hello'), faxlineId: 'f0' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      message: 'Invalid PDF file',
      field: 'fileContent',
      detail: expect.stringMatching(/not a PDF/),
    });
    expect(JSON.stringify(error)).toContain('not a PDF');
  });

  it('rejects an invalid recipient and faxline id', async () => {
    const fax = createFaxModule(testClient());
    await expect(fax.send({ to: 'fax me', fileContent: PDF, faxlineId: 'f0' })).rejects.toMatchObject({ field: 'to' });
    await expect(fax.send({ to: '+4921112345678', fileContent: PDF, faxlineId: 'p0' })).rejects.toMatchObject({
      field: 'faxlineId',
    });
  });

  it('derives safe file names ending in .pdf', () => {
    const now = new Date('2026-11-23T10:20:30Z');
    expect(faxFilename(undefined, now)).toBe('fax-2026-11-23-10-20-30.pdf');
    expect(faxFilename('report.PDF', now)).toBe('report.PDF');
    expect(faxFilename('../../etc/passwd', now)).toBe('passwd.pdf');
    expect(faxFilename('C:\\docs\\letter', now)).toBe('letter.pdf');
    expect(faxFilename('a\u0000b', now)).toBe('ab.pdf');
  });
});

describe('fax status', () => {
  it('reads faxStatusType from the history entry', async () => {
    nock(API).get('/history/S1').reply(200, { id: 'S1', type: 'FAX', faxStatusType: 'PENDING' });
    await expect(createFaxModule(testClient()).getFaxStatus('S1')).resolves.toBe(FaxStatus.PENDING);
  });

  it('rejects an entry that is not a fax, or has no known status', async () => {
    nock(API).get('/history/C1').reply(200, { id: 'C1', type: 'CALL' });
    nock(API).get('/history/S1').reply(200, { id: 'S1', type: 'FAX', faxStatusType: 'WEIRD' });
    const fax = createFaxModule(testClient());
    await expect(fax.getFaxStatus('C1')).rejects.toMatchObject({ field: 'sessionId' });
    await expect(fax.getFaxStatus('S1')).rejects.toMatchObject({ kind: 'invalid_response' });
  });

  it('lists faxlines of the authenticated user', async () => {
    nock(API).get('/authorization/userinfo').reply(200, { sub: 'w0' });
    const line = { id: 'f0', alias: 'Fax', tagline: 'ACME', canSend: true, canReceive: true };
    nock(API)
      .get('/w0/faxlines')
      .reply(200, { items: [line] });
    await expect(createFaxModule(testClient()).getFaxlines()).resolves.toEqual([line]);
  });

  it('waitForDelivery polls until SENT', async () => {
    for (const status of ['SCHEDULED', 'SENDING', 'SENT']) {
      nock(API).get('/history/S1').reply(200, { type: 'FAX', faxStatusType: status });
    }
    await createFaxModule(testClient()).waitForDelivery('S1', { interval: 100 });
  });

  it('waitForDelivery rejects with a typed error on FAILED, on timeout, and on abort', async () => {
    const fax = createFaxModule(testClient());
    nock(API).get('/history/S1').reply(200, { type: 'FAX', faxStatusType: 'FAILED' });
    await expect(fax.waitForDelivery('S1', { interval: 100 })).rejects.toBeInstanceOf(SipgateIOFaxFailedError);

    // Polls at 0 and 100 ms, and a last check at the 150 ms deadline.
    nock(API).get('/history/S2').times(3).reply(200, { type: 'FAX', faxStatusType: 'PENDING' });
    await expect(fax.waitForDelivery('S2', { interval: 100, timeout: 150 })).rejects.toBeInstanceOf(
      SipgateIOTimeoutError,
    );

    nock(API).get('/history/S3').reply(200, { type: 'FAX', faxStatusType: 'PENDING' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(fax.waitForDelivery('S3', { interval: 10_000, signal: controller.signal })).rejects.toBeInstanceOf(
      SipgateIOAbortError,
    );
  });
});
