/** Sends an SMS now and schedules one for tomorrow. Run: npx tsx examples/sms.ts */
import { createSMSModule, SipgateIOError } from '../lib';
import { clientFromEnv, requireEnv } from './credentials';

async function main(): Promise<void> {
  const sms = createSMSModule(clientFromEnv());
  const to = requireEnv('SMS_RECIPIENT');
  await sms.send({ smsId: 's0', to, message: 'Hello from sipgateio-sdk' });
  await sms.schedule({ smsId: 's0', to, message: 'Reminder' }, new Date(Date.now() + 24 * 3_600_000));
  console.log('Sent one SMS and scheduled another.');
}

main().catch((error: unknown) => {
  console.error(error instanceof SipgateIOError ? `${error.kind}: ${error.message}` : error);
  process.exit(1);
});
