// A node:test reporter that writes one JSON line of counts, so the orchestrator reads numbers, not prose:
//   node --test --test-reporter=./scripts/count-reporter.mjs --test-reporter-destination=counts.json …
// Tests count, suites do not, except a suite that fails with no failing test inside it (a hook or a file that
// would not load), which counts as one failure.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, todo: 0 };
  const failedFiles = new Set();
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, skip, todo, file } = event.data;
    if (details?.type === 'suite') {
      if (event.type === 'test:fail' && !failedFiles.has(file)) counts.failed++;
      continue;
    }
    if (skip) counts.skipped++;
    else if (todo) counts.todo++;
    else if (event.type === 'test:pass') counts.passed++;
    else {
      counts.failed++;
      failedFiles.add(file);
    }
  }
  yield `${JSON.stringify(counts)}\n`;
}
