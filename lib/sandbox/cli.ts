#!/usr/bin/env node
/**
 * Command line for the sandbox:
 *   sipgateio-sandbox [--port 0] [--host 127.0.0.1] [--webhook-url URL] [--json]
 * Prints a banner (or, with --json, one JSON line for scripts) when ready; stops on SIGINT/SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from './sandbox';

const USAGE = 'Usage: sipgateio-sandbox [--port 0] [--host 127.0.0.1] [--webhook-url URL] [--json]';

async function main(): Promise<void> {
  let values: { port?: string; host?: string; 'webhook-url'?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        'webhook-url': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  const sandbox = await startSandbox({
    port,
    host: values.host,
    ...(values['webhook-url'] ? { webhookUrl: values['webhook-url'] } : {}),
  });
  const stop = (): void => {
    void sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (values.json) {
    const { url, credentials, webhookPublicKey, consoleUrl } = sandbox;
    console.log(
      JSON.stringify({ url, tokenId: credentials.tokenId, token: credentials.token, webhookPublicKey, consoleUrl }),
    );
    return;
  }
  const exposed = !['127.0.0.1', '::1', 'localhost'].includes(values.host ?? '');
  console.log(
    [
      '',
      '  sipgate sandbox is running',
      '',
      `  API        ${sandbox.url}`,
      `  Console    ${sandbox.consoleUrl}`,
      `  Token ID   ${sandbox.credentials.tokenId}`,
      `  Token      ${sandbox.credentials.token}`,
      `  Webhooks   ${values['webhook-url'] ?? '(none yet: --webhook-url, or PUT /settings/sipgateio)'}`,
      '',
      '  In your app:',
      `    SIPGATE_API_URL=${sandbox.url} SIPGATE_TOKEN_ID=${sandbox.credentials.tokenId} SIPGATE_TOKEN=${sandbox.credentials.token}`,
      '    verify webhooks with the sandbox public key (sandbox.webhookPublicKey, or --json).',
      ...(exposed ? ['', `  ⚠ Listening on ${values.host}: reachable from other machines.`] : []),
      '',
      '  Ctrl+C stops it.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
