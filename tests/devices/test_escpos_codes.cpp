// SPDX-License-Identifier: GPL-3.0-or-later
// Barcodes and QR codes in ESC/POS, golden bytes per printer profile, and the interpreter against
// hostile input.
#include "Code128.h"
#include "EscPosEncoder.h"
#include "EscPosInterpreter.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace ss;
using namespace ss::devices;
using Kind = core::ReceiptBlock::Kind;
using Align = core::ReceiptBlock::Align;

namespace {

core::ReceiptBlock block(Kind kind, const QString& left, const QString& right = {}, Align align = Align::Left,
    bool bold = false, bool large = false)
{
    return {kind, left, right, align, bold, large};
}

/// The sample receipts every profile is checked against, byte for byte.
std::vector<std::pair<QString, core::ReceiptDocument>> goldenCases()
{
    core::ReceiptDocument accents;
    accents.blocks = {block(Kind::Text, u"Café Zoë — Crème brûlée"_qs, {}, Align::Centre, true, true),
        block(Kind::Columns, u"Żółć paint set (PC852 test)"_qs, u"€12.50"_qs), block(Kind::Rule, {}),
        block(Kind::Columns, u"北京 station kit"_qs, u"£24.99"_qs), block(Kind::Text, u"Ærø ß ñ ¿ü?"_qs)};
    core::ReceiptDocument coupon;
    coupon.blocks = {block(Kind::Text, u"Come back within 30 days"_qs, {}, Align::Centre, true),
        block(Kind::Text, u"10% off your next visit"_qs, {}, Align::Centre, false, true),
        block(Kind::Barcode, u"CPN-7K3M9Q-4"_qs), block(Kind::QrCode, u"SSC:CPN-7K3M9Q-4"_qs),
        block(Kind::Ean13, u"5012345678900"_qs), block(Kind::Feed, {})};
    coupon.openDrawer = true;
    core::ReceiptDocument longReceipt;
    for (int i = 1; i <= 60; ++i)
        longReceipt.blocks.push_back(block(
            Kind::Columns, QStringLiteral("Item %1 with a rather long description that is cut").arg(i), u"1.99"_qs));
    longReceipt.blocks.push_back(block(Kind::Columns, u"TOTAL"_qs, u"119.40"_qs, Align::Left, true));
    core::ReceiptDocument logo;
    logo.logo.widthDots = 100; // not a multiple of 8: the last byte of each row is padded
    logo.logo.heightDots = 40;
    logo.logo.bits = QByteArray(logo.logo.bytesPerRow() * 40, '\0');
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < 100; ++x)
            if ((x / 10 + y / 10) % 2 == 0)
                logo.logo.bits[y * logo.logo.bytesPerRow() + x / 8] |= static_cast<char>(0x80 >> (x % 8));
    logo.blocks = {block(Kind::Text, u"Junction Models"_qs, {}, Align::Centre, true)};
    return {{u"accents"_qs, accents}, {u"coupon"_qs, coupon}, {u"long"_qs, longReceipt}, {u"logo"_qs, logo}};
}

} // namespace

TEST_CASE("Code 128 packs digit runs in code set C and reads back to the same text", "[devices][escpos]")
{
    CHECK(*code128Command("T01-00000042") == QByteArray("{BT01-{C\x00\x00\x00\x2a", 12));
    CHECK(*code128Command("123456") == QByteArray("{C\x0c\x22\x38", 5));
    CHECK(*code128Command("12345") == QByteArray("{B1{C\x17\x2d", 7)); // odd run: first digit in B
    CHECK(*code128Command("AB12CD") == QByteArray("{BAB12CD")); // too short to be worth switching
    CHECK(*code128Command("a{b") == QByteArray("{Ba{{b"));
    CHECK_FALSE(code128Command("tab\there"));
    CHECK_FALSE(code128Command(""));

    QRandomGenerator random(2026);
    for (int n = 0; n < 20000; ++n) {
        QByteArray text;
        const int length = 1 + random.bounded(30);
        for (int i = 0; i < length; ++i)
            text += random.bounded(3) == 0 ? static_cast<char>(0x20 + random.bounded(95))
                                           : static_cast<char>('0' + random.bounded(10));
        const auto command = code128Command(text);
        REQUIRE(command);
        CHECK(code128Text(*command) == text);
        // Never more symbols than plain code set B (start code + one per character): "{X" and "{{"
        // are one symbol each, as is every other byte.
        qsizetype symbols = 0;
        for (qsizetype i = 0; i < command->size(); ++i, ++symbols)
            i += command->at(i) == '{' ? 1 : 0;
        CHECK(symbols <= text.size() + 1);
    }
}

