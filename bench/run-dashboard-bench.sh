#!/usr/bin/env bash
# The owner's dashboard on the scaled store: 200,000 customers and about 2.2 million sale lines over 14
# months (made once, about 8 minutes, kept in $BENCH_DIR, default /tmp/secondsale-bench).
# Build first: bash scripts/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${BENCH_DIR:-/tmp/secondsale-bench}"
mkdir -p "$dir"
db="$dir/scaled.db"
export SECONDSALE_DB_KEY="${SECONDSALE_DB_KEY:-secondsale-demo}"
if [ ! -f "$db" ]; then
    echo "creating $db (200,000 customers, 100,000 products, 14 months; once)…"
    build/app/secondsale-admin demo --db "$db" --customers 200000 --products 100000 --months 14 --last-day 2026-11-30
fi
build/bench/bench_dashboard --db "$db" --rounds "${1:-30}" --days "${2:-365}"
