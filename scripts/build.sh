#!/usr/bin/env bash
# Configures and builds SecondSale in ./build (shared by run-demo.sh and run-tests.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
build_type="${SECONDSALE_BUILD_TYPE:-RelWithDebInfo}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" -DSECONDSALE_WERROR=ON "$@" >/dev/null
cmake --build build --parallel "$(nproc)"
