#!/usr/bin/env bash
# Installs what SecondSale needs, builds it, and starts it on the demo store (created on first start
# in the per-user data folder, opened with the published demo key).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-demo: no display found; starting without one (QT_QPA_PLATFORM=offscreen). Stop it with Ctrl-C." >&2
    export QT_QPA_PLATFORM=offscreen
fi
exec build/app/secondsale --demo "$@"
