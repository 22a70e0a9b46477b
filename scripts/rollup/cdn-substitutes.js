// What the CDN bundle swaps out to stay within its budget.
// - csvFromPage: papaparse (6 KB gzip, for the contacts CSV import and export only) is taken from
//   the page's global `Papa` (lib/resources/contacts/csv-from-page.ts).
// - historyWatchFromNpm: history.watch (1 KB gzip) is left to the npm builds; in the bundle it
//   throws an 'unsupported' SipgateIOError (lib/resources/history/watch-from-npm.ts).
// - xhrOnlyAxios: pages all have XMLHttpRequest, axios's first choice in a browser; its fetch
//   adapter (for service workers and edge runtimes, which use the npm builds) is left out (~2 KB).
// - axiosAsTheSdkCallsIt: the SDK calls axios one way only: lib/core/internal/lazy.ts loads it,
//   lib/core/client.ts calls `axios.create({ adapter? })` and then `.request()` with a JSON string
//   body (encodeJsonBody), the query already in the URL, and no progress callbacks. So the bundle's
//   axios offers `create` alone, made as axios.create makes it (an Axios over mergeConfig(defaults,
//   config)), without the static helpers of axios's default export that nothing in the bundle can
//   reach (HttpStatusCode, CancelToken, spread, isAxiosError, formToJSON; ~1.4 KB gzip); and its
//   form encoding (objects as multipart or URL-encoded forms, FormData as JSON) and progress events
//   become stubs that throw if ever reached (~1.9 KB gzip). The npm builds use axios as installed.
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

const LAZY = resolve('lib/core/internal/lazy.ts');
const SDK_AXIOS = '\0axios-as-the-sdk-calls-it';
// Through axios's export map (`axios/unsafe/*` is lib/*), so a moved file fails the build.
const axiosFile = (path) => require.resolve(`axios/unsafe/${path}`);
const unreachable = (what) =>
  `throw new Error(${JSON.stringify(`${what} is not in sipgateio-sdk's CDN bundle, whose requests never need it (scripts/rollup/cdn-substitutes.js)`)});`;
const AXIOS_STUBS = new Map([
  [
    axiosFile('helpers/toFormData.js'),
    `export default function toFormData() { ${unreachable("axios's form encoding")} }`,
  ],
  [
    axiosFile('helpers/toURLEncodedForm.js'),
    `export default function toURLEncodedForm() { ${unreachable("axios's form encoding")} }`,
  ],
  [
    axiosFile('helpers/formDataToJSON.js'),
    `export default function formDataToJSON() { ${unreachable("axios's form encoding")} }`,
  ],
  [
    axiosFile('core/setFormDataHeaders.js'),
    `export default function setFormDataHeaders() { ${unreachable("axios's form encoding")} }`,
  ],
  [
    axiosFile('helpers/progressEventReducer.js'),
    `export function progressEventReducer() { ${unreachable("axios's progress events")} }`,
  ],
]);
const axiosAsTheSdkCallsIt = {
  name: 'axios-as-the-sdk-calls-it',
  resolveId(id, importer) {
    return id === 'axios' && importer === LAZY ? SDK_AXIOS : null;
  },
  load(id) {
    if (id !== SDK_AXIOS) return AXIOS_STUBS.get(id) ?? null;
    return [
      `import Axios from ${JSON.stringify(axiosFile('core/Axios.js'))};`,
      `import mergeConfig from ${JSON.stringify(axiosFile('core/mergeConfig.js'))};`,
      `import defaults from ${JSON.stringify(axiosFile('defaults/index.js'))};`,
      'export default { create: (config) => new Axios(mergeConfig(defaults, config)) };',
    ].join('\n');
  },
};

module.exports = { csvFromPage, historyWatchFromNpm, xhrOnlyAxios, axiosAsTheSdkCallsIt };
