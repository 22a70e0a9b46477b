/**
 * The flow functions this instance keeps suspended between a call's webhooks, so that the next
 * webhook resumes the function instead of replaying the journal. Only a cache: a run is used when
 * the store confirms, under the call's lock, that the journal is still the one the run left
 * (same version, same session); anything else replays. Bounded (the least recently active call
 * is dropped beyond `maxRuns`; 0 keeps none), and a run expires `ttlMs` after its last turn, as
 * its journal does. The engine drops a call's run at its hangup. Expired runs are swept as others
 * are put: no timer.
 */
import { createExpiringMap } from './expiring-map';
import type { FlowRun } from './run';

export interface SuspendedRun {
  run: FlowRun;
  /** The journal's version when the run's last turn ended. */
  version: number;
  /** The session id of that journal. */
  session: string;
  expiresAt: number;
}

export interface SuspendedRuns {
  /** The call's kept run, left in place (what the store is asked to confirm). */
  peek(key: string): SuspendedRun | undefined;
  /** The call's kept run, no longer kept: the turn that takes it owns it. */
  take(key: string): SuspendedRun | undefined;
  /** Keeps `run` after a turn that ended with the journal at `version` (not kept without a session). */
  put(key: string, run: FlowRun, version: number, session: string | undefined): void;
  readonly size: number;
}

export function createSuspendedRuns(maxRuns: number, ttlMs: number): SuspendedRuns {
  const runs = createExpiringMap<SuspendedRun>(maxRuns);
  return {
    peek: (key) => runs.get(key, Date.now()),
    take(key) {
      const kept = runs.get(key, Date.now());
      if (kept) runs.delete(key);
      return kept;
    },
    put(key, run, version, session) {
      if (maxRuns === 0 || session === undefined) return;
      const now = Date.now();
      runs.sweep(now);
      runs.set(key, { run, version, session, expiresAt: now + ttlMs });
    },
    get size() {
      return runs.size;
    },
  };
}
