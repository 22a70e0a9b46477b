// BENCHMARKS.md section 8 (call flows, #27) from the results of call-flow.mjs; run-all.mjs writes it.

const mmm = (s, unit = '') => `${s.median}${unit} (${s.min}–${s.max})`;
const verdict = (ok) => (ok ? '**met**' : '**missed**');
const thousands = (n) => Math.round(n).toLocaleString('en-US');

/** The same figures of the lead's run before the optimisations (quiet machine, one round, 32 connections). */
export const BEFORE = {
  date: '2026-12-03',
  plain: { reqPerSec: 13_546, p50: 1.92, cpuMsPer1000: 72.7 },
  memory: { reqPerSec: 7_871, p50: 3.29, cpuMsPer1000: 137.7 },
  redis: { reqPerSec: 4_294, p50: 6.88, cpuMsPer1000: 233.7 },
};

/** Before and after in the same rounds (medians), on the shared machine: the benchmark with both builds' servers interleaved. */
const AB = {
  date: '2026-12-03',
  rounds: 5,
  load: '3.3–8.6',
  plain: 110.4,
  memory: [210, 165.1],
  redis: [354.5, 222.3],
  memoryVsPlain: [2.26, 1.51],
  redisVsPlain: [2.81, 1.99],
  redisAdds1: [0.34, 0.25],
  redisAdds4: [1.09, 0.5],
};

/** The two targets of #27, as the summary and section 8 state them. */
export function callFlowTargets(flow) {
  const { ratios } = flow;
  const light = flow.lightConnections.map((c) => ratios.redisAddsP50Light[c].median);
  return {
    memory: {
      target: "call flow, in memory: ≥ 0.6× the plain handler's req/s",
      result: `${mmm(ratios.memoryReqPerSec, '×')}`,
      met: ratios.memoryReqPerSec.median >= 0.6,
    },
    redis: {
      target: 'call flow, Redis on loopback: adds ≤ 2 ms at p50 (light load)',
      result: `${flow.lightConnections.map((c) => `${mmm(ratios.redisAddsP50Light[c], ' ms')} at ${c} conn.`).join(', ')}`,
      met: light.every((ms) => ms <= 2),
    },
  };
}

