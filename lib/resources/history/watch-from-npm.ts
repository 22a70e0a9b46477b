import { SipgateIOError } from '../../core/errors';
import type { HistoryWatcher } from './history.types';

/**
 * The CDN bundle's `history.watch` (rollup puts this file in place of ./watch for that build
 * only): the watcher would add about 1 KB gzip to every page that loads the bundle, most of which
 * never poll the history. It is in every npm build, browser builds included.
 *
 * @example
 * ```ts
 * watchHistory(); // throws SipgateIOError (kind 'unsupported') in the CDN bundle
 * ```
 */
export function watchHistory(): HistoryWatcher {
  throw new SipgateIOError(
    'history.watch is not in the CDN bundle (it would weigh on every page that loads it): use the npm package, whose browser build has it.',
    'unsupported',
  );
}
