// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoneyFormat.h"
#include "TestSupport.h"
#include "checkout/DiscountDialog.h"
#include "checkout/WedgeScannerFilter.h"
#include "devices/LogoDither.h"

#include <QApplication>
#include <QColor>
#include <QImage>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>

using namespace ss;

TEST_CASE("Money is shown and read in the shop's terms, without floating point", "[ui][money]")
{
    CHECK(ui::formatMoney(core::Money::fromMinor(123456), QStringLiteral("GBP")) == QStringLiteral("£1,234.56"));
    CHECK(ui::formatMoney(core::Money::fromMinor(-5), QStringLiteral("EUR")) == QStringLiteral("−€0.05"));
    CHECK(ui::formatMoney(core::Money::fromMinor(100000000), QStringLiteral("CHF"))
        == QStringLiteral("CHF 1,000,000.00"));
    CHECK(ui::parseMoney(QStringLiteral("12")).value().minor() == 1200);
    CHECK(ui::parseMoney(QStringLiteral(" £12.5 ")).value().minor() == 1250);
    CHECK(ui::parseMoney(QStringLiteral("0,99")).value().minor() == 99);
    CHECK_FALSE(ui::parseMoney(QStringLiteral("12.345")));
    CHECK_FALSE(ui::parseMoney(QStringLiteral("-3")));
    CHECK_FALSE(ui::parseMoney(QStringLiteral("abc")));
    CHECK_FALSE(ui::parseMoney(QStringLiteral("99999999")));
}

TEST_CASE("Discount entry: percent or amount", "[ui][discount]")
{
    CHECK(ui::DiscountDialog::parse(QStringLiteral("10%"))->value == 1000);
    CHECK(ui::DiscountDialog::parse(QStringLiteral("12.5 %"))->value == 1250);
    CHECK(ui::DiscountDialog::parse(QStringLiteral("2.50"))->kind == core::DiscountKind::Amount);
    CHECK(ui::DiscountDialog::parse(QStringLiteral("2.50"))->value == 250);
    CHECK_FALSE(ui::DiscountDialog::parse(QStringLiteral("150%")));
    CHECK_FALSE(ui::DiscountDialog::parse(QStringLiteral("ten")));
}

namespace {
/// A focused line edit with the scanner filter watching it, as on the checkout screen.
struct ScannedField
{
    QLineEdit field;
    ui::WedgeScannerFilter filter {&field};

    ScannedField()
    {
        field.show();
        QApplication::setActiveWindow(&field);
        field.setFocus();
        REQUIRE(test::waitUntil([&] { return QApplication::focusWidget() == &field; }));
        filter.setEnabled(true);
    }
};
} // namespace

TEST_CASE("A scanner on a French layout still scans digits (X11 key codes)", "[ui][scan]")
{
    ScannedField scanner;
    QLineEdit& field = scanner.field;
    ui::WedgeScannerFilter& filter = scanner.filter;
    QString scanned;
    QObject::connect(&filter, &ui::WedgeScannerFilter::scanned, [&](const core::ScanEvent& e) { scanned = e.data; });

    // AZERTY: the keys that are 1–5 on a US layout type & é " ' ( without Shift.
    const QString azerty = QStringLiteral("&é\"'(");
    for (int i = 0; i < azerty.size(); ++i) {
        QKeyEvent press(
            QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, static_cast<quint32>(10 + i), 0, 0, azerty.mid(i, 1));
        QApplication::sendEvent(&field, &press);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, 36, 0, 0, QStringLiteral("\r"));
    QApplication::sendEvent(&field, &enter);
    CHECK(scanned == QStringLiteral("12345"));
    CHECK(field.text().isEmpty());
}

TEST_CASE("Garbage bursts reach the checkout as one scan, never as typing", "[ui][scan]")
{
    ScannedField scanner;
    QLineEdit& field = scanner.field;
    ui::WedgeScannerFilter& filter = scanner.filter;
    QStringList scans;
    QObject::connect(&filter, &ui::WedgeScannerFilter::scanned, [&](const core::ScanEvent& e) { scans << e.data; });
    QTest::keyClicks(&field, QStringLiteral("%%$#@!~garbage^^"));
    QTest::keyClick(&field, Qt::Key_Return);
    QTest::keyClicks(&field, QString(600, u'9'));
    QTest::keyClick(&field, Qt::Key_Return);
    REQUIRE(scans.size() >= 1);
    CHECK(scans.first() == QStringLiteral("%%$#@!~garbage^^"));
    // The 600-key burst is over the length limit: it is not taken as a scan of 600 digits.
    for (const QString& scan : scans)
        CHECK(scan.size() <= core::KeyBurstClassifier::kMaxLength);
}

TEST_CASE("A logo is dithered to printer dots: greys become a share of black, transparency stays paper", "[ui][print]")
{
    QImage gradient(256, 64, QImage::Format_ARGB32);
    for (int x = 0; x < 256; ++x)
        for (int y = 0; y < 64; ++y)
            gradient.setPixelColor(x, y, y < 32 ? QColor(x, x, x) : QColor(0, 0, 0, 0));
    const ss::core::RasterImage raster = ss::ui::ditherLogo(gradient, 384);
    REQUIRE(raster.isValid());
    CHECK(raster.widthDots == 256); // never enlarged
    CHECK(raster.heightDots == 64);
    int blackTop = 0, blackBottom = 0, blackLeft = 0, blackRight = 0;
    for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 256; ++x) {
            const bool black = (raster.bits[y * raster.bytesPerRow() + x / 8] >> (7 - x % 8)) & 1;
            (y < 32 ? blackTop : blackBottom) += black ? 1 : 0;
            if (y < 32 && x < 64)
                blackLeft += black ? 1 : 0;
            if (y < 32 && x >= 192)
                blackRight += black ? 1 : 0;
        }
    }
    CHECK(blackBottom == 0); // transparent: white paper
    CHECK(std::abs(blackTop - 32 * 128) < 32 * 16); // a linear grey ramp is about half black
    CHECK(blackLeft > 3 * blackRight); // dark end darker than light end
    const ss::core::RasterImage wide = ss::ui::ditherLogo(QImage(1000, 500, QImage::Format_RGB32), 384);
    CHECK(wide.widthDots <= 384);
    CHECK(wide.heightDots <= 240);
    CHECK_FALSE(ss::ui::ditherLogo(QImage(), 384).isValid());
}
