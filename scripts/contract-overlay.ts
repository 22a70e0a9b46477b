/**
 * Corrections of the contract's documented defects (contract/corrections.md), applied
 * to a parsed copy of sipgate-openapi.yaml before the types are generated (`npm run generate`)
 * and before the Prism mock serves it (test/contract/prism.ts). Each step is narrow and names the
 * note it answers; the spec file itself is never edited.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export type Json = Record<string, unknown>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** sipgate's contract as checked in (contract/README.md says where it comes from). */
export const SPEC_PATH = resolve(__dirname, '../contract/sipgate-openapi.yaml');

/** A freshly parsed copy of the spec (callers change it in place). */
export function readSpec(): Json {
  return parse(readFileSync(SPEC_PATH, 'utf8')) as Json;
}

function renameMediaType(content: unknown): void {
  if (content && typeof content === 'object' && '*/*' in content) {
    const map = content as Json;
    map['application/json'] ??= map['*/*'];
    delete map['*/*'];
  }
}

function schemasOf(spec: Json): Record<string, Json> {
  const components = (spec.components ??= {}) as Json;
  return (components.schemas ??= {}) as Record<string, Json>;
}

/** Marks one property of a component schema nullable (corrections #6). */
function makeNullable(spec: Json, schema: string, property: string): void {
  const props = schemasOf(spec)[schema]?.properties as Record<string, Json> | undefined;
  if (props?.[property]) props[property].nullable = true;
}

/** Every operation of the spec with its method and path template. */
export function operationsOf(
  spec: Json,
): Array<{ method: (typeof HTTP_METHODS)[number]; path: string; operation: Json }> {
  const found: Array<{ method: (typeof HTTP_METHODS)[number]; path: string; operation: Json }> = [];
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Json | undefined;
      if (operation) found.push({ method, path, operation });
    }
  }
  return found;
}

/**
 * #10: summaries that read badly (spelling, grammar, one missing, one copied from another
 * operation), keyed by route. They become the SDK's method docs and the generated types' comments.
 */
export const SUMMARIES: Readonly<Record<string, string>> = {
  'GET /identityVerification': "Get the state of the account's identity verification",
  'GET /addresses/itemCount': 'Get the number of addresses',
  'GET /authorization/oauth2/clients/{clientId}/gdpr': 'Get the GDPR URLs of a specific OAuth 2.0 client',
  'POST /autorecordings/greetings': 'Save a greeting to be used for automated call recordings',
  'DELETE /autorecordings/greetings/{greetingId}': 'Delete the greeting used for automated call recordings',
  'POST /sessions/ivr/recording': 'Initiate a new call to record an IVR message',
  'GET /restrictions': "List all restrictions based on the user's product",
  'GET /devices/{deviceId}/singlerowdisplay': 'Get the single row display setting of a specific device',
  'PUT /devices/{deviceId}/singlerowdisplay': 'Update the single row display setting for an existing device',
  'GET /devices/{deviceId}/tariffannouncement': 'Get the tariff announcement setting of a specific device',
  'PUT /devices/{deviceId}/tariffannouncement': 'Update the tariff announcement setting for an existing device',
  'POST /sessions/fax/resend': 'Resend a fax',
  'GET /{userId}/faxlines/{faxlineId}/numbers': 'List all phone numbers routed to a fax line',
  'GET /groupfaxlines/{faxlineId}/callerid': 'Get the caller ID of a specific group fax line',
  'GET /groupfaxlines/{faxlineId}/numbers': 'List all phone numbers routed to a group fax line',
  'GET /groups/{groupId}': "Get a single group's details",
  'POST /groups/{groupId}/devices': 'Add a device to a group',
  'DELETE /groups/{groupId}/devices/{deviceId}': 'Remove a device from a group',
  'GET /groups/{groupId}/numbers': 'List all phone numbers routed to a group',
  'PUT /history/{entryId}/note': 'Set the note of a specific entry',
  'PUT /history/{entryId}/read': 'Mark a specific entry as read or unread',
  'POST /{userId}/notifications/call/sms': 'Create a new SMS notification for calls',
  'POST /{userId}/notifications/fax/sms': 'Create a new SMS notification for faxes',
  'POST /{userId}/notifications/sms/email': 'Create a new email notification for incoming SMS',
  'POST /{userId}/notifications/voicemail/sms': 'Create a new SMS notification for voicemails',
  'GET /numbers/quickdial/validation/{quickDialNumber}': 'Check whether a quick dial number is already taken',
  'GET /{userId}/phonelines/{phonelineId}': 'Get a single phone line',
  'POST /{userId}/phonelines/{phonelineId}/devices': 'Add a device to a phone line',
  'DELETE /{userId}/phonelines/{phonelineId}/devices/{deviceId}': 'Remove a device from a phone line',
  'GET /{userId}/phonelines/{phonelineId}/numbers': 'List all phone numbers routed to a phone line',
  'POST /{userId}/phonelines/{phonelineId}/parallelforwardings':
    'Create a parallel forwarding for an existing phone line',
  'DELETE /{userId}/phonelines/{phonelineId}/parallelforwardings/{parallelForwardingId}':
    'Delete a parallel forwarding',
  'PUT /users/{userId}/defaultdevice': 'Update the default device of an existing user',
  'PUT /users/{userId}/location': 'Set the location of a user',
  'POST /sessions/voicemail/play': 'Initiate a new call to play back a voicemail',
};

