# SPDX-License-Identifier: GPL-3.0-or-later
# One place for the project's warning flags, applied per target so third-party code is untouched.
function(secondsale_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align)
    if(SECONDSALE_SANITIZE)
        # g++ 12 under -fsanitize=address reports std::expected's moves as maybe-uninitialized
        # (a known false positive of the instrumented code); the ordinary build keeps the warning.
        target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
    endif()
    if(SECONDSALE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Every user-visible string must be written as tr("…"): forbid implicit const char* → QString.
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()
