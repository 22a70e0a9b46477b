/** Lists the last 10 missed calls and archives them. Run: npx tsx examples/history.ts */
import { createHistoryModule, HistoryDirection, HistoryEntryType, SipgateIOError } from '../lib';
import { clientFromEnv } from './credentials';

async function main(): Promise<void> {
  const history = createHistoryModule(clientFromEnv());
  const missed = await history.fetchAll(
    { types: [HistoryEntryType.CALL], directions: [HistoryDirection.MISSED_INCOMING] },
    { limit: 10 },
  );
  for (const entry of missed) console.log(`${entry.created.toISOString()} ${entry.source} → ${entry.target}`);
  await history.batchUpdateEvents(missed, () => ({ archived: true }));
  let total = 0;
  for await (const entry of history.iterate({ types: [HistoryEntryType.SMS] })) total += entry.id ? 1 : 0;
  console.log(`${total} SMS in the history.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof SipgateIOError ? `${error.kind}: ${error.message}` : error);
  process.exit(1);
});
