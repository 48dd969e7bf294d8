#!/usr/bin/env bash
# The one test command (npm test): finds a browser first, then types, lint, data validation, unit and component
# tests (Vitest), then end-to-end tests in Chromium against the test build (Playwright Test). Ends with one line
# of counts over every test run.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$1"; }

# Before anything else: without a browser the end-to-end tests cannot run, so say what to install now.
CHROMIUM_PATH="$(npx tsx tests/e2e/support/chromium.ts)" || exit 1
export CHROMIUM_PATH
echo "browser: $CHROMIUM_PATH"

reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT

step "typecheck"
npx tsc -p tsconfig.app.json
npx tsc -p tsconfig.node.json
echo "typecheck: ok"

step "lint"
npx eslint . --max-warnings 0
echo "lint: ok"

step "validate data"
npx tsx scripts/validate.ts

# Both test stages run even when the first fails, so the counts cover everything.
status=0
step "unit and component tests (Vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/unit.json" || status=1

step "end-to-end tests (Playwright Test, Chromium, test build)"
E2E_JSON_REPORT="$reports/e2e.json" npx playwright test || status=1

node -e '
  const fs = require("fs");
  const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
  const unit = read(process.argv[1]), e2e = read(process.argv[2]);
  let passed = 0, failed = 0, skipped = 0;
  if (unit) {
    passed += unit.numPassedTests; failed += unit.numFailedTests;
    skipped += unit.numPendingTests + unit.numTodoTests;
  } else failed += 1;
  if (e2e) {
    passed += e2e.stats.expected; failed += e2e.stats.unexpected + e2e.stats.flaky; skipped += e2e.stats.skipped;
  } else failed += 1;
  console.log(`\nnpm test: ${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$reports/unit.json" "$reports/e2e.json"
exit "$status"
