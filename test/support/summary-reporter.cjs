/**
 * Writes the run's counts to .local/test-summary.json so .ci/run can print the plain
 * "N passed, N failed" line CI counts. A suite that fails to run counts as one failure.
 */
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }
  onRunComplete(_contexts, results) {
    const brokenSuites = results.testResults.filter(
      (suite) => suite.testExecError || (suite.failureMessage && suite.numFailingTests === 0),
    ).length;
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + brokenSuites,
      total: results.numTotalTests,
    };
    mkdirSync(join(this.rootDir, '.local'), { recursive: true });
    writeFileSync(join(this.rootDir, '.local', 'test-summary.json'), JSON.stringify(summary));
  }
}
module.exports = SummaryReporter;
