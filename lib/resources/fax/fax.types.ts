import type { FaxOperations } from './routes.generated';
import type { RequestOptions } from '../../core/client';

/** Content of a fax document: a PDF as bytes (Node `Buffer`, `Uint8Array`, `ArrayBuffer`) or a browser `Blob`. */
export type FaxContent = Uint8Array | ArrayBuffer | Blob;

/** A fax to send. */
export interface Fax {
  /** Recipient fax number (E.164 or national in the client's default country). */
  to: string;
  /** The PDF document. */
  fileContent: FaxContent;
  /** File name shown in the history; `.pdf` is appended when missing. */
  filename?: string;
  /** Faxline to send from (`f0`…); defaults to the user's first faxline that can send. */
  faxlineId?: string;
}

/** What `send` returns. */
export interface SendFaxSessionResponse {
  sessionId: string;
}

/** The delivery state of a fax. */
export enum FaxStatus {
  SENT = 'SENT',
  PENDING = 'PENDING',
  FAILED = 'FAILED',
  SENDING = 'SENDING',
  SCHEDULED = 'SCHEDULED',
}

/** A faxline of the authenticated user. */
export interface Faxline {
  id: string;
  alias: string;
  tagline: string;
  canSend: boolean;
  canReceive: boolean;
}

/** Options of {@link FaxModule.waitForDelivery}. */
export interface WaitForDeliveryOptions {
  /** Time between status checks. @default 5000 @unit milliseconds */
  interval?: number;
  /** Give up after this long. @default 600000 @unit milliseconds */
  timeout?: number;
  signal?: AbortSignal;
}

/** The fax module; create it with `createFaxModule(client)`. */
export interface FaxModule extends FaxOperations {
  /**
   * Sends a PDF as a fax.
   * @example
   * ```ts
   * const { sessionId } = await fax.send({ to: '+4921112345678', fileContent: readFileSync('letter.pdf') });
   * ```
   */
  send(fax: Fax, options?: RequestOptions): Promise<SendFaxSessionResponse>;
  /**
   * The delivery status of a sent fax.
   * @example
   * ```ts
   * if ((await fax.getFaxStatus(sessionId)) === FaxStatus.SENT) console.log('delivered');
   * ```
   */
  getFaxStatus(sessionId: string, options?: RequestOptions): Promise<FaxStatus>;
  /**
   * The authenticated user's faxlines.
   * @example
   * ```ts
   * const lines = await fax.getFaxlines();
   * ```
   */
  getFaxlines(options?: RequestOptions): Promise<Faxline[]>;
  /**
   * The faxlines of a given web user (`w0`…); `getFaxlines()` is this for the signed-in user.
   * @example
   * ```ts
   * const lines = await fax.getFaxlinesByWebUser('w1');
   * ```
   */
  getFaxlinesByWebUser(webuserId: string, options?: RequestOptions): Promise<Faxline[]>;
  /**
   * Polls the status until the fax is SENT (resolves) or FAILED (rejects with `SipgateIOFaxFailedError`).
   * @example
   * ```ts
   * await fax.waitForDelivery(sessionId, { interval: 10_000, timeout: 15 * 60_000 });
   * ```
   */
  waitForDelivery(sessionId: string, options?: WaitForDeliveryOptions): Promise<void>;
}
