#!/usr/bin/env bash
# The one test command (npm test): types, lint, data validation, unit/component tests, then
# end-to-end tests in Debian's Chromium against the production build. Stops at the first failure
# and ends with one line of counts over every test run.
set -euo pipefail
cd "$(dirname "$0")/.."

reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT
step() { printf '\n=== %s\n' "$1"; }

step "typecheck"
npx tsc -p tsconfig.app.json
npx tsc -p tsconfig.node.json
echo "typecheck: ok"

step "lint"
npx eslint . --max-warnings 0
echo "lint: ok"

step "validate data"
npx tsx scripts/validate.ts

step "unit and component tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/unit.json"

step "end-to-end tests (Chromium, production build)"
if ! [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium is missing: install it with 'apt-get install -y chromium' (see .ci/run)" >&2
  exit 1
fi
npx vite build --configLoader runner --logLevel warn
npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json="$reports/e2e.json"

node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const f of process.argv.slice(1)) {
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + r.numTodoTests;
  }
  console.log(`\nnpm test: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(failed > 0 ? 1 : 0);
' "$reports/unit.json" "$reports/e2e.json"
