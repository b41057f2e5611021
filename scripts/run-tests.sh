#!/usr/bin/env bash
# Installs what SecondSale needs, builds it with warnings as errors, and runs the whole test suite
# headless (CTest + Catch2 v2). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
# Tests must never touch a real store: point the per-user folders at a throw-away place.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
