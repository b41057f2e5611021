#!/usr/bin/env bash
# Every benchmark, one table: the scaled demo store (100,000 products, 200,000 customers, about
# 2 million sale lines; made once, about 8 minutes, kept in $BENCH_DIR), then scan → cart line,
# sale commit encrypted vs plain SQLite, customer look-up, offer evaluation, dashboard refresh,
# start-up to ready and each process's peak memory. p50/p99 per row, and the ratio where there is
# a reference. Build first: bash scripts/build.sh.   Usage: bench/run-all.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/run_all.py "$@"
