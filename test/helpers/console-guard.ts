/**
 * A green run is quiet: during a test, console output is recorded instead of printed, and a test
 * that leaves output it did not take fails. A test that provokes output on purpose (a refused
 * webhook, the established library's warnings) takes it with `takeConsoleOutput()` and asserts.
 */
import { format } from 'node:util';

/** One recorded console call. */
export interface ConsoleLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
}

const recorded: ConsoleLine[] = [];
const LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;
for (const level of LEVELS) {
  console[level] = (...args: unknown[]): void => {
    recorded.push({ level, text: format(...args) });
  };
}

/**
 * Returns and forgets what the console received since the last call (or the test's start).
 *
 * @example
 * ```ts
 * expect(takeConsoleOutput().map((line) => line.text)).toEqual([expect.stringContaining('refused')]);
 * ```
 */
export function takeConsoleOutput(): ConsoleLine[] {
  return recorded.splice(0);
}

function failOnLeftovers(): void {
  const left = takeConsoleOutput();
  if (left.length > 0) {
    const shown = left.slice(0, 5).map((line) => `  console.${line.level}: ${line.text.slice(0, 300)}`);
    throw new Error(
      `Unexpected console output (${left.length} line(s)); take it with takeConsoleOutput() and assert on it:\n${shown.join('\n')}`,
    );
  }
}

afterEach(failOnLeftovers);
afterAll(failOnLeftovers);

/**
 * Takes the console output and checks that it is exactly the SDK's webhook refusal lines with
 * these statuses, in any order (concurrent requests finish in any order).
 *
 * @example
 * ```ts
 * expectRefusals(405, 415);
 * ```
 */
export function expectRefusals(...statuses: number[]): void {
  const lines = takeConsoleOutput().map(
    ({ level, text }) => `${level} ${/^sipgateio-sdk: refused a webhook request with (\d{3})/.exec(text)?.[1] ?? text}`,
  );
  expect(lines.sort()).toEqual(statuses.map((status) => `warn ${status}`).sort());
}
