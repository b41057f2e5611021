// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscPosDecoder.h"
#include "EscPosEncoder.h"
#include "EscPosInterpreter.h"
#include "SupportedDevices.h"
#include "TestSupport.h"
#include "receipt/ReceiptDocument.h"

using namespace ss;

namespace {

core::SaleRecord sampleSale()
{
    core::SaleRecord sale;
    sale.receiptNumber = QStringLiteral("T01-00000042");
    sale.currency = QStringLiteral("EUR");
    sale.createdAtUtc = QDateTime(QDate(2026, 11, 23), QTime(10, 30), Qt::UTC);
    core::SaleLineRecord paint {QStringLiteral("p1"), QStringLiteral("Humbrol Rust — Zoë's pick"), 3,
        core::Money::fromMinor(349), core::Money::fromMinor(10), 2000, core::Money::fromMinor(173),
        core::Money::fromMinor(1037), 0};
    core::SaleLineRecord model {QStringLiteral("p2"), QStringLiteral("北京 station kit, ł €"), 1,
        core::Money::fromMinor(2499), {}, 2000, core::Money::fromMinor(417), core::Money::fromMinor(2499), 0};
    sale.lines = {paint, model};
    sale.subtotal = sale.total = core::Money::fromMinor(3536);
    sale.tax = core::Money::fromMinor(590);
    sale.payments = {{core::Tender::Cash, core::Money::fromMinor(3536), core::Money::fromMinor(1464), {}}};
    return sale;
}

core::StoreProfile store()
{
    return {QStringLiteral("Junction Models & Hobbies"), QStringLiteral("14 Station Parade\nHarrogate"),
        QStringLiteral("EUR"), QStringLiteral("GB"), QStringLiteral("T01")};
}

} // namespace

TEST_CASE("An ESC/POS receipt decodes back to what the customer should read", "[devices][escpos]")
{
    const core::ReceiptDocument document
        = core::SaleReceipt::build(store(), sampleSale(), QStringLiteral("Priya"), {QStringLiteral("Sam"), 2, {}});
    const auto profile = devices::printerProfile(QStringLiteral("epson-tm-t20iii"));
    REQUIRE(profile);
    auto bytes = devices::encodeEscPos(document, *profile);
    REQUIRE(bytes);
    CHECK(bytes->startsWith(QByteArray("\x1b@\x1bt\x13", 5))); // initialise, then CP858
    const test::DecodedReceipt receipt = test::decodeEscPos(*bytes);
    INFO(receipt.lines.join(u'\n').toStdString());
    REQUIRE(receipt.error.isEmpty());
    CHECK(receipt.codePage == 19);
    CHECK(receipt.lines.contains(
        QStringLiteral("Junction Models & Hobbies"))); // too long for double width: normal size, whole
    bool paintLine = false, chineseLine = false, total = false, thanks = false;
    for (const QString& line : receipt.lines) {
        CHECK(line.size() <= 48);
        paintLine = paintLine
            || (line.startsWith(QStringLiteral("Humbrol Rust - Zoë's pick")) && line.endsWith(QStringLiteral("10.37")));
        chineseLine = chineseLine
            || (line.startsWith(QStringLiteral("beijing station kit, l €")) && line.endsWith(QStringLiteral("24.99")));
        total = total || (line.startsWith(QStringLiteral("TOTAL EUR")) && line.endsWith(QStringLiteral("35.36")));
        thanks = thanks || line == QStringLiteral("Thanks, Sam - visit #2");
    }
    CHECK(paintLine);
    CHECK(chineseLine);
    CHECK(total);
    CHECK(thanks);
    CHECK(receipt.lines.contains(QStringLiteral("  3 x 3.49")));
    CHECK(receipt.barcodes == QStringList {QStringLiteral("T01-00000042")});
    // The digits go out two to a symbol in code set C: a shorter, easier-to-scan barcode.
    CHECK(bytes->contains(QByteArray("\x1dk\x49\x0c{BT01-{C\x00\x00\x00\x2a", 16)));
    CHECK(receipt.cut);
    CHECK(receipt.drawerKick); // paid in cash
    CHECK(receipt.boldSeen);
}

