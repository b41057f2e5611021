// SPDX-License-Identifier: GPL-3.0-or-later
// Receipts from the till to the virtual printer: printed from the ESC/POS bytes, held while the
// paper is out and printed once it is back, reprinted as a copy; the preview decoded as an image.
#include "EscPosInterpreter.h"
#include "GuiTill.h"
#include "devices/DeviceSettingsDialog.h"
#include "devices/LogoDither.h"
#include "devices/ReceiptPreviewWindow.h"
#include "devices/ReceiptRenderer.h"
#include "offers/OfferRulesDialog.h"
#include "ports/DeviceInventory.h"

#include <QSpinBox>
#include <QTreeWidget>

#include <QInputDialog>
#include <QPainter>

#include <ZXing/ReadBarcode.h>

using namespace ss;
using namespace ss::test;

namespace {

QString lastReceipt(GuiTill& till)
{
    return till.text("SELECT receipt_no FROM sales ORDER BY id DESC LIMIT 1");
}

} // namespace

TEST_CASE("GUI: a cash sale's receipt comes out of the virtual printer, its barcode scannable", "[gui][print]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    int drawer = 0;
    QObject::connect(&till.printer, &devices::VirtualPrinter::drawerOpened, [&] { ++drawer; });
    // The shop's logo: a picture with a grey fill, dithered to dots and printed above each receipt.
    QImage logo(320, 96, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    {
        QPainter painter(&logo);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(90, 90, 90));
        painter.setPen(QPen(Qt::black, 4));
        painter.drawRoundedRect(QRectF(4, 4, 312, 88), 24, 24);
        painter.setPen(Qt::white);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 26, QFont::Bold));
        painter.drawText(logo.rect(), Qt::AlignCenter, QStringLiteral("JUNCTION"));
    }
    till.spooler.setReceiptLogo(ui::ditherLogo(logo, 384));
    sellForCash(till, 5);
    REQUIRE(waitUntil([&] { return till.printed.size() == 1; }));
    const QString receipt = lastReceipt(till);
    const QStringList lines = till.printed.front().textLines();
    INFO(lines.join(u'\n').toStdString());
    CHECK(till.printed.front().error.isEmpty());
    CHECK(till.printed.front().lines.front().kind == core::PrintedLine::Kind::Raster);
    CHECK(lines.contains(receipt));
    CHECK(lines.contains(QStringLiteral("[CODE128 %1]").arg(receipt)));
    CHECK(till.printed.front().cut);
    CHECK(drawer == 1); // opened at the commit, once, not again by the receipt
    CHECK(till.count("SELECT count(*) FROM print_jobs WHERE status = 'printed'") == 1);

    ui::ReceiptPreviewWindow preview(till.printer.name(), 48);
    preview.showReceipt(till.printed.front());
    preview.resize(700, 900);
    preview.show();
    screenshot(preview, QStringLiteral("virtual-printer.png"));
    const QImage image = preview.currentImage();
    CHECK(image.width() == 48 * 12 + 32);
    CHECK(decodeAll(image).contains(QStringLiteral("Code128 ") + receipt));
    const QString pdf = till.dir.file(QStringLiteral("receipt.pdf"));
    REQUIRE(preview.savePdf(pdf));
    CHECK(QFileInfo(pdf).size() > 1000);
}

TEST_CASE("GUI: out of paper, receipts wait and the cashier is told — new paper prints them once", "[gui][print]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    till.printer.setPaperOut(true);
    sellForCash(till, 6);
    const QString first = lastReceipt(till);
    sellForCash(till, 7);
    const QString second = lastReceipt(till);
    auto* status = child<QLabel>(till.window, "printerStatusLabel");
    REQUIRE(waitUntil([&] { return status->text().contains(QStringLiteral("Receipts waiting: 2")); }));
    CHECK(status->text().contains(QStringLiteral("out of paper")));
    screenshot(till.window, QStringLiteral("printer-out-of-paper.png"));
    CHECK(till.printed.empty());
    CHECK(till.count("SELECT count(*) FROM print_jobs WHERE status = 'pending'") == 2);

    till.printer.setPaperOut(false);
    REQUIRE(waitUntil([&] { return till.printed.size() == 2; }));
    CHECK(till.printed[0].textLines().contains(first));
    CHECK(till.printed[1].textLines().contains(second));
    REQUIRE(waitUntil([&] { return status->text().endsWith(QStringLiteral(": ready")); }));
    CHECK_FALSE(waitUntil([&] { return till.printed.size() > 2; }, 300));
}

