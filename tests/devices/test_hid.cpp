// SPDX-License-Identifier: GPL-3.0-or-later
// Scanner report decoding: HID POS reports reassembled with their symbology, keyboard-boot reports read
// through the usage table (layout-proof), and both against a million random bytes.
#include "HidPosDecoder.h"
#include "HidPosReports.h"
#include "TestSupport.h"

#include <QRandomGenerator>

using namespace ss;
using namespace ss::devices;
using ss::test::hidPosReports;

namespace {

QByteArray keys(unsigned char modifiers, std::initializer_list<unsigned char> usages)
{
    QByteArray report(8, '\0');
    report[0] = static_cast<char>(modifiers);
    int i = 2;
    for (unsigned char usage : usages)
        report[i++] = static_cast<char>(usage);
    return report;
}

} // namespace

TEST_CASE("HID POS: a scan over several reports comes back whole, with its symbology", "[devices][hid]")
{
    HidPosDecoder decoder;
    const QByteArray url = "https://example.com/c/" + QByteArray(80, 'x');
    const auto reports = hidPosReports(url, "]Q1");
    REQUIRE(reports.size() == 2);
    CHECK_FALSE(decoder.feed(reports[0]));
    const auto scan = decoder.feed(reports[1]);
    REQUIRE(scan);
    CHECK(scan->data == QString::fromLatin1(url));
    CHECK(scan->symbology == core::Symbology::Qr);

    const auto ean = decoder.feed(hidPosReports("4006381333931", "]E0").front());
    REQUIRE(ean);
    CHECK(ean->data == u"4006381333931"_qs);
    CHECK(ean->symbology == core::Symbology::Ean13);
    CHECK(symbologyFromAim("]E4") == core::Symbology::Ean8);
    CHECK(symbologyFromAim("]C0") == core::Symbology::Code128);
    CHECK(symbologyFromAim("xyz") == core::Symbology::Unknown);

    // A wrong report id in the middle of a scan drops the half-assembled scan.
    CHECK_FALSE(decoder.feed(reports[0]));
    QByteArray bad = reports[1];
    bad[0] = 0x05;
    CHECK_FALSE(decoder.feed(bad));
    CHECK(decoder.droppedReports() == 1);

    // Control characters in the data never reach the till.
    auto withControl = hidPosReports(QByteArray("12\x1b"
                                                "34\r",
                                         6),
        "]C1");
    const auto cleaned = decoder.feed(withControl.front());
    REQUIRE(cleaned);
    CHECK(cleaned->data == u"1234"_qs);
}

TEST_CASE("Keyboard-boot scanner: usages, not the desktop layout, make the characters", "[devices][hid]")
{
    BootKeyboardDecoder decoder;
    // "Ab-1" then Return, with key releases between, as scanners send them.
    const QByteArray stream[] = {keys(0x02, {0x04}), keys(0, {}), keys(0, {0x05}), keys(0, {}), keys(0, {0x2D}),
        keys(0, {}), keys(0, {0x1E}), keys(0, {})};
    for (const QByteArray& report : stream)
        CHECK_FALSE(decoder.feed(report));
    const auto scan = decoder.feed(keys(0, {0x28}));
    REQUIRE(scan);
    CHECK(scan->data == u"Ab-1"_qs);

    // Digits stay digits: on AZERTY the same keys type &é"'(, but the usages are what the scanner sends.
    BootKeyboardDecoder azerty;
    for (unsigned char usage : {0x1E, 0x1F, 0x20, 0x27}) {
        CHECK_FALSE(azerty.feed(keys(0, {usage})));
        CHECK_FALSE(azerty.feed(keys(0, {})));
    }
    CHECK(azerty.feed(keys(0, {0x2B}))->data == u"1230"_qs); // Tab ends a scan too

    // A key held across reports counts once.
    BootKeyboardDecoder held;
    CHECK_FALSE(held.feed(keys(0, {0x27})));
    CHECK_FALSE(held.feed(keys(0, {0x27})));
    CHECK(held.feed(keys(0, {0x28}))->data == u"0"_qs);
    CHECK_FALSE(held.feed(QByteArray(5, 'x'))); // not a boot report
}

TEST_CASE("HID decoders survive a million random bytes without a crash or a runaway scan", "[devices][hid][fuzz]")
{
    QRandomGenerator random(99);
    HidPosDecoder hidPos;
    BootKeyboardDecoder boot;
    qint64 bytes = 0;
    while (bytes < 1'000'000) {
        QByteArray report(random.bounded(2) == 0 ? 64 : 8, '\0');
        for (char& c : report)
            c = static_cast<char>(random.bounded(256));
        if (report.size() == 64 && random.bounded(4) == 0)
            report[0] = 0x02; // often the right report id, so reassembly paths run
        bytes += report.size();
        if (auto scan = report.size() == 64 ? hidPos.feed(report) : boot.feed(report))
            REQUIRE(scan->data.size() <= HidPosDecoder::kMaxScan);
    }
    CHECK(hidPos.droppedReports() > 0);
}
