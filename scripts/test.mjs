#!/usr/bin/env node
// `npm test`: what CI runs, in two lanes so that both cores work. One lane builds (the package
// and browser suites read dist/ and bundle/), then runs jest; the other type-checks, lints and
// checks the formatting meanwhile. Jest's output is shown as it comes; a step that passes prints
// one line, a step that fails prints its output. Exits non-zero when any step failed.
// Arguments go to jest: `npm test -- test/unit` (the checks and the build still run).
import { spawn } from 'node:child_process';

const jestArgs = process.argv.slice(2);
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs an npm script with its output captured; resolves to { name, ok, output, time }. */
function captured(script) {
  const since = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ name: script, ok: code === 0, output, time: seconds(since) }));
  });
}

/** Runs jest with its output passed through (it is the progress report of the run). */
function jest() {
  const since = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/jest/bin/jest.js', ...jestArgs], { stdio: 'inherit' });
    child.on('close', (code) => resolve({ name: 'jest', ok: code === 0, output: '', time: seconds(since) }));
  });
}

const report = (step) => {
  process.stdout.write(`${step.ok ? '✓' : '✗'} ${step.name} (${step.time})\n`);
  if (!step.ok && step.output) process.stdout.write(`${step.output.trimEnd()}\n`);
};

// While jest writes to the terminal, the other lane's lines wait: jest redraws its status lines.
let jestRunning = false;
const held = [];
const finished = (step) => (jestRunning ? held.push(step) : report(step));

const checks = (async () => {
  const steps = [];
  for (const script of ['typecheck', 'lint', 'format:check']) {
    const step = await captured(script);
    finished(step);
    steps.push(step);
  }
  return steps;
})();

const tests = (async () => {
  const build = await captured('build');
  finished(build);
  if (!build.ok) return [build, { name: 'jest', ok: false, output: 'not run: the build failed', time: '0.0 s' }];
  jestRunning = true;
  const run = await jest();
  jestRunning = false;
  for (const step of held.splice(0)) report(step);
  return [build, run];
})();

const steps = [...(await checks), ...(await tests)];
const failed = steps.filter((step) => !step.ok).map((step) => step.name);
process.stdout.write(
  failed.length === 0
    ? `npm test passed in ${seconds(started)}\n`
    : `npm test FAILED (${failed.join(', ')}) after ${seconds(started)}\n`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