/** Applies the corrections the real API proves (notes 2, 3, 4, 6, 7, 9) and the summaries (#10) to a parsed spec, in place. */
export function applyOverlay(spec: Json): Json {
  for (const { method, path, operation } of operationsOf(spec)) {
    // #10: summaries that read badly.
    const summary = SUMMARIES[`${method.toUpperCase()} ${path}`];
    if (summary !== undefined) operation.summary = summary;
    // #2: request bodies declared `*/*` are JSON.
    renameMediaType((operation.requestBody as Json | undefined)?.content);
    const responses = (operation.responses ??= {}) as Record<string, Json>;
    // #3: responses declared `*/*` are JSON.
    for (const response of Object.values(responses)) renameMediaType(response?.content);
    // #4: operations without a success response answer 204 in reality.
    if (!Object.keys(responses).some((status) => /^2/.test(status))) {
      responses['204'] = { description: 'No Content (overlay: corrections #4)' };
    }
    // #7: the history export is CSV text, not a JSON object as octet-stream.
    if (path === '/history/export' && method === 'get') {
      responses['200'] = {
        description: 'CSV (overlay: corrections #7)',
        content: { 'text/csv': { schema: { type: 'string' }, example: 'id,source,target\n' } },
      };
    }
  }
  // #6: `null` means "not set" for these fields, and clients send it on purpose.
  makeNullable(spec, 'SetSipgateIoAccountSettingsRequest', 'whitelist');
  makeNullable(spec, 'SipgateIoUrlResponse', 'whitelist');
  makeNullable(spec, 'UpdateContactRequest', 'picture');
  makeNullable(spec, 'CreateContactRequest', 'picture');
  // #9: fax history entries carry faxStatusType.
  const historyEntry = schemasOf(spec).HistoryEntryResponse;
  if (historyEntry) {
    (historyEntry.properties as Json).faxStatusType = {
      type: 'string',
      enum: ['SENT', 'PENDING', 'FAILED', 'SENDING', 'SCHEDULED'],
    };
  }
  return spec;
}

/**
 * Removes the examples of object and array schemas, in place. In the typings the type already
 * shows such a value's shape, and each scalar property keeps its own example, so an object's
 * example repeats what is there: 80 KB, a quarter of the file every install carries. Those of
 * array properties are strings that contradict their schema (corrections #5: `whitelist: "[w0]"`
 * for a string array), which an editor's hover would present as the way to write the value.
 * Scalar examples stay. Only the typings lose them: the Prism mock serves the contract's.
 */
export function withoutCompositeExamples(spec: Json): void {
  const visit = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object') return;
    const node = schema as Json;
    if (node.type === 'object' || node.type === 'array' || 'properties' in node || 'items' in node) delete node.example;
    // Walked by structure, not by key name: `properties` maps names to schemas, and a property
    // may itself be called `items` or `type`.
    for (const property of Object.values((node.properties ?? {}) as Json)) visit(property);
    visit(node.items);
    visit(node.additionalProperties);
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const)
      for (const part of (node[key] ?? []) as unknown[]) visit(part);
  };
  const visitContent = (content: unknown): void => {
    for (const media of Object.values((content ?? {}) as Record<string, Json>)) visit(media?.schema);
  };
  for (const schema of Object.values(schemasOf(spec))) visit(schema);
  for (const { operation } of operationsOf(spec)) {
    for (const parameter of (operation.parameters ?? []) as Json[]) visit(parameter?.schema);
    visitContent((operation.requestBody as Json | undefined)?.content);
    for (const response of Object.values((operation.responses ?? {}) as Record<string, Json>))
      visitContent(response?.content);
  }
}
