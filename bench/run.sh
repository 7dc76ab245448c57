#!/usr/bin/env bash
# Builds the benchmarks with the project's sources (bench/tsconfig.json → dist-bench/) and runs them.
#   bash bench/run.sh                       all of them, with their defaults (MySQL at 127.0.0.1:3306)
#   bash bench/run.sh registrations [flags] e.g. --n 1000 --concurrency 16 --db sqlite
#   bash bench/run.sh inbox [flags]         e.g. --refill --try-indexes
#   bash bench/run.sh draw [flags]          e.g. --database zj_million --runs 3
#   bash bench/run.sh screening [flags]     e.g. --samples 500 --requests 3000 --concurrency 8
#   bash bench/run.sh warnings [flags]      e.g. --runs 2 --licenses 1000000 --workflows 2000
#   bash bench/run.sh eligibility [flags]   e.g. --db mysql --entities 100000 --rows 10000 --runs 5
#   bash bench/run.sh deliveries [flags]    e.g. --db sqlite --events 2000 --subscriptions 1,4 --fail-rate 0.1
#   bash bench/run.sh import [flags]        e.g. --db mysql --rows 100000 (a batch import, 归集, end to end)
#   bash bench/run.sh search [flags]        entity search at 1,000,000 entities (fills once, then reuses the fill)
#   bash bench/run.sh dossier [flags]       the dossier of an entity with 1,000 records
#   bash bench/run.sh export [flags]        a 100,000-row list export (time and peak memory)
#   bash bench/run.sh riskBacktest [flags]  the credit-risk model against checks after a date, e.g. --entities 50000
#   bash bench/run.sh dashboards [flags]    every statistic and the efficiency board at 1,000,000 entities and tasks
#   bash bench/run.sh productionShape [flags] registrations against a running `npm run production:local`, e.g. --n 400
#   bash bench/run.sh provinceDay [flags]   a province's day, compressed, against a running `npm run production:local`
#   bash bench/run.sh workerMemory [flags]  the worker's RSS with 10,000 open workflows, e.g. --max-cached 2000
# draw, screening and warnings use the demo district at a million entities (MySQL zj_million); screening
# and warnings load it when it is missing (about 10 minutes) and share its 100,000 bench credit listings.
# Benchmarks print figures and assert nothing. BENCH_MYSQL_URL overrides mysql://root@127.0.0.1:3306.
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-all}"
if [[ $# -gt 0 ]]; then shift; fi
npx tsc -p bench/tsconfig.json
run() {
  local name=$1; shift
  echo "== bench/$name.ts $*"
  local start=$SECONDS
  node "dist-bench/bench/$name.js" "$@"
  echo "== bench/$name.ts took $((SECONDS - start)) s"
}
case "$which" in
  registrations | inbox | draw | screening | warnings | import | deliveries | eligibility | export | search | dossier | riskBacktest | dashboards | productionShape | provinceDay | workerMemory) run "$which" "$@" ;;
  all)
    run registrations "$@"
    run inbox
    run draw
    run screening
    run warnings
    run import
    run workerMemory
    ;;
  *)
    echo "usage: bash bench/run.sh [all|registrations|inbox|draw|screening|warnings|import|deliveries|eligibility|export|search|dossier|riskBacktest|dashboards|productionShape|provinceDay|workerMemory] [flags…]" >&2
    exit 2
    ;;
esac
