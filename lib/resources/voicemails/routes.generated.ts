// GENERATED FILE: do not edit. `npm run generate` writes it from scripts/routes.table.ts (the
// methods and their examples) and the contract (routes, parameters, summaries: the overlay in
// scripts/contract-overlay.ts corrects contract/sipgate-openapi.yaml). Checked by tsc: bindRoutes
// refuses a row that does not make the method declared here.

import type { ApiBody, ApiResult } from '../../api/types';
import type { RequestOptions } from '../../core/client';

/** The voicemails module's operations beyond the established library's, typed from the contract. */
export interface VoicemailsOperations {
  /**
   * Initiate a new call to play back a voicemail. `POST /sessions/voicemail/play`
   * @example
   * ```ts
   * await voicemails.playRecording({ datadId: '1000171', deviceId: 'e0' });
   * ```
   */
  playRecording(body: ApiBody<'POST /sessions/voicemail/play'>, options?: RequestOptions): Promise<ApiResult<'POST /sessions/voicemail/play'>>;
  /**
   * Initiate a new call to record a greeting. `POST /sessions/voicemail/recording`
   * @example
   * ```ts
   * await voicemails.recordGreeting({ endpoint: 'MAIN, a0,a1,a2', targetId: 'v0', deviceId: 'e0' });
   * ```
   */
  recordGreeting(body: ApiBody<'POST /sessions/voicemail/recording'>, options?: RequestOptions): Promise<ApiResult<'POST /sessions/voicemail/recording'>>;
  /**
   * Get a single voicemail. `GET /voicemails/{voicemailId}`
   * @example
   * ```ts
   * await voicemails.get('v0');
   * ```
   */
  get(voicemailId: string, options?: RequestOptions): Promise<ApiResult<'GET /voicemails/{voicemailId}'>>;
}

/**
 * Each method's operation of the contract (markers: see `bindRoutes`). The coverage test reads
 * this table.
 * @internal
 */
export const VOICEMAILS_ROUTES = {
  playRecording: 'POST /sessions/voicemail/play',
  recordGreeting: 'POST /sessions/voicemail/recording',
  get: 'GET /voicemails/{voicemailId}',
} as const;
