// A web-test-runner reporter that writes, per browser engine, how many tests passed and failed,
// how many test files could not run, and how long that engine took from the start of the run to
// its last test file (engines run side by side). scripts/test.mjs reads it to print the table.
// Output: JSON at $TEST_SUMMARY_FILE (nothing is written when the variable is unset).
import { writeFileSync } from 'node:fs';

/** Adds up a session's results, suites within suites. */
function count(suite, into) {
  if (!suite) return into;
  for (const t of suite.tests ?? []) {
    if (t.skipped) into.skipped++;
    else if (t.passed) into.passed++;
    else into.failed++;
  }
  for (const s of suite.suites ?? []) count(s, into);
  return into;
}

export function engineSummaryReporter(file = process.env.TEST_SUMMARY_FILE) {
  let startTime = Date.now();
  const finishedAt = new Map();
  return {
    start({ sessions, startTime: t }) {
      startTime = t ?? startTime;
      sessions.on('session-status-updated', (s) => {
        if (s.status === 'FINISHED') finishedAt.set(s.browser.name, Date.now());
      });
    },
    stop({ sessions }) {
      if (!file) return;
      const engines = {};
      for (const s of sessions) {
        const e = (engines[s.browser.name] ??= {
          passed: 0,
          failed: 0,
          skipped: 0,
          files: 0,
          brokenFiles: 0,
          ms: 0,
        });
        e.files++;
        const before = e.failed;
        count(s.testResults, e);
        // A file that failed to load or threw outside a test has errors but no failed test.
        if (s.status !== 'FINISHED' || (s.passed === false && e.failed === before)) e.brokenFiles++;
      }
      for (const [name, e] of Object.entries(engines))
        e.ms = Math.max(0, (finishedAt.get(name) ?? Date.now()) - startTime);
      writeFileSync(file, JSON.stringify(engines, null, 2));
    },
  };
}
