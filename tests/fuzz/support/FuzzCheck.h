// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A property of a parser that must hold for every input. A violation aborts, which libFuzzer
// records as a crash with the input that caused it (and the replay test fails on it).
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition);                      \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
