#!/usr/bin/env bash
# Runs every test: vitest (units and storage, on SQLite and on PostgreSQL when
# TEST_DATABASE_URL is set), then the Playwright journeys in Debian's chromium.
set -uo pipefail
cd "$(dirname "$0")/.."

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
	if [ "$(id -u)" = 0 ]; then
		echo "Installing Debian's chromium for the browser tests…"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
			DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || exit 1
	else
		echo "The browser tests need Debian's chromium. Install it with:" >&2
		echo "  sudo apt-get install -y chromium" >&2
		exit 1
	fi
fi

mkdir -p reports
rm -f reports/vitest.json reports/playwright.json
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json
unit=$?
npx playwright test
e2e=$?

node tests/summary.mjs
summary=$?
[ "$unit" = 0 ] && [ "$e2e" = 0 ] && [ "$summary" = 0 ]
