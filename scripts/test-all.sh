#!/usr/bin/env bash
# The one test command (npm test): types, lint, data validation, unit/component tests, then
# end-to-end tests in Debian's Chromium against the production build. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$1"; }

step "typecheck"
npx tsc -p tsconfig.app.json && npx tsc -p tsconfig.node.json
echo "typecheck: ok"

step "lint"
npx eslint . --max-warnings 0
echo "lint: ok"

step "validate data"
npx tsx scripts/validate.ts

step "unit and component tests"
npx vitest run

step "end-to-end tests (Chromium, production build)"
if [ -x /usr/bin/chromium ] || [ -n "${CHROMIUM_PATH:-}" ]; then
  npx vite build --logLevel warn
  npx vitest run --config vitest.e2e.config.ts
else
  echo "Chromium is missing: install it with 'apt-get install -y chromium' (see .ci/run)" >&2
  exit 1
fi
