// Prints the closing line CI reads: "N passed, M failed" (", K skipped" when any were skipped).
// Under npm test (scripts/test.mjs) it writes the counts to the file SPASM_TEST_COUNTS names instead:
// npm test prints the line itself, after the type check that runs beside the tests, counting it.
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of modules) {
      // A file that failed without a failed test (an import or a hook failed) counts as one failure.
      if (module.state() === 'failed' && ![...module.children.allTests()].some((t) => t.result().state === 'failed')) failed++;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    failed += errors.length;
    if (process.env.SPASM_TEST_COUNTS) writeFileSync(process.env.SPASM_TEST_COUNTS, JSON.stringify({ passed, failed, skipped }));
    else process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
