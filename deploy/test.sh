#!/usr/bin/env bash
# `npm test`: every suite. Installs what is missing, builds (the browser tests drive the built UI),
# then runs Jest, which starts its own Temporal dev server (the production shape's suite starts Temporal Server
# on PostgreSQL). TEST_MYSQL_URL adds MySQL to SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
bash deploy/install-temporal.sh >/dev/null
# Temporal Server itself, for the production shape's suites (test/production.test.ts, test/deployment.test.ts).
bash deploy/production/install-temporal-server.sh >/dev/null
npm run --silent build
npx jest --ci "$@"
