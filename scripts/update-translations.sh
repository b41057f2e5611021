#!/usr/bin/env bash
# Refreshes app/translations/*.ts from the sources (new strings appear unfinished for translators,
# strings gone from the code are dropped). English keeps only plural forms: the sources are English.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -no-obsolete -locations relative -source-language en -target-language de core ui app \
    -ts app/translations/secondsale_de.ts
"$lupdate" -no-obsolete -locations relative -pluralonly -source-language en -target-language en core ui app \
    -ts app/translations/secondsale_en.ts
