# SPDX-License-Identifier: GPL-3.0-or-later
# The hardening Debian builds its own packages with (dpkg-buildflags): a till handles money and
# personal data, so its binaries get the same. Off for sanitizer builds, which bring their own.
option(SECONDSALE_HARDENING "Build with Debian's hardening flags (fortify, stack protector, relro, bindnow)" ON)
if(SECONDSALE_HARDENING)
    add_compile_options(-fstack-protector-strong -fstack-clash-protection
                        "$<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>")
    add_link_options(-Wl,-z,relro -Wl,-z,now)
endif()
