#!/usr/bin/env bash
# Installs every build, test and run-time dependency of SecondSale from Debian bookworm's packages.
# Idempotent: apt-get skips what is already installed. Runs as root, or through sudo when it is there.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins qt6-translations-l10n libgl-dev
    libsqlcipher-dev libsqlite3-dev sqlcipher
    libusb-1.0-0-dev libsodium-dev libicu-dev libphonenumber-dev qtkeychain-qt6-dev libzxing-dev
    catch2 umockdev libumockdev-dev libglib2.0-dev
    xvfb xauth fonts-dejavu-core
    dpkg-dev lintian desktop-file-utils appstream man-db
    libclang-rt-14-dev
    libpq-dev postgresql openssl
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
