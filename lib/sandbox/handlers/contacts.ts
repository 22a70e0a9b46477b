/** Contacts: create, update, delete, CSV import and paged listing with the phone-number filter. */
import { newId, type SandboxContact } from '../state';
import { invalidBase64, notFound, ok, page, type HandlerContext, type HandlerTable } from './context';

type Body = Record<string, unknown>;

function toContact(id: string, body: Body): SandboxContact {
  const given = typeof body.given === 'string' ? body.given : undefined;
  const family = typeof body.family === 'string' ? body.family : undefined;
  return {
    id,
    name: typeof body.name === 'string' ? body.name : [given, family].filter(Boolean).join(' '),
    ...(given === undefined ? {} : { given }),
    ...(family === undefined ? {} : { family }),
    picture: typeof body.picture === 'string' ? body.picture : null,
    emails: ((body.emails ?? []) as SandboxContact['emails']).map((email) => ({
      email: String(email.email ?? ''),
      type: [...(email.type ?? [])],
    })),
    numbers: ((body.numbers ?? []) as SandboxContact['numbers']).map((number) => ({
      number: String(number.number ?? ''),
      type: [...(number.type ?? [])],
    })),
    addresses: ((body.addresses ?? []) as SandboxContact['addresses']).map((address) => ({ ...address })),
    organization: ((body.organization ?? []) as string[][]).map((row) => [...row]),
    scope: body.scope === 'SHARED' || body.scope === 'INTERNAL' ? body.scope : 'PRIVATE',
  };
}

/** Reads the CSV the SDK imports (`firstname,lastname,number`, quoted fields allowed). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',' || char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  row.push(cell);
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

const digitsOf = (number: string): string => number.replace(/\D/g, '').replace(/^0+/, '');

function withContact(context: HandlerContext, then: (contact: SandboxContact) => void) {
  const contact = context.state.contacts.find((candidate) => candidate.id === String(context.params.contactId));
  if (!contact) return notFound('contact', context.params.contactId);
  then(contact);
  return ok(context);
}

export const contactHandlers: HandlerTable = {
  'GET /contacts': (context) => {
    const wanted = ((context.params.phonenumbers ?? []) as string[]).map(digitsOf).filter(Boolean);
    const matching =
      wanted.length === 0
        ? context.state.contacts
        : context.state.contacts.filter((contact) =>
            contact.numbers.some((number) =>
              wanted.some(
                (digits) => digitsOf(number.number).endsWith(digits) || digits.endsWith(digitsOf(number.number)),
              ),
            ),
          );
    return ok(context, page(structuredClone(matching), context.params, 5_000));
  },
  'POST /contacts': (context) => {
    const contact = toContact(newId(context.state, 'c'), (context.body ?? {}) as Body);
    context.state.contacts.push(contact);
    return ok(context);
  },
  'PUT /contacts/{contactId}': (context) =>
    withContact(context, (contact) => {
      Object.assign(contact, toContact(contact.id, (context.body ?? {}) as Body));
    }),
  'DELETE /contacts/{contactId}': (context) =>
    withContact(context, (contact) => {
      context.state.contacts = context.state.contacts.filter((candidate) => candidate !== contact);
    }),
  // sipgate deletes all private contacts here; shared ones are deleted one by one.
  'DELETE /contacts': (context) => {
    context.state.contacts = context.state.contacts.filter((contact) => contact.scope !== 'PRIVATE');
    return ok(context);
  },
  'POST /contacts/import/csv': (context) => {
    const refused = invalidBase64(context.body);
    if (refused) return refused;
    const text = Buffer.from(String(((context.body ?? {}) as Body).base64Content ?? ''), 'base64').toString('utf8');
    const [header = [], ...rows] = parseCsv(text);
    const column = (name: string): number => header.findIndex((title) => title.trim().toLowerCase() === name);
    const [first, last, number] = [column('firstname'), column('lastname'), column('number')];
    for (const row of rows) {
      const given = row[first] ?? '';
      const family = row[last] ?? '';
      context.state.contacts.push(
        toContact(newId(context.state, 'c'), {
          given,
          family,
          numbers: number >= 0 && row[number] ? [{ number: row[number], type: ['cell'] }] : [],
          scope: 'PRIVATE',
        }),
      );
    }
    return ok(context);
  },
};
