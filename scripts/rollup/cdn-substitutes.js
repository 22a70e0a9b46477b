// What the CDN bundle swaps out to stay within its budget.
// - csvFromPage: papaparse (6 KB gzip, for the contacts CSV import and export only) is taken from
//   the page's global `Papa` (lib/resources/contacts/csv-from-page.ts).
// - historyWatchFromNpm: history.watch (1 KB gzip) is left to the npm builds; in the bundle it
//   throws an 'unsupported' SipgateIOError (lib/resources/history/watch-from-npm.ts).
// - xhrOnlyAxios: pages all have XMLHttpRequest, axios's first choice in a browser; its fetch
//   adapter (for service workers and edge runtimes, which use the npm builds) is left out (~2 KB).
const { resolve } = require('node:path');

const CONTACTS = resolve('lib/resources/contacts/index.ts');
const CSV_FROM_PAGE = resolve('lib/resources/contacts/csv-from-page.ts');
const csvFromPage = {
  name: 'csv-from-page',
  resolveId(id, importer) {
    return id === './csv' && importer === CONTACTS ? CSV_FROM_PAGE : null;
  },
};

const HISTORY = resolve('lib/resources/history/index.ts');
const WATCH_FROM_NPM = resolve('lib/resources/history/watch-from-npm.ts');
const historyWatchFromNpm = {
  name: 'history-watch-from-npm',
  resolveId(id, importer) {
    return id === './watch' && importer === HISTORY ? WATCH_FROM_NPM : null;
  },
};

// Resolved through axios's own export map, so a moved file fails loudly (the stub is never used
// and the size budget breaks) instead of matching something else.
const AXIOS_FETCH_ADAPTER = require.resolve('axios/unsafe/adapters/fetch.js');
const xhrOnlyAxios = {
  name: 'xhr-only-axios',
  load(id) {
    return id === AXIOS_FETCH_ADAPTER ? 'export const getFetch = () => false;\nexport default false;\n' : null;
  },
};

module.exports = { csvFromPage, historyWatchFromNpm, xhrOnlyAxios };
