/**
 * One process sending an SMS with a sender (`from`), for sms-lock.test.ts: two run at once.
 *   API_URL, FROM, MESSAGE, and REDIS_PORT to share the lock through Redis (else the default, in-process lock)
 */
import Redis from 'ioredis';
import { createSMSModule, sipgateIO } from '../../lib';
import { createRedisCallStore } from '../../lib/webhook';

async function main(): Promise<void> {
  const redis = process.env.REDIS_PORT ? new Redis(Number(process.env.REDIS_PORT), '127.0.0.1') : undefined;
  const lock = redis ? createRedisCallStore(redis).lock : undefined;
  const client = sipgateIO(
    { tokenId: 'token-SMSLCK', token: '5a5a5a5a-1a2b-4c3d-8e4f-a5b6c7d8e9f0' },
    { baseUrl: process.env.API_URL, maxRetries: 0, ...(lock ? { lock } : {}) },
  );
  // Both processes start sending at the same moment: the stub answers this once both asked.
  await fetch(`${process.env.API_URL}/go`);
  await createSMSModule(client).send({
    from: process.env.FROM as string,
    to: '+4915799912345',
    message: process.env.MESSAGE as string,
  });
  await redis?.quit();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
