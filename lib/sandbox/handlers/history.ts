/** The call history: filters and paging as sipgate applies them, and every way to change an entry. */
import type { SandboxHistoryEntry } from '../state';
import { notFound, ok, page, type HandlerContext, type HandlerTable, type Reply } from './context';

type Body = Record<string, unknown>;

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
}

/** The entries `GET /history` and its export would list for these query parameters. */
function filtered(entries: readonly SandboxHistoryEntry[], params: Record<string, unknown>): SandboxHistoryEntry[] {
  const types = list(params.types);
  const directions = list(params.directions);
  const connectionIds = list(params.connectionIds);
  const starred = list(params.starred).map((value) => value === 'STARRED' || value === 'true');
  const from = typeof params.from === 'string' ? Date.parse(params.from) : NaN;
  const to = typeof params.to === 'string' ? Date.parse(params.to) : NaN;
  const digits = typeof params.phonenumber === 'string' ? params.phonenumber.replace(/\D/g, '') : '';
  return entries.filter(
    (entry) =>
      (types.length === 0 || types.includes(entry.type)) &&
      (directions.length === 0 || directions.includes(entry.direction)) &&
      (connectionIds.length === 0 || entry.connectionIds.some((id) => connectionIds.includes(id))) &&
      (starred.length === 0 || starred.includes(entry.starred)) &&
      (typeof params.archived !== 'boolean' || entry.archived === params.archived) &&
      (Number.isNaN(from) || Date.parse(entry.created) >= from) &&
      (Number.isNaN(to) || Date.parse(entry.created) <= to) &&
      (digits === '' ||
        entry.source.replace(/\D/g, '').includes(digits) ||
        entry.target.replace(/\D/g, '').includes(digits)),
  );
}

function withEntry(context: HandlerContext, change: (entry: SandboxHistoryEntry) => Reply | void): Reply {
  const entry = context.state.history.find((candidate) => candidate.id === String(context.params.entryId));
  if (!entry) return notFound('history entry', context.params.entryId);
  const reply = change(entry);
  return reply ?? ok(context);
}

/** Copies the fields a history update may set (and only those). */
function update(entry: SandboxHistoryEntry, body: Body): void {
  for (const field of ['archived', 'read', 'starred'] as const) {
    if (typeof body[field] === 'boolean') entry[field] = body[field];
  }
  if (typeof body.note === 'string') entry.note = body.note;
  entry.lastModified = new Date().toISOString();
}

const CSV_COLUMNS = [
  'id',
  'created',
  'type',
  'direction',
  'status',
  'source',
  'target',
  'archived',
  'starred',
  'note',
] as const;

function csvCell(value: unknown): string {
  const text = String(value ?? '');
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const historyHandlers: HandlerTable = {
  'GET /history': (context) => ok(context, page(filtered(context.state.history, context.params), context.params, 20)),
  'GET /history/export': (context) => {
    const { items } = page(filtered(context.state.history, context.params), context.params, 1_000);
    const lines = [
      CSV_COLUMNS.join(','),
      ...items.map((entry) => CSV_COLUMNS.map((column) => csvCell(entry[column])).join(',')),
    ];
    return { status: 200, text: `${lines.join('\n')}\n`, contentType: 'text/csv' };
  },
  'PUT /history': (context) => {
    for (const change of (context.body ?? []) as Body[]) {
      const entry = context.state.history.find((candidate) => candidate.id === String(change.id));
      if (entry) update(entry, change);
    }
    return ok(context);
  },
  'DELETE /history': (context) => {
    const ids = new Set(list(context.params.id));
    context.state.history = context.state.history.filter((entry) => !ids.has(entry.id));
    return ok(context);
  },
  'GET /history/{entryId}': (context) => withEntry(context, (entry) => ok(context, { ...entry })),
  'PUT /history/{entryId}': (context) => withEntry(context, (entry) => update(entry, (context.body ?? {}) as Body)),
  'DELETE /history/{entryId}': (context) =>
    withEntry(context, (entry) => {
      context.state.history = context.state.history.filter((candidate) => candidate !== entry);
    }),
  'PUT /history/{entryId}/archive': (context) =>
    withEntry(context, (entry) => update(entry, { archived: ((context.body ?? {}) as Body).value })),
  'PUT /history/{entryId}/read': (context) =>
    withEntry(context, (entry) => update(entry, { read: ((context.body ?? {}) as Body).value })),
  'PUT /history/{entryId}/note': (context) =>
    withEntry(context, (entry) => {
      update(entry, { note: (context.body as Body).note });
      return ok(context, {});
    }),
};
