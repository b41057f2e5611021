#!/usr/bin/env bash
# Builds the .deb from ./build and checks it the way a shop's machine would meet it: the files it
# must carry, lintian with no errors, the desktop entry and AppStream data valid, and then a real
# `apt-get install ./secondsale_*.deb` with `secondsale-admin --version` run from /usr/bin.
# Needs root (or sudo) for the install. Run after scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

rm -f build/secondsale_*.deb
(cd build && cpack --config CPackConfig.cmake >/dev/null)
deb="$(ls build/secondsale_*.deb)"
echo "check-package: built $deb"

listing="$(dpkg-deb -c "$deb" | awk '{print $6}')"
required=(
    ./usr/bin/secondsale
    ./usr/bin/secondsale-admin
    ./usr/share/applications/org.secondsale.SecondSale.desktop
    ./usr/share/metainfo/org.secondsale.SecondSale.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/secondsale.svg
    ./usr/lib/udev/rules.d/70-secondsale.rules
    ./usr/share/man/man1/secondsale.1.gz
    ./usr/share/man/man1/secondsale-admin.1.gz
    ./usr/share/doc/secondsale/copyright
    ./usr/share/doc/secondsale/changelog.gz
)
for file in "${required[@]}"; do
    if ! grep -qxF "$file" <<<"$listing"; then
        echo "check-package: $file is missing from the package" >&2
        exit 1
    fi
done
echo "check-package: all ${#required[@]} expected files are in the package"

# The version is set in one place (project() in CMakeLists.txt): the package must carry it.
version="$(sed -n 's/^project(SecondSale VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)"
package_version="$(dpkg-deb -f "$deb" Version)"
if [ "$version" != "$package_version" ]; then
    echo "check-package: package version $package_version, project version $version" >&2
    exit 1
fi

# lintian exits non-zero on errors (warnings are printed and fail nothing).
lintian --fail-on error "$deb"
echo "check-package: lintian found no errors"
desktop-file-validate packaging/org.secondsale.SecondSale.desktop
appstreamcli validate --no-net build/packaging/org.secondsale.SecondSale.metainfo.xml >/dev/null
for page in packaging/man/*.1; do
    if [ -n "$(man --warnings -l "$page" 2>&1 >/dev/null)" ]; then
        echo "check-package: $page has formatting problems" >&2
        man --warnings -l "$page" >/dev/null
        exit 1
    fi
done
echo "check-package: desktop entry, AppStream data and man pages valid"

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "./$deb" >/dev/null
installed="$(/usr/bin/secondsale-admin --version)"
echo "check-package: installed; /usr/bin/secondsale-admin --version says: $installed"
[ "$installed" = "secondsale-admin $version" ]
QT_QPA_PLATFORM=offscreen /usr/bin/secondsale --version
echo "check-package: ok"