TEST_CASE("QR and EAN-13 go out as their ESC/POS commands and are read back", "[devices][escpos]")
{
    const auto bytes = encodeEscPos(goldenCases()[1].second, *printerProfile(u"epson-tm-t20iii"_qs));
    REQUIRE(bytes);
    CHECK(bytes->contains(QByteArray("\x1d(k\x13\x00"
                                     "1P0SSC:CPN-7K3M9Q-4",
        21)));
    CHECK(bytes->contains(QByteArray("\x1d(k\x03\x00"
                                     "1Q0",
        8)));
    CHECK(bytes->contains(QByteArray("\x1dkC\x0d"
                                     "5012345678900")));
    const core::PrintedReceipt printed = interpretEscPos(*bytes);
    REQUIRE(printed.error.isEmpty());
    QStringList codes;
    for (const core::PrintedLine& line : printed.lines) {
        if (line.kind == core::PrintedLine::Kind::Barcode || line.kind == core::PrintedLine::Kind::QrCode) {
            codes << line.symbology + u' ' + line.text;
            CHECK(line.bitsWidth > 20);
            CHECK(line.bits.size() == line.bitsWidth * line.bitsHeight);
        }
    }
    CHECK(codes == QStringList {u"CODE128 CPN-7K3M9Q-4"_qs, u"QR SSC:CPN-7K3M9Q-4"_qs, u"EAN13 5012345678900"_qs});
    CHECK(printed.drawerKicks == 1);
    CHECK(printed.cut);

    // A bad EAN-13 check digit is never printed as a scannable lie.
    core::ReceiptDocument bad;
    bad.blocks = {block(Kind::Ean13, u"5012345678901"_qs)};
    CHECK_FALSE(encodeEscPos(bad, *printerProfile(u"generic-80"_qs))->contains("\x1dkC"));
}

TEST_CASE("Golden bytes: every profile and sample receipt, byte for byte", "[devices][escpos][golden]")
{
    const QString root = QStringLiteral(SECONDSALE_GOLDEN_DIR);
    const bool update = qEnvironmentVariableIsSet("SECONDSALE_UPDATE_GOLDEN");
    for (const QString& profileKey : {u"epson-tm-t20iii"_qs, u"epson-tm-t88vi"_qs, u"generic-80"_qs, u"generic-58"_qs,
             u"bixolon-80"_qs, u"citizen-80"_qs}) {
        const auto profile = printerProfile(profileKey);
        REQUIRE(profile);
        for (const auto& [name, document] : goldenCases()) {
            INFO((profileKey + u'/' + name).toStdString());
            const auto bytes = encodeEscPos(document, *profile);
            REQUIRE(bytes);
            const QString path = QDir(root).filePath(profileKey + u'/' + name + QStringLiteral(".bin"));
            if (update) {
                QDir().mkpath(QFileInfo(path).path());
                QFile out(path);
                REQUIRE(out.open(QIODevice::WriteOnly));
                out.write(*bytes);
            }
            QFile golden(path);
            REQUIRE(golden.open(QIODevice::ReadOnly));
            CHECK(golden.readAll() == *bytes);
            const core::PrintedReceipt printed = interpretEscPos(*bytes);
            CHECK(printed.error.isEmpty());
            for (const QString& line : printed.textLines()) {
                if (!line.startsWith(u'['))
                    CHECK(line.size() <= profile->columns);
            }
        }
    }
}

TEST_CASE("A logo goes out as GS v 0 and is read back dot for dot", "[devices][escpos]")
{
    const core::ReceiptDocument document = goldenCases()[3].second;
    const auto bytes = encodeEscPos(document, *printerProfile(u"generic-80"_qs));
    REQUIRE(bytes);
    CHECK(bytes->contains(QByteArray("\x1dv0\x00\x0d\x00\x28\x00", 8))); // 13 bytes a row, 40 rows
    const core::PrintedReceipt printed = interpretEscPos(*bytes);
    REQUIRE(printed.error.isEmpty());
    REQUIRE(printed.lines.front().kind == core::PrintedLine::Kind::Raster);
    const core::PrintedLine& image = printed.lines.front();
    CHECK(image.bitsWidth == 104);
    CHECK(image.bitsHeight == 40);
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < 100; ++x)
            REQUIRE(image.bits[y * 104 + x] == ((x / 10 + y / 10) % 2 == 0 ? 1 : 0));
    // Too wide for 58 mm paper (384 dots): left out rather than printed cut off.
    core::ReceiptDocument wide = document;
    wide.logo.widthDots = 400;
    wide.logo.bits = QByteArray(wide.logo.bytesPerRow() * 40, '\xff');
    CHECK_FALSE(encodeEscPos(wide, *printerProfile(u"generic-58"_qs))->contains("\x1dv0"));
}

TEST_CASE("The interpreter survives a million random and mutated bytes without a crash", "[devices][escpos][fuzz]")
{
    QRandomGenerator random(7);
    const auto valid = encodeEscPos(goldenCases()[1].second, *printerProfile(u"epson-tm-t20iii"_qs));
    REQUIRE(valid);
    qint64 total = 0;
    int failed = 0;
    for (int n = 0; total < 1'000'000; ++n) {
        QByteArray input = *valid;
        if (n % 2 == 0) {
            input = QByteArray(random.bounded(400), '\0');
            for (char& c : input)
                c = static_cast<char>(random.bounded(256));
        } else {
            for (int flips = random.bounded(1, 8); flips > 0; --flips)
                input[random.bounded(static_cast<int>(input.size()))] = static_cast<char>(random.bounded(256));
            input.truncate(random.bounded(static_cast<int>(input.size())));
        }
        total += input.size();
        const core::PrintedReceipt printed = interpretEscPos(input);
        failed += printed.error.isEmpty() ? 0 : 1;
        for (const core::PrintedLine& line : printed.lines)
            REQUIRE(line.bits.size() == qsizetype(line.bitsWidth) * line.bitsHeight);
    }
    CHECK(failed > 0); // garbage is reported, not shown as a receipt
}
