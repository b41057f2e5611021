#!/usr/bin/env bash
# The crash test at full size: secondsale-admin simulate-sales killed with SIGKILL at random
# moments, ROUNDS times in all (default 1000), split over JOBS stores tested side by side (default
# 2, one per core). After every kill the store is opened and every sale printed as committed is
# checked whole (lines, payments, stock, receipt job, coupon redeemed), no partial sale or orphan
# coupon may exist, and PRAGMA integrity_check must say ok. CTest runs the same test with 8 rounds.
# Needs a build (scripts/build.sh). Prints progress, then the figures of each store.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-1000}"
jobs="${2:-2}"
build="${SECONDSALE_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen SECONDSALE_CRASH_ROUNDS=$((rounds / jobs))
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
start=$(date +%s)
pids=()
for job in $(seq "$jobs"); do
    "$build/tests/app_tests" "[crash]" >"$logs/$job.log" 2>&1 &
    pids+=("$!")
done
status=0
for pid in "${pids[@]}"; do
    wait "$pid" || status=1
done
for job in $(seq "$jobs"); do
    echo "== store $job"
    grep -E "crash rounds|killed before|verified|in the store|FAILED|passed|failed" "$logs/$job.log" | sed 's/^ *//'
done
echo "took $(($(date +%s) - start)) s"
exit "$status"
