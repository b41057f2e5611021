#!/usr/bin/env bash
# Checkout latency with a 100,000-product catalogue. Creates the store once (kept in $BENCH_DIR,
# default /tmp/secondsale-bench) and reuses it. Build first: bash scripts/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${BENCH_DIR:-/tmp/secondsale-bench}"
mkdir -p "$dir"
db="$dir/checkout-100k.db"
export SECONDSALE_DB_KEY="${SECONDSALE_DB_KEY:-benchmark key}"
if [ ! -f "$db" ]; then
    echo "creating $db (100,000 products; once)…"
    build/app/secondsale-admin demo --db "$db" --products 100000 --customers 2000 --months 3 --last-day 2026-11-22
fi
build/bench/bench_checkout --db "$db" --scans "${1:-2000}" --sales "${2:-500}"
