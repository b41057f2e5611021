#!/usr/bin/env bash
# The crash test at full size: secondsale-admin simulate-sales killed with SIGKILL at random
# moments ROUNDS times (default 1000) on one store; after every kill the store is opened and every
# sale printed as committed is checked whole (lines, payments, stock, receipt job, coupon redeemed),
# no partial sale or orphan coupon may exist, and PRAGMA integrity_check must say ok.
# CTest runs the same test with 8 rounds. Needs a build (scripts/build.sh). Prints the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-1000}"
build="${SECONDSALE_BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen SECONDSALE_CRASH_ROUNDS="$rounds"
start=$(date +%s)
"$build/tests/app_tests" "[crash]" 2>&1 | grep -v "^$" | sed -n '/crash rounds/,/coupons in the store/p'
echo "took $(( $(date +%s) - start )) s"
