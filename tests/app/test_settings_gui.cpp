// SPDX-License-Identifier: GPL-3.0-or-later
// The owner's settings screen from the till: every problem shown before anything is saved, a
// good change saved whole and audited, and the till using it at once (receipt wording, logo,
// what managers may open).
#include "GuiTill.h"
#include "backoffice/BackOfficeDialog.h"
#include "backoffice/SettingsPanel.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>

using namespace ss;
using test::child;

namespace {

QString writeLogo(test::GuiTill& till)
{
    QImage logo(600, 200, QImage::Format_RGB32); // wider than the paper: the screen scales it down
    logo.fill(Qt::white);
    QPainter painter(&logo);
    painter.setBrush(Qt::black);
    painter.drawEllipse(QRect(40, 20, 160, 160));
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 48, QFont::Bold));
    painter.drawText(QRect(220, 0, 380, 200), Qt::AlignVCenter, QStringLiteral("Hale"));
    painter.end();
    const QString path = till.dir.file(QStringLiteral("logo.png"));
    REQUIRE(logo.save(path));
    return path;
}

} // namespace

TEST_CASE("The owner changes the store's settings: problems first, then saved, audited and used at once",
    "[gui][backoffice][settings]")
{
    test::GuiTill till;
    till.logIn(QStringLiteral("Priya"), QStringLiteral("1357"));
    auto* backOffice = test::openBackOffice(till, &test::approveAsOwner);
    auto* tabs = child<QTabWidget>(*backOffice, "backOfficeTabs");
    auto* panel = child<ui::SettingsPanel>(*backOffice, "settingsPanel");
    tabs->setCurrentWidget(panel);
    auto* name = child<QLineEdit>(*panel, "settingsNameEdit");
    REQUIRE(test::waitUntil([&] { return !name->text().isEmpty(); }));
    const QString storeName = name->text();
    auto* save = child<QPushButton>(*panel, "saveSettingsButton");
    REQUIRE(save->isEnabled());
    CHECK(child<QLabel>(*panel, "settingsTerminalLabel")->text() == QStringLiteral("T01"));
    CHECK(child<QTableView>(*panel, "taxTable")->model()->rowCount() == till.count("SELECT count(*) FROM tax_classes"));
    // The demo store has sold: its currency can no longer change.
    CHECK_FALSE(child<QComboBox>(*panel, "settingsCurrencyCombo")->isEnabled());

    // Too much at once: five header lines and a tax number with a control character in it.
    child<QPlainTextEdit>(*panel, "settingsHeaderEdit")->setPlainText(QStringLiteral("1\n2\n3\n4\n5"));
    child<QLineEdit>(*panel, "taxRegistrationEdit")->setText(QStringLiteral("GB\u0007123"));
    child<QSpinBox>(*panel, "newDaysSpin")->setValue(200); // beyond "current" (90): no cycle
    save->click();
    auto* problems = child<QLabel>(*panel, "problemsLabel");
    INFO(problems->text().toStdString());
    CHECK(problems->text().contains(QStringLiteral("receipt header")));
    CHECK(problems->text().count(u'\n') >= 2); // every problem at once, one per line
    CHECK(child<QLabel>(*panel, "settingsMessage")->text().startsWith(QStringLiteral("Nothing was saved")));
    CHECK(till.count("SELECT count(*) FROM audit_log WHERE action = 'settings_changed'") == 0);

    // Put right and more: a tax number, a footer, a logo, every sale asks for the customer, and
    // stock stays the owner's.
    child<QPlainTextEdit>(*panel, "settingsHeaderEdit")->setPlainText(QStringLiteral("Open Tue–Sat 9–17"));
    child<QLineEdit>(*panel, "taxRegistrationEdit")->setText(QStringLiteral("GB123456789"));
    child<QSpinBox>(*panel, "newDaysSpin")->setValue(21);
    child<QPlainTextEdit>(*panel, "settingsFooterEdit")->setPlainText(QStringLiteral("Returns within 30 days"));
    auto* capture = child<QComboBox>(*panel, "captureModeCombo");
    capture->setCurrentIndex(capture->findData(static_cast<int>(core::CaptureMode::EverySale)));
    child<QSpinBox>(*panel, "couponsPerReceiptSpin")->setValue(2);
    child<QCheckBox>(*panel, "managerMay_stock")->setChecked(false);
    REQUIRE(panel->useLogoFile(writeLogo(till)));
    auto* message = child<QLabel>(*panel, "settingsMessage");
    save->click();
    REQUIRE(test::waitUntil([&] { return message->text().startsWith(QStringLiteral("Saved.")); }));
    CHECK(problems->text().isEmpty());
    backOffice->resize(1040, 900); // the whole screen, logo included, for the docs
    test::screenshot(*backOffice, QStringLiteral("back-office-settings.png"));

    // One audit entry naming what changed, never the values.
    CHECK(till.count("SELECT count(*) FROM audit_log WHERE action = 'settings_changed'") == 1);
    const QString audited = till.text("SELECT detail FROM audit_log WHERE action = 'settings_changed'");
    for (const char* key : {"tax_registration", "receipt_header", "receipt_footer", "capture_mode", "coupon_defaults",
             "segments", "manager_permissions", "receipt_logo"})
        CHECK(audited.contains(QLatin1String(key)));
    CHECK_FALSE(audited.contains(QStringLiteral("GB123456789")));
    CHECK(till.text("SELECT value FROM meta WHERE key = 'capture_mode'") == QStringLiteral("every_sale"));
    CHECK(till.text("SELECT value FROM meta WHERE key = 'coupons_per_receipt'") == QStringLiteral("2"));
    CHECK(name->text() == storeName);
    backOffice->close();

    // The next receipt says it, with the logo on top; every sale now asks who the customer is.
    till.scanBurst(till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 3"));
    REQUIRE(test::waitUntil([&] { return till.session.cart().lines().size() == 1; }));
    QTest::mouseClick(child<QPushButton>(till.window, "payCashButton"), Qt::LeftButton);
    auto* asked = test::waitForDialog<ui::CustomerCaptureDialog>(till.window);
    QTest::mouseClick(child<QPushButton>(*asked, "skipCaptureButton"), Qt::LeftButton);
    auto* tender = test::waitForDialog<ui::TenderDialog>(till.window);
    QTest::mouseClick(child<QPushButton>(*tender, "tenderCashButton"), Qt::LeftButton);
    REQUIRE(test::waitUntil([&] { return till.printed.size() == 1; }));
    const QStringList lines = till.printed.front().textLines();
    INFO(lines.join(u'\n').toStdString());
    CHECK(till.printed.front().lines.front().kind == core::PrintedLine::Kind::Raster);
    CHECK(lines.contains(QStringLiteral("Tax reg. no. GB123456789")));
    CHECK(lines.contains(QStringLiteral("Returns within 30 days")));
}

TEST_CASE("What the owner keeps for themselves is greyed out for a manager, and settings are not shown",
    "[gui][backoffice][settings]")
{
    test::GuiTill till;
    const QString owner = till.text("SELECT uid FROM cashiers WHERE role = 'owner'");
    auto read = till.storeSettings.settings();
    read.waitForFinished();
    REQUIRE(read.result());
    core::StoreSettings next = *read.result();
    next.permissions.setManagerMay(core::Permission::Stock, false);
    next.permissions.setManagerMay(core::Permission::StaffAccounts, false);
    auto saved = till.storeSettings.save(owner, next);
    saved.waitForFinished();
    REQUIRE(saved.result());

    till.logIn(QStringLiteral("Priya"), QStringLiteral("1357"));
    auto* backOffice = test::openBackOffice(till, &test::approveAsManager);
    auto* tabs = child<QTabWidget>(*backOffice, "backOfficeTabs");
    CHECK(backOffice->findChild<ui::SettingsPanel*>() == nullptr);
    const auto tabNamed = [&](const char* part) {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i).contains(QLatin1String(part)))
                return i;
        return -1;
    };
    REQUIRE(test::waitUntil([&] { return !tabs->isTabEnabled(tabNamed("tock")); }));
    CHECK_FALSE(tabs->isTabEnabled(tabNamed("taff")));
    CHECK(tabs->isTabEnabled(tabNamed("roducts")));
    CHECK(tabs->isTabEnabled(tabNamed("ategories")));
    CHECK(child<QPushButton>(*backOffice, "importProductsButton")->isEnabled());
}
