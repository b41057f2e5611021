// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever a USB scanner sends, in reports of any length: decoded into scans of printable text no
// longer than the limit, or dropped and counted, never a crash. The same bytes go through the
// boot-keyboard decoder (8-byte reports) that keyboard-mode scanners use.
#include "FuzzCheck.h"
#include "HidPosDecoder.h"

#include <cstdint>

using namespace ss;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // The first byte chooses report lengths, so short and long reports are fuzzed too.
    const int length = bytes.isEmpty()
        ? devices::HidPosDecoder::kReportSize
        : (static_cast<unsigned char>(bytes[0]) % 4 == 0 ? static_cast<unsigned char>(bytes[0]) % 70
                                                         : devices::HidPosDecoder::kReportSize);
    devices::HidPosDecoder pos;
    int reports = 0, scans = 0;
    for (qsizetype at = 1; at < bytes.size(); at += qMax(1, length), ++reports) {
        if (const auto scan = pos.feed(bytes.mid(at, length))) {
            ++scans;
            FUZZ_CHECK(scan->data.size() <= devices::HidPosDecoder::kMaxScan);
            for (const QChar c : scan->data)
                FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
        }
    }
    FUZZ_CHECK(scans + pos.droppedReports() <= reports);

    devices::BootKeyboardDecoder keyboard;
    for (qsizetype at = 0; at < bytes.size(); at += 8) {
        if (const auto scan = keyboard.feed(bytes.mid(at, 8))) {
            for (const QChar c : scan->data)
                FUZZ_CHECK(c.unicode() >= 0x20);
        }
    }
    (void)devices::symbologyFromAim(bytes.left(3));
    return 0;
}
