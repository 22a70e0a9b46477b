/**
 * The one normaliser for phone numbers in routed requests: `sendRoute` applies it to every module
 * method built from a route table (phone lines, blacklist, devices, fax lines, notifications, SMS
 * caller IDs…), which validate and normalise these numbers to E.164 as `sms.send` and
 * `call.initiate` do, before anything is sent. Each module declares its routes' phone-number
 * fields next to its route table (`PHONELINES_PHONE_NUMBER_FIELDS`…), so a bundle carries only
 * the declarations of the modules it uses; a test reads the contract and fails when a field is
 * missing from them.
 */
import { SipgateIOValidationError } from '../errors';
import { normalisePhoneNumber } from '../phone';
import { isExtension, requireText } from './validate';

/**
 * What a field may hold: a phone number; a phone number or an extension (`p0`, `v0`: forwardings
 * reach lines, groups and voicemail too); or, for the incoming blacklist, also a number prefix in
 * international form (`+49900`), which with `isBlock: true` blocks every number that starts so.
 */
export type PhoneFieldKind = 'number' | 'numberOrExtension' | 'blacklistEntry';

/** The phone-number fields of one route: body fields by path (`forwardings[].destination`) and path parameters. */
export interface RoutePhoneFields {
  body?: Readonly<Record<string, PhoneFieldKind>>;
  path?: Readonly<Record<string, PhoneFieldKind>>;
}

/** A module's phone-number fields, by method name of its route table (see `bindRoutes`). */
export type RoutePhoneNumberFields<Methods extends string = string> = Readonly<
  Partial<Record<Methods, RoutePhoneFields>>
>;

// A prefix in international form: `+` or `00`, then a country code and at most 14 digits in all.
const INTERNATIONAL_PREFIX = /^(?:\+|00)([1-9]\d{0,13})$/;

async function normaliseField(
  value: unknown,
  kind: PhoneFieldKind,
  field: string,
  defaultCountry: string,
  isBlock: boolean,
): Promise<string> {
  if (kind === 'numberOrExtension' && isExtension(value)) return value;
  if (kind !== 'blacklistEntry') return normalisePhoneNumber(value, field, defaultCountry);
  try {
    return await normalisePhoneNumber(value, field, defaultCountry);
  } catch (error) {
    const prefix = INTERNATIONAL_PREFIX.exec(requireText(value, field).replace(/[\s()./-]/g, ''));
    if (isBlock && prefix) return `+${prefix[1]}`;
    if (!(error instanceof SipgateIOValidationError)) throw error;
    throw new SipgateIOValidationError(
      field,
      'is not a valid phone number. To block every number that begins with a prefix, set isBlock: true and give the prefix in international form, e.g. +49900.',
    );
  }
}

/** `value` with the field at `steps` (`['forwardings', '[]', 'destination']`) replaced, copying only what changes. */
async function mapAt(
  value: unknown,
  steps: readonly string[],
  field: string,
  replace: (item: unknown, field: string) => Promise<string>,
): Promise<unknown> {
  if (steps.length === 0) return value === undefined ? undefined : replace(value, field);
  const [step, ...rest] = steps;
  if (step === '[]') {
    if (!Array.isArray(value)) return value;
    return Promise.all(value.map((item, index) => mapAt(item, rest, `${field}[${index}]`, replace)));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !(step in value)) return value;
  const record = value as Record<string, unknown>;
  return { ...record, [step]: await mapAt(record[step], rest, `${field}.${step}`, replace) };
}

/**
 * The path parameters and body of a request with the phone numbers `fields` names normalised to
 * E.164; the caller's objects are not changed. Without fields both pass unchanged.
 *
 * @throws {SipgateIOValidationError} naming the field (`request.body.forwardings[0].destination`).
 * @example
 * ```ts
 * await normaliseRoutePhoneNumbers({ body: { phoneNumber: 'blacklistEntry' } }, {}, { phoneNumber: '0157 999 12345', isBlock: false }, 'DE');
 * // { path: {}, body: { phoneNumber: '+4915799912345', isBlock: false } }
 * ```
 */
export async function normaliseRoutePhoneNumbers(
  fields: RoutePhoneFields | undefined,
  path: Record<string, unknown>,
  body: unknown,
  defaultCountry: string,
): Promise<{ path: Record<string, unknown>; body: unknown }> {
  if (!fields) return { path, body };
  const isBlock = typeof body === 'object' && body !== null && (body as { isBlock?: unknown }).isBlock === true;
  let newPath = path;
  for (const [name, kind] of Object.entries(fields.path ?? {})) {
    // A removal does not say whether the entry was a prefix: accept both.
    if (path[name] !== undefined)
      newPath = {
        ...newPath,
        [name]: await normaliseField(path[name], kind, `request.path.${name}`, defaultCountry, true),
      };
  }
  let newBody = body;
  for (const [at, kind] of Object.entries(fields.body ?? {})) {
    const steps = at.replace(/\[\]/g, '.[].').split('.').filter(Boolean);
    newBody = await mapAt(newBody, steps, 'request.body', (value, field) =>
      normaliseField(value, kind, field, defaultCountry, isBlock),
    );
  }
  return { path: newPath, body: newBody };
}
