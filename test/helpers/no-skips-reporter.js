// In CI (CI=true) a skipped or todo test fails the run: a suite that quietly stopped running
// (a missing fixture, a forgotten `.skip`) must not look green.
class NoSkipsReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    if (skipped > 0) this.error = new Error(`${skipped} test(s) skipped or todo in CI: every suite must run.`);
  }
  getLastError() {
    return this.error;
  }
}
module.exports = NoSkipsReporter;
