// A web-test-runner reporter that writes the run's counts as JSON to `file`, so `npm test` reads numbers, not
// the summary's prose. A test file whose session failed without a failing test (it would not load, a browser
// error) counts as one failure.
import { writeFileSync } from 'node:fs';

export function countTests(sessions) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const walk = (suite) => {
    let failed = 0;
    for (const t of suite?.tests ?? []) {
      if (t.skipped) counts.skipped++;
      else if (t.passed) counts.passed++;
      else failed++;
    }
    for (const s of suite?.suites ?? []) failed += walk(s);
    return failed;
  };
  for (const s of sessions) {
    const failed = walk(s.testResults);
    counts.failed += failed || (s.passed === false ? 1 : 0);
  }
  return counts;
}

export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      writeFileSync(file, `${JSON.stringify(countTests(sessions))}\n`);
    },
  };
}
