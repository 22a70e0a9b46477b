/**
 * `npm ci` on the supported Node versions prints no engine warnings: every installed package
 * runs on the versions we promise. Users get the SDK's runtime dependencies and need Node 18+
 * (`engines`); contributors also get the dev tools, which need the `devEngines` version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const semver = require('semver') as {
  satisfies(version: string, range: string): boolean;
  minVersion(range: string): { version: string } | null;
};

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
  devEngines: { runtime: { version: string } };
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string }; dev?: boolean; optional?: boolean }>;
};

/** Packages npm would warn about: installed (not optional) and not runnable on `version`. */
function unsupported(version: string, include: (info: { dev?: boolean }) => boolean): string[] {
  return Object.entries(lock.packages)
    .filter(
      ([path, info]) =>
        path !== '' &&
        !info.optional &&
        include(info) &&
        info.engines?.node !== undefined &&
        !semver.satisfies(version, info.engines.node),
    )
    .map(([path, info]) => `${path.replace(/^.*node_modules\//, '')} (${info.engines?.node})`);
}

it('runtime dependencies run on the oldest Node the package supports', () => {
  const oldest = semver.minVersion(pkg.engines.node)!.version;
  expect(unsupported(oldest, (info) => !info.dev)).toEqual([]);
});

it('every installed package runs on the oldest Node contributors are asked for (devEngines), so npm ci warns about nothing', () => {
  const oldest = semver.minVersion(pkg.devEngines.runtime.version)!.version;
  expect(unsupported(oldest, () => true)).toEqual([]);
});
