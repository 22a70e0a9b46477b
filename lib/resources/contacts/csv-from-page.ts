import { SipgateIOError } from '../../core/errors';
import type { Papa } from './csv';

/**
 * The CDN bundle's CSV (rollup puts this file in place of ./csv for that build only): papaparse
 * is left out of the bundle to keep it within its size budget, so a page that imports or exports
 * contacts as CSV loads papaparse's own script first, which defines the global `Papa`. Nothing
 * is fetched behind the page's back.
 */
export function loadPapa(): Promise<Papa> {
  const papa = (globalThis as { Papa?: Partial<Papa> }).Papa;
  if (typeof papa?.parse === 'function' && typeof papa.unparse === 'function') return Promise.resolve(papa as Papa);
  return Promise.reject(
    new SipgateIOError(
      'CSV import and export need papaparse, which the CDN bundle leaves out to stay small: load it before using them, ' +
        'e.g. <script src="https://cdn.jsdelivr.net/npm/papaparse@5/papaparse.min.js"></script>, or use the npm package.',
      'unsupported',
    ),
  );
}
