#!/usr/bin/env bash
# The whole test suite again, built with AddressSanitizer + UndefinedBehaviorSanitizer in
# ./build-asan, then the short fuzz runs on the same build. Any sanitizer report fails its test.
# Run after scripts/install-deps.sh (run-tests.sh does that). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
    -DCMAKE_C_FLAGS_DEBUG="-O1 -g" -DSECONDSALE_WERROR=ON -DSECONDSALE_HARDENING=OFF \
    -DSECONDSALE_SANITIZE=address,undefined -DSECONDSALE_BUILD_BENCH=OFF -DSECONDSALE_FUZZERS=ON >/dev/null
cmake --build build-asan --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
suppressions="$PWD/tests/sanitizers"
# verify_asan_link_order=0: umockdev-wrapper preloads its library before the ASan runtime (harmless:
# it does not replace malloc).
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:verify_asan_link_order=0"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$suppressions/ubsan.supp"
ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)" --timeout 1200
