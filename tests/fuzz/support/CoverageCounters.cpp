// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds GCC's edge coverage to libFuzzer.
//
// Why this exists: the fuzzers are libFuzzer (Debian's libclang-rt-14-dev), but the project builds
// only with g++ 12 — clang 14 cannot compile libstdc++ 12's std::expected, our Result type. g++
// instruments every basic block with a call to __sanitizer_cov_trace_pc(); libFuzzer 14 no longer
// accepts that callback (its own aborts), so the link wraps it (-Wl,--wrap) to this one, which
// counts each block in an inline 8-bit counter table registered with libFuzzer the way clang's
// -fsanitize-coverage=inline-8bit-counters would. Comparisons (-fsanitize-coverage=trace-cmp) go to
// libFuzzer directly: g++ emits the same __sanitizer_cov_trace_cmp* calls clang does.
#include <cstddef>
#include <cstdint>

extern "C" {
// Weak: test programs in the same build link this without libFuzzer, and then nothing registers.
__attribute__((weak)) void __sanitizer_cov_8bit_counters_init(std::uint8_t* begin, std::uint8_t* end);
void __wrap___sanitizer_cov_trace_pc();
}

namespace {

constexpr std::size_t kCounters = std::size_t {1} << 16;
alignas(64) std::uint8_t g_counters[kCounters];

struct RegisterCounters
{
    RegisterCounters()
    {
        if (__sanitizer_cov_8bit_counters_init)
            __sanitizer_cov_8bit_counters_init(g_counters, g_counters + kCounters);
    }
};
const RegisterCounters g_register;

} // namespace

// The block's address, mixed (Fibonacci hashing), picks its counter: collisions are rare at 64 Ki
// counters for the few thousand blocks of a parser, and cost only a little guidance when they happen.
extern "C" void __wrap___sanitizer_cov_trace_pc()
{
    auto pc = reinterpret_cast<std::uintptr_t>(__builtin_return_address(0));
    pc *= 0x9E3779B97F4A7C15ull;
    ++g_counters[pc >> 48];
}
