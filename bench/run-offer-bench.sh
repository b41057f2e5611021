#!/usr/bin/env bash
# What the offers add to a sale on the scaled store (200,000 customers, ~2 million sale lines; made
# once by bench/run-dashboard-bench.sh): the same identified sales committed with every offer rule
# paused, then with one of each kind on (come-back, milestone, follow-up, referral, add-on). Each run
# works on a fresh copy, so the scaled store itself is never changed. Build first: bash scripts/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${BENCH_DIR:-/tmp/secondsale-bench}"
db="$dir/scaled.db"
export SECONDSALE_DB_KEY="${SECONDSALE_DB_KEY:-secondsale-demo}"
[ -f "$db" ] || { echo "no $db: run bench/run-dashboard-bench.sh first" >&2; exit 2; }
sales="${1:-1000}"
for offers in off all; do
    copy="$dir/offers-$offers.db"
    rm -f "$copy" "$copy-wal" "$copy-shm"
    cp "$db" "$copy"
    echo "== offers $offers =="
    build/bench/bench_checkout --db "$copy" --scans 200 --sales "$sales" --identified 1 --offers "$offers"
    rm -f "$copy" "$copy-wal" "$copy-shm"
done
