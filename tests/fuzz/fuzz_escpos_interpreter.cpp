// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever bytes reach the virtual printer's interpreter (which the demo and every receipt test
// read receipts with): a receipt, possibly with an error saying where it stopped understanding,
// never a crash, never more lines than the bytes could make (ESC d n, three bytes, feeds up to 255).
#include "EscPosInterpreter.h"
#include "FuzzCheck.h"

#include <cstdint>

using namespace ss;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const core::PrintedReceipt receipt = devices::interpretEscPos(bytes);
    FUZZ_CHECK(receipt.lines.size() <= 85 * size + 1);
    FUZZ_CHECK(receipt.drawerKicks >= 0 && static_cast<std::size_t>(receipt.drawerKicks) <= size / 3);
    for (const core::PrintedLine& line : receipt.lines) {
        FUZZ_CHECK(line.widthScale >= 1 && line.widthScale <= 8);
        FUZZ_CHECK(line.heightScale >= 1 && line.heightScale <= 8);
    }
    (void)receipt.textLines();
    (void)devices::icuCodePageFor(size > 0 ? data[0] : 0);
    return 0;
}
