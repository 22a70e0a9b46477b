import { bindRoutes } from '../../core/internal/route';
import { DEVICES_PHONE_NUMBER_FIELDS } from './phone-number-fields';
import { DEVICES_ROUTES, type DevicesOperations } from './routes.generated';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { apiPath } from '../../core/internal/path';
import { expectList } from '../../core/internal/response';
import { requireText } from '../../core/internal/validate';

/** A phoneline or group a device is currently active in. */
export interface ActiveRouting {
  id: string;
  alias: string;
}

/** What kind of device: a VoIP phone (`REGISTER`), a mobile or an external phone. */
export type DeviceType = 'REGISTER' | 'MOBILE' | 'EXTERNAL';

/** A device (VoIP phone, mobile, external phone…) of a web user. */
export interface Device {
  id: string;
  alias: string;
  type: DeviceType;
  online: boolean;
  dnd: boolean;
  activePhonelines: ActiveRouting[];
  activeGroups: ActiveRouting[];
  /** Present only when sipgate sends it: its current contract lists no such field. */
  callerId?: string;
  /** Like `callerId`: present only when sipgate sends it. */
  owner?: string;
}

/** The devices module; create it with `createDevicesModule(client)`. */
export interface DevicesModule extends DevicesOperations {
  /**
   * The devices of a web user.
   * @example
   * ```ts
   * const devices = await createDevicesModule(client).getDevices(await client.getAuthenticatedWebuserId());
   * ```
   */
  getDevices(webuserId: string, options?: RequestOptions): Promise<Device[]>;
}

/**
 * Creates the devices module.
 *
 * @example
 * ```ts
 * const online = (await createDevicesModule(client).getDevices('w0')).filter((d) => d.online);
 * ```
 */
export function createDevicesModule(client: SipgateIOClient): DevicesModule {
  return {
    ...bindRoutes<DevicesOperations, typeof DEVICES_ROUTES>(client, DEVICES_ROUTES, DEVICES_PHONE_NUMBER_FIELDS),
    async getDevices(webuserId, options) {
      const path = apiPath`/${requireText(webuserId, 'webuserId')}/devices`;
      return expectList<Device>(await client.get(path, options), 'GET', path);
    },
  };
}