TEST_CASE("GUI: Ctrl+R reprints the last receipt as a marked copy", "[gui][print]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    sellForCash(till, 8);
    REQUIRE(waitUntil([&] { return till.printed.size() == 1; }));
    QTest::keyClick(child<QWidget>(till.window, "checkoutScreen"), Qt::Key_R, Qt::ControlModifier);
    auto* dialog = waitForDialog<QInputDialog>(till.window);
    CHECK(dialog->textValue() == lastReceipt(till));
    dialog->accept();
    REQUIRE(waitUntil([&] { return till.printed.size() == 2; }));
    CHECK(till.printed[1].textLines().first().contains(QStringLiteral("COPY")));
    CHECK(till.printed[1].drawerKicks == 0);
}

TEST_CASE("GUI: a USB scanner's scan rings up the item — with a dialog in front it is left alone", "[gui][scanner]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    const QString code = till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 3");
    till.usbScanner.scan(code, core::Symbology::Ean13);
    REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == 1; }));
    QTest::mouseClick(child<QPushButton>(till.window, "discountButton"), Qt::LeftButton);
    auto* dialog = waitForDialog<ui::DiscountDialog>(till.window);
    till.usbScanner.scan(code, core::Symbology::Ean13);
    CHECK_FALSE(waitUntil([&] { return till.session.cart().lines().front().quantity > 1; }, 300));
    dialog->reject();
}

namespace {

/// What the settings screen sees of the bus, canned: a TM-T20III and a HID POS scanner.
class CannedInventory final : public core::DeviceInventoryPort
{
public:
    std::optional<core::DeviceSettings> saved;

    QFuture<core::Result<std::vector<core::DeviceEntry>>> devices() override
    {
        std::vector<core::DeviceEntry> found {
            {core::DeviceEntry::Kind::Printer, u"usb:04b8:0e28"_qs, u"Epson TM-T20III"_qs,
                u"04b8:0e28 on bus 1 address 2"_qs, u"epson-tm-t20iii"_qs},
            {core::DeviceEntry::Kind::Scanner, u"usb:0c2e:0b61"_qs, u"Honeywell Voyager (HID POS)"_qs,
                u"0c2e:0b61 on bus 1 address 3"_qs, {}},
        };
        return QtFuture::makeReadyFuture(core::Result<std::vector<core::DeviceEntry>>(found));
    }
    std::vector<core::ProfileChoice> profiles() const override
    {
        std::vector<core::ProfileChoice> choices;
        for (const devices::PrinterProfile& profile : devices::printerProfiles()) {
            core::ProfileChoice choice {profile.key, profile.name, profile.columns, {}};
            for (const devices::CodePage& page : profile.codePages)
                choice.codePages << page.icu;
            choices.push_back(choice);
        }
        return choices;
    }
    core::DeviceSettings current() const override { return saved.value_or(core::DeviceSettings {}); }
    void save(const core::DeviceSettings& settings) override { saved = settings; }
};

} // namespace

