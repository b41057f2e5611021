// SPDX-License-Identifier: GPL-3.0-or-later
// The fuzz targets without libFuzzer: every file under the given folders goes through the target
// once. This is how the seed corpus and every crash the fuzzers ever found stay regression tests in
// the ordinary build (tests/fuzz/CMakeLists.txt registers one CTest test per target).
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code error;
        if (!std::filesystem::exists(argv[i], error))
            continue; // a parser with no regression yet has no folder
        for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[i], error)) {
            if (!entry.is_regular_file())
                continue;
            std::ifstream file(entry.path(), std::ios::binary);
            const std::vector<char> bytes {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++inputs;
        }
        if (error) {
            std::fprintf(stderr, "cannot read %s: %s\n", argv[i], error.message().c_str());
            return 2;
        }
    }
    std::printf("%d inputs replayed without a failure\n", inputs);
    return inputs > 0 ? 0 : 1;
}
