#!/usr/bin/env bash
# `npm start`: installs what is missing, builds, then hands over to the process manager (dist/deploy/start.js),
# which migrates, loads the demo district once and runs the Temporal dev server, the worker and the API + UI.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/prepare.sh

# The Temporal CLI (embeds the dev server): found, built with Go, or downloaded once.
bash deploy/install-temporal.sh >/dev/null

exec node dist/deploy/start.js
