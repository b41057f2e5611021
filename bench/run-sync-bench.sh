#!/usr/bin/env bash
# Sync throughput (changes/s pushed and pulled) and the latency a central coupon check adds to a
# sale, against a throw-away PostgreSQL server on 127.0.0.1 (TCP, as a till would reach it).
# Usage: bash bench/run-sync-bench.sh [customers] [claims]. Build first: bash scripts/build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
dir="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    chown nobody "$dir" # initdb refuses root
    as_server=(runuser -u nobody --)
fi
cleanup() {
    "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
"${as_server[@]}" "$bin/initdb" -D "$dir/data" -U secondsale -A trust -E UTF8 --no-sync >/dev/null
"${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir" start >/dev/null
"$bin/psql" -h "$dir" -p "$port" -U secondsale -d postgres -qc "CREATE DATABASE secondsale"
build/bench/bench_sync --host 127.0.0.1 --port "$port" --customers "${1:-2000}" --claims "${2:-1000}"
