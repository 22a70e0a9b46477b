/**
 * Figures some suites measure for SECURITY.md, the README and BENCHMARKS.md (not assertions).
 * A green run stays quiet: they are printed only when asked, `SIPGATE_TEST_FIGURES=1 npx jest …`.
 *
 * @example
 * ```ts
 * afterAll(() => reportFigures('REST faults', figures));
 * ```
 */
export function reportFigures(name: string, figures: unknown): void {
  if (process.env.SIPGATE_TEST_FIGURES === '1') process.stderr.write(`${name} figures: ${JSON.stringify(figures)}\n`);
}
