#!/usr/bin/env bash
# The long fuzz run: every target for SECONDS seconds (default 600), two at a time, on the
# ASan + UBSan build (scripts/run-sanitized-tests.sh makes build-asan with the fuzzers). Each keeps
# its corpus in $FUZZ_DIR/<target> (default /tmp/secondsale-fuzz) so a later run goes on from it.
# Prints executions, coverage and findings per target. A finding: copy its crash-/timeout- file
# into tests/fuzz/regressions/<target>/, fix the parser, and the replay test keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
build="${SECONDSALE_ASAN_BUILD_DIR:-build-asan}"
dir="${FUZZ_DIR:-/tmp/secondsale-fuzz}"
targets=(product_code coupon_code csv_import hid_report printer_status escpos_interpreter)
[ -x "$build/tests/fuzz/fuzz_product_code" ] || { echo "build first: bash scripts/run-sanitized-tests.sh" >&2; exit 2; }
export ASAN_OPTIONS="detect_leaks=1:verify_asan_link_order=0" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
run() {
    local target="$1" seeds="tests/fuzz/corpus/$1"
    mkdir -p "$dir/$target/corpus" "$dir/$target/artifacts"
    [ -d "tests/fuzz/regressions/$target" ] && seeds="$seeds tests/fuzz/regressions/$target"
    [ "$target" = escpos_interpreter ] && seeds="$seeds tests/data/golden"
    # shellcheck disable=SC2086
    "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -print_final_stats=1 -artifact_prefix="$dir/$target/artifacts/" "$dir/$target/corpus" $seeds \
        >"$dir/$target/log" 2>&1 || true
}
for ((i = 0; i < ${#targets[@]}; i += 2)); do
    run "${targets[i]}" & run "${targets[i + 1]}" & wait
done
printf '| target | seconds | executions | exec/s | coverage features | corpus | findings |\n|---|---:|---:|---:|---:|---:|---|\n'
for target in "${targets[@]}"; do
    log="$dir/$target/log"
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
    corpus=$(find "$dir/$target/corpus" -type f | wc -l)
    findings=$(find "$dir/$target/artifacts" -type f | wc -l)
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$target" "$seconds" "$execs" "$((execs / seconds))" "$ft" \
        "$corpus" "$([ "$findings" -eq 0 ] && echo none || ls "$dir/$target/artifacts" | tr '\n' ' ')"
done
