/**
 * The records of a call's journal. The journal is the call's whole state: the flow function is
 * re-run against it on every webhook, and what it holds is answered from it instead of being done again.
 */
import type { WebhookEvent } from '../events';
import type { ResponseObject } from '../reply-builders';

/**
 * A webhook of the call; `gather` names the Gather a dtmf event answers. The first entry of a
 * journal (its newCall) carries a random `session`, written before `event` (see `sessionPrefix`).
 */
export interface EventEntry {
  t: 'event';
  session?: string;
  event: WebhookEvent;
  gather?: number;
}

/** Reply verbs, which answer sipgate's pending webhook. */
export type VerbKind = 'gather' | 'dial' | 'voicemail' | 'reject' | 'hangUp' | 'play';
/** Everything the flow can issue: verbs, its own steps, and actions on the live call (REST). */
export type CommandKind = VerbKind | 'step' | 'action';

/**
 * Something the flow issued, numbered in issue order (`seq`). A verb carries the reply sent to
 * sipgate; a step or action is recorded (claimed) before it runs, so it never runs twice.
 */
export interface CommandEntry {
  t: 'command';
  seq: number;
  kind: CommandKind;
  name?: string;
  reply?: ResponseObject;
}

/**
 * How a step or action ended. `interrupted`: its run was cut off before the outcome was saved
 * (steps then fail; actions are taken as sent, so they are never repeated).
 */
export interface ResultEntry {
  t: 'result';
  seq: number;
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string };
  interrupted?: true;
}

/** A newCall or dtmf webhook was answered with no verb (the call proceeds). */
export interface NoReplyEntry {
  t: 'noReply';
}

export type Entry = EventEntry | CommandEntry | ResultEntry | NoReplyEntry;

/** How an entry or command reads in a nondeterminism report. */
export function describeCommand(kind: CommandKind, name: string | undefined, seq: number): string {
  return `${name === undefined ? kind : `${kind} "${name}"`} (#${seq})`;
}

export function describeEntry(entry: Entry | undefined): string {
  if (!entry) return 'nothing more';
  switch (entry.t) {
    case 'command':
      return describeCommand(entry.kind, entry.name, entry.seq);
    case 'event':
      return `the ${entry.event.event} event`;
    case 'result':
      return `the result of #${entry.seq}`;
    default:
      return 'the end of a reply';
  }
}
