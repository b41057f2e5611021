// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever a printer answers to the real-time status requests (DLE EOT n), in any order: a status
// or a refusal, never a crash. A refused byte leaves the last status as it was; a byte with the
// fixed bits wrong is always refused (it is line noise, not a status).
#include "EscPosStatus.h"
#include "FuzzCheck.h"

#include <cstdint>

using namespace ss;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    core::PrinterStatus status;
    for (std::size_t i = 0; i + 1 < size; i += 2) {
        const auto request = static_cast<devices::StatusRequest>(1 + data[i] % 4);
        const bool pinHigh = (data[i] & 0x80) != 0;
        const QByteArray command = devices::statusRequestCommand(request);
        FUZZ_CHECK(command.size() == 3);
        const auto next = devices::applyStatusByte(status, request, data[i + 1], pinHigh);
        // ESC/POS: bit 0 is 0, bits 1 and 4 are 1, bit 7 is 0 in every real-time status byte.
        if ((data[i + 1] & 0x93) != 0x12)
            FUZZ_CHECK(!next);
        if (next)
            status = *next;
    }
    return 0;
}
