/** Points incoming and outgoing webhooks at WEBHOOK_URL and shows the balance. Run: npx tsx examples/settings.ts */
import { createAccountModule, createSettingsModule, SipgateIOError } from '../lib';
import { clientFromEnv, requireEnv } from './credentials';

async function main(): Promise<void> {
  const client = clientFromEnv();
  const settings = createSettingsModule(client);
  const url = requireEnv('WEBHOOK_URL');
  await Promise.all([settings.setIncomingUrl(url), settings.setOutgoingUrl(url), settings.setLog(true)]);
  console.log(await settings.getWebhookSettings());
  const { amount, currency } = await createAccountModule(client).getBalance();
  console.log(`Balance: ${(amount / 10_000).toFixed(2)} ${currency}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SipgateIOError ? `${error.kind}: ${error.message}` : error);
  process.exit(1);
});
