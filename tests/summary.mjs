// Adds up the vitest and Playwright results into one closing line, and, when REQUIRE_POSTGRES
// is set (CI), fails if no storage test ran on PostgreSQL.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const vitest = read('reports/vitest.json');
const playwright = read('reports/playwright.json');

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;

if (vitest) {
	passed += vitest.numPassedTests;
	failed += vitest.numFailedTests;
	skipped += vitest.numPendingTests + vitest.numTodoTests;
} else {
	console.error('No vitest results (reports/vitest.json).');
	ok = false;
}
if (playwright) {
	passed += playwright.stats.expected + playwright.stats.flaky;
	failed += playwright.stats.unexpected;
	skipped += playwright.stats.skipped;
} else {
	console.error('No Playwright results (reports/playwright.json).');
	ok = false;
}

if (process.env.REQUIRE_POSTGRES && vitest) {
	const onPostgres = vitest.testResults
		.flatMap((file) => file.assertionResults)
		.filter((t) => t.status === 'passed' && /\['?postgres'?\]/.test(t.fullName)).length;
	if (onPostgres === 0) {
		console.error(
			'The PostgreSQL storage suite did not run: is TEST_DATABASE_URL set and reachable?'
		);
		ok = false;
	} else {
		console.log(`PostgreSQL storage tests passed: ${onPostgres}`);
	}
}
if (skipped > 0) {
	console.error(`${skipped} test(s) skipped: a skipped test is a defect.`);
	ok = false;
}

console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
