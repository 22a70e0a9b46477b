// Runs the scenario inside workerd (Cloudflare Workers' runtime) on each request. Bundled by
// scripts/runtimes/run.mjs with the conditions a Workers bundler uses (workerd, worker, browser),
// so the SDK is its browser build (dist/esm/browser.js), with its dependencies inside the bundle.
import * as sdk from '../../dist/esm/browser.js';
import { runScenario } from './scenario.mjs';

export default {
  async fetch(request, env) {
    const results = await runScenario({ sdk, fixture: env.FIXTURE, stubUrl: env.STUB_URL, runtime: 'workerd' });
    return Response.json(results);
  },
};