TEST_CASE("58 mm paper, no cutter, card payment: narrower lines, no cut, no drawer", "[devices][escpos]")
{
    core::SaleRecord sale = sampleSale();
    sale.payments = {{core::Tender::Card, sale.total, {}, QStringLiteral("AUTH1")}};
    const auto profile = devices::printerProfile(QStringLiteral("generic-58"));
    REQUIRE(profile);
    auto bytes = devices::encodeEscPos(core::SaleReceipt::build(store(), sale, QStringLiteral("Priya")), *profile);
    REQUIRE(bytes);
    const test::DecodedReceipt receipt = test::decodeEscPos(*bytes);
    REQUIRE(receipt.error.isEmpty());
    for (const QString& line : receipt.lines)
        CHECK(line.size() <= 32);
    CHECK_FALSE(receipt.cut);
    CHECK_FALSE(receipt.drawerKick);
    // CP437 has no €: it is transliterated, never printed as a wrong glyph.
    CHECK(std::none_of(receipt.lines.begin(), receipt.lines.end(), [](const QString& l) { return l.contains(u'€'); }));
    CHECK(std::any_of(receipt.lines.begin(), receipt.lines.end(),
        [](const QString& l) { return l.contains(QStringLiteral("EUR")); }));
}

TEST_CASE("Hostile text cannot smuggle printer commands", "[devices][escpos]")
{
    core::ReceiptDocument document;
    document.blocks.push_back({core::ReceiptBlock::Kind::Text, QStringLiteral("Evil\x1bp\x00\x19\xfa name\x1dV\x01"),
        {}, core::ReceiptBlock::Align::Left, false, false});
    auto bytes = devices::encodeEscPos(document, *devices::printerProfile(QStringLiteral("generic-80")));
    REQUIRE(bytes);
    const test::DecodedReceipt receipt = test::decodeEscPos(*bytes);
    REQUIRE(receipt.error.isEmpty());
    CHECK_FALSE(receipt.drawerKick);
    CHECK(receipt.lines.value(0).startsWith(QStringLiteral("Evilp")));
    devices::PrinterProfile broken = *devices::printerProfile(QStringLiteral("generic-80"));
    broken.icuCodePage = QStringLiteral("no-such-codepage");
    CHECK(devices::encodeEscPos(document, broken).error().code == core::ErrorCode::InvalidArgument);
}

TEST_CASE("Printer profiles are data: every one loads, and every supported USB printer has one", "[devices][escpos]")
{
    const auto& profiles = devices::printerProfiles();
    REQUIRE(profiles.size() == 6);
    for (const devices::PrinterProfile& profile : profiles) {
        INFO(profile.key.toStdString());
        CHECK_FALSE(profile.name.isEmpty());
        CHECK((profile.columns == 48 || profile.columns == 42 || profile.columns == 32));
        CHECK_FALSE(profile.codePages.empty());
        for (const devices::CodePage& page : profile.codePages)
            CHECK(devices::icuCodePageFor(page.table) == page.icu); // the interpreter reads what we write
    }
    for (const devices::SupportedDevice& device : devices::supportedDevices()) {
        if (device.role != devices::DeviceRole::ReceiptPrinter)
            continue;
        const auto profile = devices::printerProfile(QString::fromUtf16(device.profile));
        REQUIRE(profile);
        CHECK(std::find(profile->usbIds.begin(), profile->usbIds.end(),
                  std::pair<quint16, quint16>(device.vendorId, device.productId))
            != profile->usbIds.end());
    }
    // Another code page of the same printer: € in Windows-1252 comes out as 0x80 after ESC t 16.
    const auto western = devices::printerProfile(u"epson-tm-t20iii"_qs)->withCodePage(u"windows-1252"_qs);
    REQUIRE(western);
    core::ReceiptDocument euro;
    euro.blocks.push_back(
        {core::ReceiptBlock::Kind::Text, u"€5"_qs, {}, core::ReceiptBlock::Align::Left, false, false});
    const auto bytes = devices::encodeEscPos(euro, *western);
    REQUIRE(bytes);
    CHECK(bytes->contains(QByteArray("\x1bt\x10", 3)));
    CHECK(bytes->contains(QByteArray("\x80"
                                     "5")));
    CHECK(test::decodeEscPos(*bytes).lines.contains(u"€5"_qs));
}
