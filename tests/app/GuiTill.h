// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window on a real SQLCipher store for end-to-end GUI tests, and helpers to drive it.
#pragma once

#include "ApprovalDialog.h"
#include "DbWorker.h"
#include "DemoStore.h"
#include "EscPosEncoder.h"
#include "EscPosInterpreter.h"
#include "MainWindow.h"
#include "MoneyFormat.h"
#include "SqlBackOffice.h"
#include "SqlCatalog.h"
#include "SqlCustomerRecords.h"
#include "SqlCustomers.h"
#include "SqlOfferRules.h"
#include "SqlPrintQueue.h"
#include "SqlReports.h"
#include "SqlSales.h"
#include "SqlShifts.h"
#include "SqlStaff.h"
#include "SqlStoreSettings.h"
#include "TestSupport.h"
#include "VirtualPrinter.h"
#include "WorkerQueries.h"
#include "backoffice/BackOfficeDialog.h"
#include "checkout/AddProductDialog.h"
#include "checkout/CustomerCaptureDialog.h"
#include "checkout/DiscountDialog.h"
#include "checkout/RefundDialog.h"
#include "checkout/ShiftDialog.h"
#include "checkout/TenderDialog.h"
#include "ports/BarcodeScanner.h"
#include "print/PrintSpooler.h"
#include "sale/CheckoutSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <ZXing/ReadBarcode.h>

namespace ss::test {

inline const QByteArray kKey = QByteArrayLiteral("gui test key");

inline void screenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("SECONDSALE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::processEvents();
    REQUIRE(widget.grab().save(QDir(folder).filePath(name)));
}

template<typename T> T* child(QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

template<typename T> T* waitForDialog(QWidget& parent)
{
    // Closed dialogs linger until their deferred delete: look for the one on screen.
    T* dialog = nullptr;
    REQUIRE(waitUntil([&] {
        for (T* candidate : parent.findChildren<T*>()) {
            if (candidate->isVisible())
                dialog = candidate;
        }
        return dialog != nullptr;
    }));
    return dialog;
}

/// A USB scanner the test scans with.
class ScriptedScanner final : public core::BarcodeScanner
{
public:
    using BarcodeScanner::BarcodeScanner;
    bool isConnected() const override { return true; }
    QString name() const override { return QStringLiteral("Scripted scanner"); }
    void scan(const QString& data, core::Symbology symbology) { emit scanned({data, symbology}); }
};

/// A till on a small demo store, logged in as the demo cashier.
struct GuiTill
{
    test::TempDir dir;
    QString path = dir.file(QStringLiteral("gui.db"));
    db::DbWorker worker;
    test::WorkerQueries queries {worker};
    core::SystemClock clock;
    db::SqlCatalog catalog {worker};
    db::SqlSales sales {worker, clock};
    db::SqlStaff staff {worker};
    db::SqlShifts shifts {worker, clock, QStringLiteral("T01")};
    db::SqlCustomers customers {worker, clock};
    db::SqlCustomerRecords customerRecords {worker, clock};
    core::CheckoutSession session {catalog, sales, clock, {QStringLiteral("T01"), QStringLiteral("GBP"), {}}};
    db::SqlPrintQueue printQueue {worker, clock};
    devices::VirtualPrinter printer {*devices::printerProfile(QStringLiteral("epson-tm-t20iii"))};
    core::PrintSpooler spooler {printQueue, printer};
    std::vector<core::PrintedReceipt> printed; ///< What the virtual printer put on paper.
    ScriptedScanner usbScanner;
    db::SqlOfferRules offerRules {worker, clock};
    db::SqlReports reports {worker, clock};
    db::SqlBackOffice backOffice {worker};
    db::SqlStoreSettings storeSettings {worker};
    /// What the till's printer would print: its own encoder, read back (as the app wires it).
    std::function<core::PrintedReceipt(const core::ReceiptDocument&)> printPreview()
    {
        return [profile = printer.profile()](const core::ReceiptDocument& document) {
            return devices::interpretEscPos(*devices::encodeEscPos(document, profile));
        };
    }
    ui::MainWindow window;
    core::StoreProfile profile;

    explicit GuiTill(QSize size = {1024, 768}, core::CaptureMode captureMode = core::CaptureMode::Off)
    {
        core::DemoOptions options;
        options.products = 40;
        options.customers = 10;
        options.months = 1;
        options.lastDay = QDate(2026, 11, 22);
        REQUIRE(db::createDemoStore(path, kKey, options));
        auto opened = worker.open(path, kKey);
        opened.waitForFinished();
        REQUIRE(opened.result());
        window.showStore(*opened.result());
        profile = opened.result()->profile;
        // Wired as app/gui/TillContext wires the real till.
        QObject::connect(&session, &core::CheckoutSession::saleCommitted, &spooler, &core::PrintSpooler::wake);
        QObject::connect(
            &session, &core::CheckoutSession::drawerOpenRequested, &printer, &core::PosPrinter::openDrawer);
        QObject::connect(&printer, &devices::VirtualPrinter::printed,
            [this](const QByteArray&, const core::PrintedReceipt& receipt) { printed.push_back(receipt); });
        window.startTill(
            {session, catalog, staff, sales, shifts, customers, customerRecords, printQueue, spooler, printer,
                &usbScanner, nullptr, &offerRules, printPreview(), 48, &reports, nullptr, &backOffice, &storeSettings},
            profile, captureMode);
        window.resize(size);
        window.show();
        QApplication::setActiveWindow(&window);
    }
    ~GuiTill()
    {
        worker.drain(); // jobs in flight finish while the screens their continuations run on exist
        window.stopTill();
    }

    qint64 count(const std::string& sql) { return queries.count(sql); }
    QString text(const std::string& sql) { return queries.text(sql); }

    void logIn(const QString& name, const QString& pin)
    {
        auto* staffList = child<QListWidget>(window, "staffList");
        REQUIRE(waitUntil([&] { return staffList->count() == 3; }));
        const auto items = staffList->findItems(name, Qt::MatchStartsWith);
        REQUIRE(items.size() == 1);
        staffList->setCurrentItem(items.first());
        auto* pinEdit = child<QLineEdit>(window, "pinLineEdit");
        QTest::keyClicks(pinEdit, pin);
        QTest::mouseClick(child<QPushButton>(window, "loginButton"), Qt::LeftButton);
        auto* checkout = child<QWidget>(window, "checkoutScreen");
        REQUIRE(waitUntil([&] { return checkout->isVisible(); }));
    }

    /// A scanner: the whole code as a key burst (no pause between keys), then Return.
    void scanBurst(const QString& code)
    {
        // Focus comes back to the scan field when a dialog closes, a moment later under load.
        REQUIRE(waitUntil([] { return QApplication::focusWidget() != nullptr; }));
        QWidget* target = QApplication::focusWidget();
        QTest::keyClicks(target, code);
        QTest::keyClick(target, Qt::Key_Return);
    }
};

/// Every barcode zxing-cpp finds in the image, as "FORMAT text".
inline QStringList decodeAll(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setTryHarder(true);
    QStringList found;
    const ZXing::ImageView view(
        gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, static_cast<int>(gray.bytesPerLine()));
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hints))
        found << QString::fromStdString(ZXing::ToString(result.format())) + u' '
                + QString::fromStdString(result.text());
    return found;
}

