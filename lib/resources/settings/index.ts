import { bindRoutes } from '../../core/internal/route';
import { SETTINGS_ROUTES, type SettingsOperations } from './routes.generated';
import type { RequestOptions, SipgateIOClient } from '../../core/client';
import { withEstablishedMessages, withEstablishedText } from '../../compat/established-messages';
import { SipgateIOValidationError } from '../../core/errors';
import { expectObject } from '../../core/internal/response';
import { serialise } from '../../core/internal/serialise';
import { requireBoolean, requireHttpUrl, validateExtension } from '../../core/internal/validate';

/** sipgate.io's webhook settings. */
export interface WebhookSettings {
  incomingUrl: string;
  outgoingUrl: string;
  log: boolean;
  /** Extensions that trigger webhooks; `null` means all phonelines and groups. */
  whitelist: string[] | null;
}

/** The webhook settings module; create it with `createSettingsModule(client)`. */
export interface SettingsModule extends SettingsOperations {
  /** @example `await settings.setIncomingUrl('https://example.com/webhook');` */
  setIncomingUrl(url: string, options?: RequestOptions): Promise<void>;
  /** @example `await settings.clearIncomingUrl();` */
  clearIncomingUrl(options?: RequestOptions): Promise<void>;
  /** @example `await settings.setOutgoingUrl('https://example.com/webhook');` */
  setOutgoingUrl(url: string, options?: RequestOptions): Promise<void>;
  /** @example `await settings.clearOutgoingUrl();` */
  clearOutgoingUrl(options?: RequestOptions): Promise<void>;
  /** Only these phonelines (p…) and groups (g…) trigger webhooks. @example `await settings.setWhitelist(['p0', 'g1']);` */
  setWhitelist(extensions: string[], options?: RequestOptions): Promise<void>;
  /** An empty whitelist: no extension triggers webhooks. @example `await settings.clearWhitelist();` */
  clearWhitelist(options?: RequestOptions): Promise<void>;
  /** No whitelist: every phoneline and group triggers webhooks. @example `await settings.disableWhitelist();` */
  disableWhitelist(options?: RequestOptions): Promise<void>;
  /** @example `await settings.setLog(true);` */
  setLog(value: boolean, options?: RequestOptions): Promise<void>;
  /** @example `const { incomingUrl, whitelist } = await settings.getWebhookSettings();` */
  getWebhookSettings(options?: RequestOptions): Promise<WebhookSettings>;
}

const SETTINGS_PATH = '/settings/sipgateio';
/** Extension types a whitelist may contain: phonelines and groups. */
const WHITELIST_TYPES = ['p', 'g'] as const;

/**
 * Creates the webhook settings module. Every setter reads the settings, changes one field and
 * writes them back; setters on one client run one at a time so concurrent calls never lose each
 * other's change.
 *
 * @example
 * ```ts
 * const settings = createSettingsModule(client);
 * await Promise.all([settings.setIncomingUrl('https://example.com/in'), settings.setLog(true)]);
 * ```
 */
export function createSettingsModule(client: SipgateIOClient): SettingsModule {
  const api = withEstablishedMessages(client, {
    403: 'sipgateIO is not booked for your account (or insufficient scopes)',
  });
  const getWebhookSettings = async (options?: RequestOptions): Promise<WebhookSettings> => {
    const settings = expectObject<Partial<WebhookSettings>>(
      await api.get(SETTINGS_PATH, options),
      'GET',
      SETTINGS_PATH,
    );
    return {
      incomingUrl: settings?.incomingUrl ?? '',
      outgoingUrl: settings?.outgoingUrl ?? '',
      log: settings?.log ?? false,
      whitelist: settings?.whitelist ?? null,
    };
  };

  const change = (patch: Partial<WebhookSettings>, options?: RequestOptions): Promise<void> =>
    serialise(api, 'webhook-settings', async () => {
      const current = await getWebhookSettings(options);
      await api.put(SETTINGS_PATH, { ...current, ...patch }, options);
    });

  const url = (value: unknown, field: string): string =>
    withEstablishedText('Invalid webhook URL', () => requireHttpUrl(value, field));
  const WHITELIST_TEXT = "Whitelist allows only 'p' and 'g' extensions";

  return {
    ...bindRoutes<SettingsOperations, typeof SETTINGS_ROUTES>(client, SETTINGS_ROUTES),
    setIncomingUrl: async (value, options) => change({ incomingUrl: url(value, 'url') }, options),
    clearIncomingUrl: (options) => change({ incomingUrl: '' }, options),
    setOutgoingUrl: async (value, options) => change({ outgoingUrl: url(value, 'url') }, options),
    clearOutgoingUrl: (options) => change({ outgoingUrl: '' }, options),
    setWhitelist: async (extensions, options) => {
      if (!Array.isArray(extensions))
        throw new SipgateIOValidationError(
          'extensions',
          'must be an array of extension ids such as "p0" or "g1".',
          WHITELIST_TEXT,
        );
      const whitelist = [
        ...new Set(
          extensions.map((e, i) =>
            withEstablishedText(WHITELIST_TEXT, () => validateExtension(e, `extensions[${i}]`, WHITELIST_TYPES)),
          ),
        ),
      ];
      return change({ whitelist }, options);
    },
    clearWhitelist: (options) => change({ whitelist: [] }, options),
    disableWhitelist: (options) => change({ whitelist: null }, options),
    setLog: async (value, options) => change({ log: requireBoolean(value, 'value') }, options),
    getWebhookSettings,
  };
}
