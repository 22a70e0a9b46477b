/**
 * The console's HTTP side: the page, its live timeline (server-sent events, with a JSON list for
 * the first paint), and the two actions a person takes there (call the app, reset).
 * The actions accept JSON only and no foreign Origin, so another web page cannot trigger them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimulatedCall } from '../../webhook/simulator/simulate-call';
import type { SandboxCallOptions } from '../sandbox';
import type { TimelineEntry } from '../timeline';
import { CONSOLE_PAGE } from './console-page';

/** What the console needs from the sandbox. */
export interface ConsoleDeps {
  timeline(): TimelineEntry[];
  subscribe(listener: (entry: TimelineEntry) => void): () => void;
  reset(): void;
  call(options: SandboxCallOptions): Promise<SimulatedCall>;
  webhookUrl(): string;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(text);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) {
    text += String(chunk);
    if (text.length > 10_000) throw new Error('too large');
  }
  const parsed: unknown = text.trim() === '' ? {} : JSON.parse(text);
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}

function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${request.headers.host}`;
}

/** Handles a request outside the API root. */
export async function handleConsoleRequest(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  deps: ConsoleDeps,
): Promise<void> {
  const route = `${request.method} ${url.pathname}`;
  if (route === 'GET /') {
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'",
    });
    response.end(CONSOLE_PAGE);
    return;
  }
  if (route === 'GET /console/timeline')
    return json(response, 200, { webhookUrl: deps.webhookUrl(), entries: deps.timeline() });
  if (route === 'GET /console/events') {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    const unsubscribe = deps.subscribe((entry) => response.write(`data: ${JSON.stringify(entry)}\n\n`));
    request.on('close', unsubscribe);
    return;
  }
  if (route === 'POST /console/reset' || route === 'POST /console/call') {
    if (!sameOrigin(request) || !String(request.headers['content-type'] ?? '').startsWith('application/json'))
      return json(response, 403, { message: 'The console accepts JSON from its own page only.' });
    let body: Record<string, unknown>;
    try {
      body = await readJson(request);
    } catch {
      return json(response, 400, { message: 'Send a small JSON object.' });
    }
    if (route === 'POST /console/reset') {
      deps.reset();
      return json(response, 200, { ok: true });
    }
    try {
      const digits = typeof body.digits === 'string' && body.digits !== '' ? body.digits.split(',') : [];
      const call = await deps.call({
        ...(typeof body.from === 'string' && body.from ? { from: body.from } : {}),
        ...(typeof body.to === 'string' && body.to ? { to: body.to } : {}),
        digits,
      });
      return json(response, 200, { outcome: call.outcome, transcript: call.transcript });
    } catch (error) {
      return json(response, 409, { message: error instanceof Error ? error.message : String(error) });
    }
  }
  request.resume();
  json(response, 404, { message: `Nothing at ${url.pathname}: the API is under /v2, the console at /.` });
}