TEST_CASE("GUI: device settings list what is plugged in, test-print through the queue, and save", "[gui][devices]")
{
    GuiTill till;
    CannedInventory inventory;
    till.window.stopTill();
    till.window.startTill(
        {till.session, till.catalog, till.staff, till.sales, till.shifts, till.customers, till.customerRecords,
            till.printQueue, till.spooler, till.printer, &till.usbScanner, &inventory, nullptr, {}, 48},
        till.profile, core::CaptureMode::Off);
    till.logIn(QStringLiteral("Sam Okafor"), QStringLiteral("2468")); // a manager: no approval needed
    QTest::keyClick(child<QWidget>(till.window, "checkoutScreen"), Qt::Key_D, Qt::ControlModifier);
    auto* dialog = waitForDialog<ui::DeviceSettingsDialog>(till.window);
    auto* tree = child<QTreeWidget>(*dialog, "devicesTree");
    REQUIRE(waitUntil([&] { return tree->topLevelItemCount() == 2; }));
    CHECK(child<QLabel>(*dialog, "deviceStatusLabel")->text().contains(QStringLiteral("online")));
    dialog->resize(820, 640);
    screenshot(*dialog, QStringLiteral("device-settings.png"));

    QTest::mouseClick(child<QPushButton>(*dialog, "testPrintButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return till.printed.size() == 1; }));
    CHECK(till.printed.front().textLines().contains(QStringLiteral("SecondSale test page")));
    int kicks = 0;
    QObject::connect(&till.printer, &devices::VirtualPrinter::drawerOpened, [&] { ++kicks; });
    QTest::mouseClick(child<QPushButton>(*dialog, "openDrawerButton"), Qt::LeftButton);
    CHECK(kicks == 1);

    auto* printerChoice = child<QComboBox>(*dialog, "printerComboBox");
    printerChoice->setCurrentIndex(printerChoice->findData(u"usb:04b8:0e28"_qs));
    auto* profile = child<QComboBox>(*dialog, "profileComboBox");
    profile->setCurrentIndex(profile->findData(u"epson-tm-t20iii"_qs));
    auto* codePage = child<QComboBox>(*dialog, "codePageComboBox");
    codePage->setCurrentIndex(codePage->findData(u"windows-1252"_qs));
    auto* scanner = child<QComboBox>(*dialog, "scannerComboBox");
    scanner->setCurrentIndex(scanner->findData(u"usb:0c2e:0b61:boot"_qs));
    QTest::mouseClick(child<QPushButton>(*dialog, "saveDevicesButton"), Qt::LeftButton);
    REQUIRE(inventory.saved);
    CHECK(inventory.saved->printer == u"usb:04b8:0e28"_qs);
    CHECK(inventory.saved->codePage == u"windows-1252"_qs);
    CHECK(inventory.saved->scanner == u"usb:0c2e:0b61:boot"_qs);
    dialog->reject();
    till.window.stopTill();
}

TEST_CASE("GUI: the preview draws every golden receipt so its codes scan", "[gui][print][golden]")
{
    const QDir root(QStringLiteral(SECONDSALE_GOLDEN_DIR));
    int checked = 0;
    for (const QString& profileKey : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto profile = devices::printerProfile(profileKey);
        REQUIRE(profile);
        QFile coupon(root.filePath(profileKey + QStringLiteral("/coupon.bin")));
        REQUIRE(coupon.open(QIODevice::ReadOnly));
        const core::PrintedReceipt printed = devices::interpretEscPos(coupon.readAll());
        REQUIRE(printed.error.isEmpty());
        const QImage image = ui::renderPrintedReceipt(printed, profile->columns);
        INFO(profileKey.toStdString());
        CHECK(image.width() == profile->columns * 12 + 32);
        const QStringList found = decodeAll(image);
        CHECK(found.contains(QStringLiteral("Code128 CPN-7K3M9Q-4")));
        CHECK(found.contains(QStringLiteral("QRCode SSC:CPN-7K3M9Q-4")));
        CHECK(found.contains(QStringLiteral("EAN-13 5012345678900")));
        ++checked;
    }
    CHECK(checked == 6);
}

TEST_CASE("GUI: a first sale's receipt carries a coupon that the next sale redeems once", "[gui][print][coupon]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    const QString dear = till.text("SELECT barcode FROM products WHERE price_minor >= 1500 ORDER BY id LIMIT 1");
    const auto payCash = [&] {
        const qint64 before = till.count("SELECT count(*) FROM sales");
        QTest::mouseClick(child<QPushButton>(till.window, "payCashButton"), Qt::LeftButton);
        auto* tender = waitForDialog<ui::TenderDialog>(till.window);
        QTest::mouseClick(child<QPushButton>(*tender, "tenderCashButton"), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return till.count("SELECT count(*) FROM sales") == before + 1; }));
        REQUIRE(waitUntil([&] { return till.session.cart().isEmpty(); }));
    };

    // Sale 1, anonymous: the receipt that comes out carries the come-back coupon three ways.
    till.scanBurst(dear);
    REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == 1; }));
    payCash();
    REQUIRE(waitUntil([&] { return till.printed.size() == 1; }));
    const QString code = till.text("SELECT code FROM coupons ORDER BY id DESC LIMIT 1");
    const QString firstReceipt = lastReceipt(till);
    const QStringList lines = till.printed.front().textLines();
    INFO(lines.join(u'\n').toStdString());
    CHECK(lines.contains(code));
    CHECK(lines.contains(QStringLiteral("[CODE128 %1]").arg(code)));
    CHECK(lines.contains(QStringLiteral("[QR %1]").arg(code)));
    CHECK(lines.contains(QStringLiteral("10% off your next visit")));
    {
        ui::ReceiptPreviewWindow preview(till.printer.name(), 48);
        preview.showReceipt(till.printed.front());
        CHECK(decodeAll(preview.currentImage()).contains(QStringLiteral("QRCode ") + code));
        preview.resize(700, 1200);
        screenshot(preview, QStringLiteral("receipt-with-coupon.png")); // drawn, never shown: the till keeps the keys
    }

    // Sale 2: the customer scans the coupon off that receipt; 10 % comes off and it is redeemed.
    till.scanBurst(dear);
    REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == 1; }));
    till.scanBurst(code);
    auto* message = child<QLabel>(till.window, "messageLabel");
    const bool appliedShown = waitUntil([&] { return message->text().startsWith(QStringLiteral("Coupon ")); });
    INFO(message->text().toStdString());
    REQUIRE(appliedShown);
    CHECK_FALSE(till.session.totals().discount.isZero());
    screenshot(till.window, QStringLiteral("coupon-applied.png"));
    payCash();
    const QString secondReceipt = lastReceipt(till);
    CHECK(till.text("SELECT s.receipt_no FROM coupons p JOIN sales s ON s.id = p.redeemed_sale_id WHERE p.code = '"
              + code.toStdString() + "'")
        == secondReceipt);
    CHECK(secondReceipt != firstReceipt);

    // Sale 3: the same coupon again is refused, naming where it was used.
    till.scanBurst(dear);
    REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == 1; }));
    till.scanBurst(code);
    REQUIRE(waitUntil([&] { return message->text().contains(QStringLiteral("already used")); }));
    CHECK(message->text().contains(secondReceipt));
    CHECK(till.session.totals().discount.isZero());
}

