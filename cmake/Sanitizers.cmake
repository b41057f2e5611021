# SPDX-License-Identifier: GPL-3.0-or-later
# An AddressSanitizer + UndefinedBehaviorSanitizer build of everything (scripts/run-sanitized-tests.sh).
# Any report stops the program (no recovery), so a test that trips one fails instead of scrolling by.
set(SECONDSALE_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address,undefined (empty: none)")
if(SECONDSALE_SANITIZE)
    if(SECONDSALE_HARDENING)
        message(FATAL_ERROR "SECONDSALE_SANITIZE needs -DSECONDSALE_HARDENING=OFF (fortify hides overflows from ASan)")
    endif()
    add_compile_options(-fsanitize=${SECONDSALE_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${SECONDSALE_SANITIZE})
endif()