export function callFlowSection(flow) {
  const { servers, ratios } = flow;
  const targets = callFlowTargets(flow);
  const names = {
    plain: 'plain hand-written handler (a Map by callId)',
    memory: 'call flow, in-memory store',
    redis: 'call flow, Redis store (loopback)',
  };
  const light = flow.lightConnections;
  const loads = flow.loadAverage;
  return [
    '## 8. Call flows (#27)',
    '',
    `\`node scripts/bench/call-flow.mjs\`: signed webhooks of a three-menu call (newCall, three dtmf, answer, hangup; 2048-bit test key) against three servers, each in its own process: a plain hand-written handler doing the same, the flow with the in-memory store, and the flow with the Redis store (a private \`redis-server\` on loopback, ioredis). The load comes from the benchmark's own process over keep-alive connections: saturated (${flow.connections} connections, ${flow.duration} s) for req/s and server CPU (user + system time of the server process per 1,000 requests), then light (${light.join(' and ')} connection${light.length > 1 ? 's' : ''}, ${flow.lightDuration} s each) for latency: on 2 cores, p50 at ${flow.connections} connections is mostly time spent queueing behind other requests, while at 1 connection it is the time one webhook takes. ${flow.rounds} rounds interleave the servers (plain, memory, Redis, plain, …) so that a noisy neighbour hurts all three alike; medians (min–max), ratios taken within a round. Conditions of this run: Node ${flow.node}, ${flow.cpus} CPUs shared with other work, 1-minute load average ${loads.start} at the start and ${loads.end} at the end (0 to 1 is a quiet machine; the absolute figures fall as it rises, the ratios much less).`,
    '',
    `| server | req/s, ${flow.connections} conn. | p50 ms, ${flow.connections} conn. | p99 ms, ${flow.connections} conn. | server CPU ms per 1,000 requests | ${light.map((c) => `p50 ms, ${c} conn.`).join(' | ')} |`,
    `| --- | --- | --- | --- | --- | ${light.map(() => '---').join(' | ')} |`,
    ...Object.entries(servers).map(
      ([kind, r]) =>
        `| ${names[kind]} | ${mmm(r.reqPerSec)} | ${mmm(r.p50)} | ${mmm(r.p99)} | ${mmm(r.cpuMsPer1000)} | ${light.map((c) => mmm(r.light[c].p50)).join(' | ')} |`,
    ),
    '',
    '| target | result | |',
    '| --- | --- | --- |',
    `| ${targets.memory.target} | ${targets.memory.result} (CPU ${mmm(ratios.memoryCpu, '×')} the plain handler's) | ${verdict(targets.memory.met)} |`,
    `| ${targets.redis.target} | ${targets.redis.result}; saturated (${flow.connections} conn., mostly queueing): ${mmm(ratios.redisAddsP50, ' ms')} | ${verdict(targets.redis.met)} |`,
    '',
    `"Adds" is the Redis flow's p50 minus the in-memory flow's in the same round. The latency target is judged at light load, where p50 is a webhook's own time; at ${flow.connections} connections the flow server, redis-server and the load generator share the cores, and the figure there mostly measures the queue, which grows with the server's CPU per request.`,
    '',
    `Before the changes below (the same benchmark at ${flow.connections} connections on a quiet machine, ${BEFORE.date}, one round): plain ${thousands(BEFORE.plain.reqPerSec)} req/s, p50 ${BEFORE.plain.p50} ms, ${BEFORE.plain.cpuMsPer1000} CPU ms per 1,000; in memory ${thousands(BEFORE.memory.reqPerSec)} req/s (${(BEFORE.memory.reqPerSec / BEFORE.plain.reqPerSec).toFixed(2)}×), p50 ${BEFORE.memory.p50} ms, ${BEFORE.memory.cpuMsPer1000} ms; Redis ${thousands(BEFORE.redis.reqPerSec)} req/s, p50 ${BEFORE.redis.p50} ms, ${BEFORE.redis.cpuMsPer1000} ms (Redis added ${(BEFORE.redis.p50 - BEFORE.memory.p50).toFixed(2)} ms at p50). Where the flow's own time went (\`node --cpu-prof\` on the servers, \`--cpu-prof DIR\` of the benchmark): every webhook replayed the function from its journal, rebuilding each earlier reply; three callback URLs per webhook and one per Gather were built with \`new URL\`, about a fifth of the flow's own time; garbage collection of all that was a third; with Redis, each webhook sent four commands (take the lock, read the journal, append, free the lock), and the socket write of each was most of the server's Redis CPU. Now:`,
    '',
    "- **Kept functions** (`maxCachedCalls`, default 1,000 per instance; `0` replays on every webhook): the instance that took a call's webhook keeps the function suspended and resumes it with the call's next webhook when, under the call's lock, the store's journal is still the one it left (same version, same session id in its first entry). Otherwise, as after another instance took a webhook of the call or a restart, the journal is replayed as before. Every write is still a compare-and-set append under the call's lock.",
    '- **Two Redis commands per webhook**: one script takes the lock and reads the journal (or confirms the kept one without sending it), one appends, removes the journal at hangup and frees the lock.',
    '- **Callback URLs** from a template made once per flow with the URL API.',
    '',
    `On this shared machine the code before and after these changes was also measured side by side, in the same rounds (${AB.rounds} rounds, ${AB.date}, load average ${AB.load}), since only ratios within a round survive its noise: server CPU per 1,000 requests ${AB.memory.join(' → ')} ms in memory and ${AB.redis.join(' → ')} ms with Redis (the plain handler: ${AB.plain} ms), that is ${AB.memoryVsPlain.join('× → ')}× and ${AB.redisVsPlain.join('× → ')}× the plain handler's; Redis added ${AB.redisAdds1.join(' → ')} ms at p50 with 1 connection and ${AB.redisAdds4.join(' → ')} ms with 4.`,
    '',
  ];
}
