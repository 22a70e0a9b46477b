import { bindRoutes } from '../../core/internal/route';
import { FAX_ROUTES, type FaxOperations } from './routes.generated';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { withEstablishedMessages } from '../../compat/established-messages';
import { bytesToBase64 } from '../../core/internal/base64';
import {
  SipgateIOAbortError,
  SipgateIOFaxFailedError,
  SipgateIOInvalidResponseError,
  SipgateIOTimeoutError,
  SipgateIOValidationError,
} from '../../core/errors';
import { apiPath } from '../../core/internal/path';
import { expectList } from '../../core/internal/response';
import { normalisePhoneNumber } from '../../core/phone';
import { requireInteger, requireText, validateExtension } from '../../core/internal/validate';
import {
  FaxStatus,
  type Fax,
  type FaxContent,
  type FaxModule,
  type Faxline,
  type SendFaxSessionResponse,
} from './fax.types';

export * from './fax.types';

/**
 * Largest PDF the SDK sends: 20 MiB. sipgate caps the base64 content at 28,330,000 characters
 * (about 21.2 MB of PDF); 20 MiB stays safely below it.
 */
export const MAX_FAX_BYTES = 20 * 1024 * 1024;

async function toBytes(content: FaxContent): Promise<Uint8Array> {
  if (content instanceof Uint8Array) return content; // includes Node's Buffer
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  if (typeof Blob !== 'undefined' && content instanceof Blob) return new Uint8Array(await content.arrayBuffer());
  throw new SipgateIOValidationError('fileContent', 'must be a Buffer, Uint8Array, ArrayBuffer or Blob holding a PDF.');
}

/** Checks the `%PDF-` magic bytes, size and emptiness. */
function checkPdf(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new SipgateIOValidationError('fileContent', 'is empty.');
  if (bytes.length > MAX_FAX_BYTES) {
    throw new SipgateIOValidationError(
      'fileContent',
      `is ${bytes.length} bytes; the limit is ${MAX_FAX_BYTES} bytes (20 MiB).`,
    );
  }
  const magic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
  if (bytes.length < magic.length || magic.some((byte, i) => bytes[i] !== byte)) {
    throw new SipgateIOValidationError(
      'fileContent',
      'is not a PDF (it does not start with "%PDF-"); only PDF files can be faxed.',
      'Invalid PDF file',
    );
  }
}

/**
 * A safe file name ending in `.pdf`: no path separators or control characters.
 *
 * @example
 * ```ts
 * faxFilename('invoice'); // 'invoice.pdf'
 * ```
 */
export function faxFilename(filename: string | undefined, now: Date = new Date()): string {
  const fallback = `fax-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.pdf`;
  if (filename === undefined) return fallback;
  const base = requireText(filename, 'filename')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  if (base === '' || base === '.pdf') return fallback;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

const FAX_STATUSES = new Set<string>(Object.values(FaxStatus));

/**
 * Creates the fax module.
 *
 * @example
 * ```ts
 * const fax = createFaxModule(client);
 * const { sessionId } = await fax.send({ to: '+4921112345678', fileContent: pdfBytes, filename: 'invoice' });
 * ```
 */
export function createFaxModule(client: SipgateIOClient): FaxModule {
  const api = withEstablishedMessages(client, { 404: 'Fax was not found' });
  // Faxline reads keep this SDK's own messages: no fixed texts (lib/compat/README.md).
  const getFaxlinesByWebUser = async (webuserId: string, options?: RequestOptions): Promise<Faxline[]> => {
    const path = apiPath`/${requireText(webuserId, 'webuserId')}/faxlines`;
    return expectList<Faxline>(await client.get(path, options), 'GET', path);
  };
  const getFaxlines = async (options?: RequestOptions): Promise<Faxline[]> =>
    getFaxlinesByWebUser(await api.getAuthenticatedWebuserId(options), options);

  const send = async (fax: Fax, options?: RequestOptions): Promise<SendFaxSessionResponse> => {
    if (typeof fax !== 'object' || fax === null)
      throw new SipgateIOValidationError('fax', 'pass { to, fileContent, filename?, faxlineId? }.');
    const recipient = await normalisePhoneNumber(fax.to, 'to', api.info.defaultCountry);
    const bytes = await toBytes(fax.fileContent);
    checkPdf(bytes);
    const filename = faxFilename(fax.filename);
    let faxlineId = fax.faxlineId === undefined ? undefined : validateExtension(fax.faxlineId, 'faxlineId', ['f']);
    if (faxlineId === undefined) {
      const sender = (await getFaxlines(options)).find((line) => line.canSend);
      if (!sender) {
        throw new SipgateIOValidationError(
          'faxlineId',
          'none given and the user has no faxline that can send; book a fax line or pass faxlineId.',
        );
      }
      faxlineId = sender.id;
    }
    const response = await api.post<SendFaxSessionResponse>(
      '/sessions/fax',
      { faxlineId, recipient, filename, base64Content: bytesToBase64(bytes) },
      options,
    );
    if (!response || typeof response.sessionId !== 'string') {
      throw new SipgateIOInvalidResponseError('POST /sessions/fax returned no sessionId.', {
        method: 'POST',
        path: '/sessions/fax',
        body: response,
      });
    }
    return { sessionId: response.sessionId };
  };

  const getFaxStatus = async (sessionId: string, options?: RequestOptions): Promise<FaxStatus> => {
    const path = apiPath`/history/${requireText(sessionId, 'sessionId')}`;
    const entry = await api.get<{ type?: string; faxStatusType?: string }>(path, options);
    if (entry?.type !== undefined && entry.type !== 'FAX') {
      throw new SipgateIOValidationError(
        'sessionId',
        `refers to a ${entry.type} history entry, not a fax.`,
        'History item is not a fax',
      );
    }
    if (!entry || typeof entry.faxStatusType !== 'string' || !FAX_STATUSES.has(entry.faxStatusType)) {
      throw new SipgateIOInvalidResponseError(`The history entry of fax ${sessionId} has no known faxStatusType.`, {
        method: 'GET',
        path,
        body: entry,
      });
    }
    return entry.faxStatusType as FaxStatus;
  };

  const waitForDelivery = async (
    sessionId: string,
    waitOptions: { interval?: number; timeout?: number; signal?: AbortSignal } = {},
  ): Promise<void> => {
    const interval = requireInteger(waitOptions.interval ?? 5_000, 'interval', 100);
    const timeout = requireInteger(waitOptions.timeout ?? 600_000, 'timeout', 0);
    const { signal } = waitOptions;
    const deadline = Date.now() + timeout;
    for (;;) {
      const status = await getFaxStatus(sessionId, { signal });
      if (status === FaxStatus.SENT) return;
      if (status === FaxStatus.FAILED) throw new SipgateIOFaxFailedError(sessionId);
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new SipgateIOTimeoutError(
          `Fax ${sessionId} was still ${status} after ${timeout} ms; it may still be delivered.`,
        );
      }
      await new Promise<void>((resolve, reject) => {
        const onAbort = (): void => {
          clearTimeout(timer);
          reject(new SipgateIOAbortError(`Waiting for fax ${sessionId} was aborted.`));
        };
        const timer = setTimeout(
          () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
          Math.min(interval, remaining),
        );
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
  };

  return {
    ...bindRoutes<FaxOperations, typeof FAX_ROUTES>(client, FAX_ROUTES),
    send,
    getFaxStatus,
    getFaxlines,
    getFaxlinesByWebUser,
    waitForDelivery,
  };
}