/// Someone who may approve (a manager or the owner) types their PIN into the open approval dialog.
inline void approveAs(QWidget& parent, const QString& name, const QString& pin)
{
    auto* approval = waitForDialog<ui::ApprovalDialog>(parent);
    auto* approver = child<QComboBox>(*approval, "approverComboBox");
    REQUIRE(waitUntil([&] { return approver->count() == 2; }));
    approver->setCurrentIndex(approver->findText(name));
    QTest::keyClicks(child<QLineEdit>(*approval, "approverPinLineEdit"), pin);
    QTest::keyClick(child<QLineEdit>(*approval, "approverPinLineEdit"), Qt::Key_Return);
}

/// A manager approves what the open dialog asks for: Sam Okafor with his demo PIN.
inline void approveAsManager(QWidget& parent)
{
    approveAs(parent, QStringLiteral("Sam Okafor"), QStringLiteral("2468"));
}

/// The owner approves in person: Margaret Hale with her demo PIN.
inline void approveAsOwner(QWidget& parent)
{
    approveAs(parent, QStringLiteral("Margaret Hale"), QStringLiteral("1975"));
}

/// Ctrl+Shift+B at the checkout; `approve` types a manager's or the owner's PIN when the person
/// logged in may not open it alone (null: they may).
inline ui::BackOfficeDialog* openBackOffice(GuiTill& till, void (*approve)(QWidget&) = nullptr)
{
    QTest::keyClick(child<QWidget>(till.window, "checkoutScreen"), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    if (approve)
        approve(till.window);
    return waitForDialog<ui::BackOfficeDialog>(till.window);
}

/// One product scanned (the `offset`-th of the catalogue) and paid in cash; waits for the commit.
inline void sellForCash(GuiTill& till, int offset)
{
    const qint64 before = till.count("SELECT count(*) FROM sales");
    till.scanBurst(till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET " + std::to_string(offset)));
    REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == 1; }));
    QTest::mouseClick(child<QPushButton>(till.window, "payCashButton"), Qt::LeftButton);
    auto* tender = waitForDialog<ui::TenderDialog>(till.window);
    QTest::mouseClick(child<QPushButton>(*tender, "tenderCashButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return till.count("SELECT count(*) FROM sales") == before + 1; }));
    REQUIRE(waitUntil([&] { return till.session.cart().isEmpty(); }));
}

} // namespace ss::test
