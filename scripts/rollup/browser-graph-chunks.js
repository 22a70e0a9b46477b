// The ESM build holds the Node entries and the browser entry. Left to itself, rollup would cut the
// code they share into many small chunks, and every extra file is a cost paid on each cold
// `import` in Node. So the browser entry's static graph goes into two chunks: the webhook helpers
// (what the `webhook` entry needs, kept apart so that importing it loads no REST code) and
// everything else (the REST client and modules). Lazily loaded code keeps its own chunks.
const { resolve } = require('node:path');

function walk(from, getModuleInfo, into, label) {
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop();
    if (into.has(id)) continue;
    const info = getModuleInfo(id);
    if (!info || info.isExternal) continue;
    into.set(id, label);
    stack.push(...info.importedIds);
  }
}

module.exports = () => {
  let owner;
  return (id, { getModuleInfo }) => {
    if (!owner) {
      owner = new Map();
      walk(resolve('lib/webhook/web.ts'), getModuleInfo, owner, 'webhook-helpers');
      // The announcement helpers load the RTCM module lazily; in another chunk, that import()
      // would make a user's bundler keep every export of that chunk, i.e. all REST code.
      walk(resolve('lib/resources/rtcm/index.ts'), getModuleInfo, owner, 'webhook-helpers');
      walk(resolve('lib/browser.ts'), getModuleInfo, owner, 'rest');
      owner.delete(resolve('lib/browser.ts'));
    }
    return owner.get(id);
  };
};
