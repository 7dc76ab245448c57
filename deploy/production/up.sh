#!/usr/bin/env bash
# `npm run production:local`: installs what is missing, builds, builds Temporal Server once, then starts the
# production shape in the background (dist/deploy/production/manager.js) and returns when it answers.
# `npm run production:stop` stops it; the data (PostgreSQL, MySQL, DATA_DIR/production) stays.
set -euo pipefail
cd "$(dirname "$0")/../.."
source deploy/prepare.sh
bash deploy/production/install-temporal-server.sh >/dev/null
exec node dist/deploy/production/manager.js up
