import { bindRoutes } from '../../core/internal/route';
import { VOICEMAILS_ROUTES, type VoicemailsOperations } from './routes.generated';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { expectList } from '../../core/internal/response';

/** A voicemail box. */
export interface Voicemail {
  id: string;
  alias: string;
  belongsToEndpoint: { extension: string; type: string };
}

/** The voicemails module; create it with `createVoicemailsModule(client)`. */
export interface VoicemailsModule extends VoicemailsOperations {
  /**
   * The account's voicemail boxes.
   * @example
   * ```ts
   * const boxes = await createVoicemailsModule(client).getVoicemails();
   * ```
   */
  getVoicemails(options?: RequestOptions): Promise<Voicemail[]>;
}

/**
 * Creates the voicemails module.
 *
 * @example
 * ```ts
 * for (const box of await createVoicemailsModule(client).getVoicemails()) console.log(box.alias);
 * ```
 */
export function createVoicemailsModule(client: SipgateIOClient): VoicemailsModule {
  return {
    ...bindRoutes<VoicemailsOperations, typeof VOICEMAILS_ROUTES>(client, VOICEMAILS_ROUTES),
    async getVoicemails(options) {
      return expectList<Voicemail>(await client.get('/voicemails', options), 'GET', '/voicemails');
    },
  };
}
