#!/usr/bin/env bash
# `npm start`: installs what is missing, builds, then hands over to the process manager (dist/deploy/start.js),
# which migrates, loads the demo district once and runs the Temporal dev server, the worker and the API + UI.
set -euo pipefail
cd "$(dirname "$0")/.."

node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<3)) { console.error("Node.js >= 20.3 is required, found "+process.versions.node); process.exit(1) }'

# Dependencies: install when missing or when package-lock.json changed since the last install.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "[zongjian] installing npm dependencies…"
  npm ci --no-audit --no-fund
fi

# The Temporal CLI (embeds the dev server): found, built with Go, or downloaded once.
bash deploy/install-temporal.sh >/dev/null

# Build when any source is newer than the last build.
stamp=dist/.built
if [[ ! -f $stamp ]] || [[ -n $(find config domain db activities workflows worker api cli deploy admin-ui/src admin-ui/index.html package.json -newer "$stamp" -type f -print -quit 2>/dev/null) ]]; then
  echo "[zongjian] building…"
  npm run --silent build
  touch "$stamp"
fi

exec node dist/deploy/start.js