TEST_CASE(
    "GUI: the owner edits the offers with a preview of the printed coupon; a manager may not", "[gui][coupon][offers]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Sam Okafor"), QStringLiteral("2468")); // a manager
    QTest::keyClick(child<QWidget>(till.window, "checkoutScreen"), Qt::Key_O, Qt::ControlModifier);
    auto* message = child<QLabel>(till.window, "messageLabel");
    REQUIRE(waitUntil([&] { return message->text().contains(QStringLiteral("Only the owner")); }));
    QTest::mouseClick(child<QPushButton>(till.window, "logOutButton"), Qt::LeftButton);

    till.logIn(QStringLiteral("Margaret Hale"), QStringLiteral("1975")); // the owner
    QTest::keyClick(child<QWidget>(till.window, "checkoutScreen"), Qt::Key_O, Qt::ControlModifier);
    auto* dialog = waitForDialog<ui::OfferRulesDialog>(till.window);
    auto* list = child<QTreeWidget>(*dialog, "offerRulesTree");
    REQUIRE(waitUntil([&] { return list->topLevelItemCount() == 1; })); // the demo's come-back rule
    CHECK(list->topLevelItem(0)->text(4).toInt() > 0); // it has issued coupons

    QTest::mouseClick(child<QPushButton>(*dialog, "newOfferButton"), Qt::LeftButton);
    auto* name = child<QLineEdit>(*dialog, "offerNameLineEdit");
    name->setText(QStringLiteral("Fifth visit: 5.00 off"));
    auto* kind = child<QComboBox>(*dialog, "offerKindComboBox");
    kind->setCurrentIndex(kind->findData(u"milestone"_qs));
    auto* discount = child<QComboBox>(*dialog, "offerDiscountKindComboBox");
    discount->setCurrentIndex(discount->findData(u"amount"_qs));
    child<QLineEdit>(*dialog, "offerValueLineEdit")->setText(QStringLiteral("5.00"));
    child<QSpinBox>(*dialog, "offerVisitSpinBox")->setValue(5);
    child<QSpinBox>(*dialog, "offerPrioritySpinBox")->setValue(20);
    auto* preview = child<QLabel>(*dialog, "offerPreviewLabel");
    REQUIRE(waitUntil([&] { return !preview->pixmap().isNull(); }));
    CHECK(decodeAll(preview->pixmap().toImage()).contains(QStringLiteral("QRCode K7M9Q-4XP2R")));
    dialog->resize(1100, 760);
    screenshot(*dialog, QStringLiteral("offer-editor.png"));

    child<QLineEdit>(*dialog, "offerValueLineEdit")->setText(QStringLiteral("five"));
    QTest::mouseClick(child<QPushButton>(*dialog, "saveOfferButton"), Qt::LeftButton);
    CHECK(child<QLabel>(*dialog, "offerMessageLabel")->text().contains(QStringLiteral("amount")));
    child<QLineEdit>(*dialog, "offerValueLineEdit")->setText(QStringLiteral("5.00"));
    QTest::mouseClick(child<QPushButton>(*dialog, "saveOfferButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return list->topLevelItemCount() == 2; }));
    CHECK(till.text("SELECT parameters FROM offer_rules WHERE kind = 'milestone'")
        == QStringLiteral("amountMinor=500\nvalidDays=60\nminimumSpendMinor=1000\nvisit=5"));
    CHECK(till.count("SELECT count(*) FROM audit_log WHERE action = 'offer_created'"
                     " AND cashier_id = (SELECT id FROM cashiers WHERE role = 'owner')")
        == 1);

    // A follow-up: bought in one category, an offer on another (it must be a different one).
    QTest::mouseClick(child<QPushButton>(*dialog, "newOfferButton"), Qt::LeftButton);
    name->setText(QStringLiteral("For your layout"));
    kind->setCurrentIndex(kind->findData(u"followup"_qs));
    auto* from = child<QComboBox>(*dialog, "offerFromCategoryComboBox");
    auto* to = child<QComboBox>(*dialog, "offerToCategoryComboBox");
    REQUIRE(waitUntil([&] { return from->count() > 1; }));
    from->setCurrentIndex(0);
    to->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(*dialog, "saveOfferButton"), Qt::LeftButton);
    CHECK(child<QLabel>(*dialog, "offerMessageLabel")->text().contains(QStringLiteral("different")));
    to->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(*dialog, "saveOfferButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return list->topLevelItemCount() == 3; }));
    CHECK(till.text("SELECT parameters FROM offer_rules WHERE kind = 'followup'")
              .contains(QStringLiteral("toCategory=") + to->currentData().toString()));

    // A referral: the friend is welcomed with 10 %, the referrer thanked with 5.00 off for 120 days.
    QTest::mouseClick(child<QPushButton>(*dialog, "newOfferButton"), Qt::LeftButton);
    name->setText(QStringLiteral("Friends of the shop"));
    kind->setCurrentIndex(kind->findData(u"referral"_qs));
    discount->setCurrentIndex(0);
    child<QLineEdit>(*dialog, "offerValueLineEdit")->setText(QStringLiteral("10"));
    auto* rewardKind = child<QComboBox>(*dialog, "offerRewardKindComboBox");
    rewardKind->setCurrentIndex(rewardKind->findData(u"amount"_qs));
    auto* rewardValue = child<QLineEdit>(*dialog, "offerRewardValueLineEdit");
    rewardValue->setText(QStringLiteral("lots"));
    child<QSpinBox>(*dialog, "offerRewardDaysSpinBox")->setValue(120);
    QTest::mouseClick(child<QPushButton>(*dialog, "saveOfferButton"), Qt::LeftButton);
    CHECK(child<QLabel>(*dialog, "offerMessageLabel")->text().contains(QStringLiteral("referrer")));
    rewardValue->setText(QStringLiteral("5.00"));
    QTest::mouseClick(child<QPushButton>(*dialog, "saveOfferButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return list->topLevelItemCount() == 4; }));
    const QString referral = till.text("SELECT parameters FROM offer_rules WHERE kind = 'referral'");
    CHECK(referral.contains(QStringLiteral("percentBasisPoints=1000")));
    CHECK(referral.contains(QStringLiteral("rewardAmountMinor=500")));
    CHECK(referral.contains(QStringLiteral("rewardValidDays=120")));
    const auto reward = core::parseReferralReward(referral);
    REQUIRE(reward);
    CHECK(reward->kind == core::DiscountKind::Amount);
    CHECK(reward->value == 500);
    dialog->reject();
}
