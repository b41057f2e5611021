// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, checkout screen and dialogs on a real SQLCipher store, driven with keys
// and clicks under QT_QPA_PLATFORM=offscreen.
#include "FaultyVfs.h"
#include "GuiTill.h"

using namespace ss;
using namespace ss::test;

TEST_CASE("GUI: log in, scan three items as key bursts, discount, split cash/card, stored exactly", "[gui][checkout]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    auto* entry = child<QLineEdit>(till.window, "scanLineEdit");
    REQUIRE(waitUntil([&] { return QApplication::focusWidget() == entry; }));
    const qint64 salesBefore = till.count("SELECT count(*) FROM sales");

    const QStringList codes = {till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 0"),
        till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 1"),
        till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 2")};
    for (const QString& code : codes)
        till.scanBurst(code);
    auto* cart = child<QTableView>(till.window, "cartTableView");
    REQUIRE(waitUntil([&] { return cart->model()->rowCount() == 3; }));
    CHECK(entry->text().isEmpty()); // the bursts never reached the focused field as typing
    screenshot(till.window, QStringLiteral("checkout-1024x768.png"));

    // A person typing slowly in the same field is left alone.
    for (QChar c : QStringLiteral("rust")) {
        QTest::keyClick(entry, c.toLatin1());
        QTest::qWait(60);
    }
    REQUIRE(waitUntil([&] { return entry->text() == QStringLiteral("rust"); }));
    entry->clear();

    // 10 % off the whole sale: within a cashier's own limit.
    QTest::mouseClick(child<QPushButton>(till.window, "discountButton"), Qt::LeftButton);
    auto* discount = waitForDialog<ui::DiscountDialog>(till.window);
    QTest::keyClicks(child<QLineEdit>(*discount, "discountLineEdit"), QStringLiteral("10%"));
    QTest::mouseClick(child<QPushButton>(*discount, "discountSaleButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !till.session.totals().discount.isZero(); }));
    const core::Money total = till.session.totals().total;

    // Split tender: £5 cash, the rest on the card terminal.
    QTest::mouseClick(child<QPushButton>(till.window, "payCashButton"), Qt::LeftButton);
    auto* tender = waitForDialog<ui::TenderDialog>(till.window);
    auto* amount = child<QLineEdit>(*tender, "amountLineEdit");
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("5"));
    QTest::mouseClick(child<QPushButton>(*tender, "tenderCashButton"), Qt::LeftButton);
    CHECK(child<QLabel>(*tender, "remainingLabel")
              ->text()
              .contains(ui::formatMoney(total - core::Money::fromMinor(500), QStringLiteral("GBP"))));
    screenshot(*tender, QStringLiteral("tender-split.png"));
    QTest::mouseClick(child<QPushButton>(*tender, "tenderCardButton"), Qt::LeftButton);

    auto* message = child<QLabel>(till.window, "messageLabel");
    REQUIRE(waitUntil([&] { return message->text().startsWith(QStringLiteral("Paid")); }));
    CHECK(cart->model()->rowCount() == 0);

    CHECK(till.count("SELECT count(*) FROM sales") == salesBefore + 1);
    const std::string last = "(SELECT max(id) FROM sales)";
    CHECK(till.count("SELECT total_minor FROM sales WHERE id = " + last) == total.minor());
    CHECK(till.count("SELECT count(*) FROM sale_lines WHERE sale_id = " + last) == 3);
    CHECK(till.count("SELECT discount_minor FROM sales WHERE id = " + last) > 0);
    CHECK(till.count("SELECT count(*) FROM payments WHERE sale_id = " + last) == 2);
    CHECK(till.count("SELECT amount_minor FROM payments WHERE tender = 'cash' AND sale_id = " + last) == 500);
    CHECK(till.count("SELECT sum(amount_minor) FROM payments WHERE sale_id = " + last) == total.minor());
    CHECK(till.text("SELECT c.name FROM sales s JOIN cashiers c ON c.id = s.cashier_id WHERE s.id = " + last)
        == QStringLiteral("Priya Shah"));
}

TEST_CASE("GUI: refund one line of a sale by its receipt number", "[gui][refund]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Sam Okafor"), QStringLiteral("2468"));
    till.scanBurst(till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 3"));
    till.scanBurst(till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 4"));
    REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == 2; }));
    QTest::mouseClick(child<QPushButton>(till.window, "payCardButton"), Qt::LeftButton);
    auto* tender = waitForDialog<ui::TenderDialog>(till.window);
    QTest::mouseClick(child<QPushButton>(*tender, "tenderCardButton"), Qt::LeftButton);
    auto* message = child<QLabel>(till.window, "messageLabel");
    REQUIRE(waitUntil([&] { return message->text().startsWith(QStringLiteral("Paid")); }));
    const QString receipt = till.text("SELECT receipt_no FROM sales ORDER BY id DESC LIMIT 1");
    const qint64 secondLineTotal = till.count("SELECT total_minor FROM sale_lines WHERE line_no = 2 AND sale_id = "
                                              "(SELECT max(id) FROM sales)");

    QTest::mouseClick(child<QPushButton>(till.window, "refundButton"), Qt::LeftButton);
    auto* refund = waitForDialog<ui::RefundDialog>(till.window);
    QTest::keyClicks(child<QLineEdit>(*refund, "receiptLineEdit"), receipt);
    QTest::mouseClick(child<QPushButton>(*refund, "findSaleButton"), Qt::LeftButton);
    QSpinBox* second = nullptr;
    REQUIRE(waitUntil(
        [&] { return (second = refund->findChild<QSpinBox*>(QStringLiteral("returnQuantity2"))) != nullptr; }));
    CHECK(second->maximum() == 1);
    second->setValue(1);
    screenshot(*refund, QStringLiteral("refund.png"));
    QTest::mouseClick(child<QPushButton>(*refund, "refundCashButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return message->text().startsWith(QStringLiteral("Refunded")); }));

    CHECK(till.count("SELECT count(*) FROM sales WHERE kind = 'refund'") == 1);
    CHECK(till.count("SELECT total_minor FROM sales WHERE kind = 'refund'") == -secondLineTotal);
    CHECK(till.count(
              "SELECT original_line_no FROM sale_lines WHERE sale_id = (SELECT id FROM sales WHERE kind = 'refund')")
        == 2);
}

TEST_CASE("GUI: the checkout at 1920x1080 with an unknown scan", "[gui][screenshot]")
{
    GuiTill till({1920, 1080});
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    till.scanBurst(till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 5"));
    till.scanBurst(till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 6"));
    till.scanBurst(QStringLiteral("4006381333931"));
    auto* message = child<QLabel>(till.window, "messageLabel");
    REQUIRE(waitUntil([&] { return message->text().contains(QStringLiteral("4006381333931")); }));
    CHECK(child<QPushButton>(till.window, "addProductButton")->isVisible());
    CHECK(till.session.cart().lines().size() == 2);
    screenshot(till.window, QStringLiteral("checkout-1920x1080.png"));
}

TEST_CASE("GUI: a manager reads the X report and closes the shift with a Z report", "[gui][shift]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Sam Okafor"), QStringLiteral("2468"));
    till.scanBurst(till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 7"));
    REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == 1; }));
    QTest::mouseClick(child<QPushButton>(till.window, "payCashButton"), Qt::LeftButton);
    auto* tender = waitForDialog<ui::TenderDialog>(till.window);
    auto* amount = child<QLineEdit>(*tender, "amountLineEdit");
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("500"));
    QTest::mouseClick(child<QPushButton>(*tender, "tenderCashButton"), Qt::LeftButton);
    auto* message = child<QLabel>(till.window, "messageLabel");
    REQUIRE(waitUntil([&] { return message->text().contains(QStringLiteral("Change due")); }));

    QTest::mouseClick(child<QPushButton>(till.window, "shiftButton"), Qt::LeftButton);
    auto* shift = waitForDialog<ui::ShiftDialog>(till.window);
    auto* report = child<QPlainTextEdit>(*shift, "shiftReportText");
    REQUIRE(waitUntil([&] { return report->toPlainText().contains(QStringLiteral("X REPORT")); }));
    CHECK(report->toPlainText().contains(QStringLiteral("Sales (1)")));
    QTest::keyClicks(child<QLineEdit>(*shift, "shiftCashLineEdit"), QStringLiteral("0"));
    QTest::mouseClick(child<QPushButton>(*shift, "closeShiftButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return report->toPlainText().contains(QStringLiteral("Z REPORT")); }));
    CHECK(report->toPlainText().contains(QStringLiteral("SHORT")));
    REQUIRE(waitUntil([&] { return till.count("SELECT count(*) FROM shifts WHERE z_report IS NOT NULL") == 1; }));
    screenshot(*shift, QStringLiteral("z-report.png"));
}

TEST_CASE("GUI: a cashier's return without a receipt goes through a manager's PIN", "[gui][refund]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    const qint64 price = till.count("SELECT price_minor FROM products ORDER BY id LIMIT 1 OFFSET 8");
    QTest::mouseClick(child<QPushButton>(till.window, "refundButton"), Qt::LeftButton);
    auto* refund = waitForDialog<ui::RefundDialog>(till.window);
    QTest::mouseClick(child<QPushButton>(*refund, "noReceiptButton"), Qt::LeftButton);
    approveAsManager(*refund);
    auto* code = child<QLineEdit>(*refund, "blindCodeLineEdit");
    REQUIRE(waitUntil([&] { return code->isVisible(); }));
    QTest::keyClicks(code, till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 8"));
    QTest::keyClick(code, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !child<QLabel>(*refund, "blindItemLabel")->text().isEmpty(); }));
    QTest::mouseClick(child<QPushButton>(*refund, "refundCardButton"), Qt::LeftButton);
    auto* message = child<QLabel>(till.window, "messageLabel");
    REQUIRE(waitUntil([&] { return message->text().startsWith(QStringLiteral("Refunded")); }));
    CHECK(till.count("SELECT total_minor FROM sales WHERE kind = 'refund' AND original_sale_id IS NULL") == -price);
}

TEST_CASE("GUI: an unknown barcode is added by a manager and rung up at once", "[gui][catalog]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    till.scanBurst(QStringLiteral("4006381333931"));
    auto* add = child<QPushButton>(till.window, "addProductButton");
    REQUIRE(waitUntil([&] { return add->isVisible(); }));
    QTest::mouseClick(add, Qt::LeftButton);
    approveAsManager(till.window);

    auto* dialog = waitForDialog<ui::AddProductDialog>(till.window);
    REQUIRE(waitUntil([&] { return child<QComboBox>(*dialog, "newProductTaxComboBox")->count() == 3; }));
    QTest::keyClicks(child<QLineEdit>(*dialog, "newProductNameLineEdit"), QStringLiteral("Tamiya TS-14 black spray"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "newProductPriceLineEdit"), QStringLiteral("5.49"));
    QTest::mouseClick(child<QPushButton>(*dialog, "addProductConfirmButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == 1; }));
    CHECK(till.session.totals().total.minor() == 549);
    CHECK(till.count("SELECT price_minor FROM products WHERE barcode = '4006381333931'") == 549);
    CHECK(till.count("SELECT count(*) FROM audit_log WHERE action = 'add_product'") == 1);

    // Scanned again, it is now simply found.
    till.scanBurst(QStringLiteral("4006381333931"));
    REQUIRE(waitUntil([&] { return till.session.cart().lines()[0].quantity == 2; }));
}

namespace {
/// Rings up one item, presses Card, lets `capture` deal with the capture dialog, then pays by card.
void sellWithCapture(GuiTill& till, int productOffset, const std::function<void(ui::CustomerCaptureDialog&)>& capture)
{
    const std::size_t before = till.count("SELECT count(*) FROM sales");
    till.scanBurst(
        till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET " + std::to_string(productOffset)));
    REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == 1; }));
    QTest::mouseClick(child<QPushButton>(till.window, "payCardButton"), Qt::LeftButton);
    capture(*waitForDialog<ui::CustomerCaptureDialog>(till.window));
    auto* tender = waitForDialog<ui::TenderDialog>(till.window);
    QTest::mouseClick(child<QPushButton>(*tender, "tenderCardButton"), Qt::LeftButton);
    // The screen, not the database, says when the sale is done: the commit's answer must have arrived.
    auto* message = child<QLabel>(till.window, "messageLabel");
    REQUIRE(waitUntil([&] { return !till.session.isBusy() && message->text().startsWith(QStringLiteral("Paid")); }));
    CHECK(static_cast<std::size_t>(till.count("SELECT count(*) FROM sales")) == before + 1);
}
} // namespace

TEST_CASE("GUI: capture a new customer with consent, find them by phone digits, then a skip", "[gui][customers]")
{
    GuiTill till({1024, 768}, core::CaptureMode::WhenNoCustomer);
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));

    sellWithCapture(till, 1, [&](ui::CustomerCaptureDialog& dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "newCustomerFirstNameLineEdit"), QStringLiteral("Samira"));
        QTest::keyClicks(child<QLineEdit>(dialog, "newCustomerLastNameLineEdit"), QStringLiteral("Osei"));
        QTest::keyClicks(
            child<QLineEdit>(dialog, "newCustomerEmailLineEdit"), QStringLiteral("Samira.Osei@Example.net"));
        QTest::keyClicks(child<QLineEdit>(dialog, "newCustomerPhoneLineEdit"), QStringLiteral("07700 900481"));
        child<QCheckBox>(dialog, "emailConsentCheckBox")->setChecked(true);
        screenshot(dialog, QStringLiteral("customer-capture.png"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveCustomerButton"), Qt::LeftButton);
    });
    const std::string samira = "(SELECT id FROM customers WHERE email = 'samira.osei@example.net')";
    CHECK(till.count("SELECT customer_id FROM sales ORDER BY id DESC LIMIT 1") == till.count("SELECT " + samira));
    CHECK(till.text("SELECT phone_e164 FROM customers WHERE id = " + samira) == QStringLiteral("+447700900481"));
    CHECK(till.count("SELECT granted FROM consents WHERE channel = 'email' AND customer_id = " + samira) == 1);
    CHECK(till.count("SELECT granted FROM consents WHERE channel = 'sms' AND customer_id = " + samira) == 0);

    sellWithCapture(till, 2, [&](ui::CustomerCaptureDialog& dialog) {
        auto* search = child<QLineEdit>(dialog, "customerSearchLineEdit");
        QTest::keyClicks(search, QStringLiteral("07700 9004"));
        auto* results = child<QListWidget>(dialog, "customerResultsList");
        REQUIRE(waitUntil([&] { return results->count() == 1; }));
        CHECK(results->item(0)->text().contains(QStringLiteral("Samira O.")));
        QTest::keyClick(search, Qt::Key_Return);
    });
    CHECK(till.count("SELECT customer_id FROM sales ORDER BY id DESC LIMIT 1") == till.count("SELECT " + samira));

    sellWithCapture(till, 3, [&](ui::CustomerCaptureDialog& dialog) {
        QTest::mouseClick(child<QPushButton>(dialog, "skipCaptureButton"), Qt::LeftButton);
    });
    CHECK(till.count("SELECT customer_id IS NULL FROM sales ORDER BY id DESC LIMIT 1") == 1);

    auto* counts = child<QLabel>(till.window, "captureCountsLabel");
    REQUIRE(waitUntil([&] { return counts->text() == QStringLiteral("Captured 2 · skipped 1"); }));
}

TEST_CASE("GUI: a price override by a cashier needs a manager's PIN", "[gui][checkout]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    till.scanBurst(till.text("SELECT barcode FROM products ORDER BY id LIMIT 1 OFFSET 9"));
    REQUIRE(waitUntil([&] { return till.session.cart().lines().size() == 1; }));
    QTest::mouseClick(child<QPushButton>(till.window, "priceButton"), Qt::LeftButton);
    auto* dialog = waitForDialog<QInputDialog>(till.window);
    dialog->setTextValue(QStringLiteral("1.00"));
    dialog->accept();
    auto* approval = waitForDialog<ui::ApprovalDialog>(till.window);
    auto* approver = child<QComboBox>(*approval, "approverComboBox");
    REQUIRE(waitUntil([&] { return approver->count() == 2; }));
    QTest::keyClicks(child<QLineEdit>(*approval, "approverPinLineEdit"), QStringLiteral("0000")); // wrong
    QTest::keyClick(child<QLineEdit>(*approval, "approverPinLineEdit"), Qt::Key_Return);
    QTest::qWait(300);
    CHECK(till.session.totals().total.minor() != 100);
    approver->setCurrentIndex(approver->findText(QStringLiteral("Sam Okafor")));
    QTest::keyClicks(child<QLineEdit>(*approval, "approverPinLineEdit"), QStringLiteral("2468"));
    QTest::keyClick(child<QLineEdit>(*approval, "approverPinLineEdit"), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return till.session.totals().total.minor() == 100; }));
    REQUIRE(
        waitUntil([&] { return till.count("SELECT count(*) FROM audit_log WHERE action = 'price_override'") == 1; }));
}

TEST_CASE("GUI: the disk fills up as the sale is saved — the cashier is told, the sale stays, and saves once on retry",
    "[gui][faults]")
{
    FaultyVfs vfs; // under the till's store, before it opens it
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    till.scanBurst(till.text("SELECT barcode FROM products ORDER BY id LIMIT 1"));
    auto* cart = child<QTableView>(till.window, "cartTableView");
    REQUIRE(waitUntil([&] { return cart->model()->rowCount() == 1; }));
    const qint64 salesBefore = till.count("SELECT count(*) FROM sales");

    vfs.arm(FaultyVfs::Fault::DiskFull);
    QTest::mouseClick(child<QPushButton>(till.window, "payCashButton"), Qt::LeftButton);
    auto* tender = waitForDialog<ui::TenderDialog>(till.window);
    QTest::mouseClick(child<QPushButton>(*tender, "tenderCardButton"), Qt::LeftButton);
    auto* retry = child<QPushButton>(*tender, "retryButton");
    REQUIRE(waitUntil([&] { return retry->isVisible(); }));
    CHECK(vfs.injected() > 0);
    const QString message = child<QLabel>(*tender, "tenderMessageLabel")->text();
    CHECK(message.startsWith(QStringLiteral("The disk is full.")));
    CHECK(message.contains(QStringLiteral("nothing is lost")));
    CHECK(tender->isVisible());
    CHECK(cart->model()->rowCount() == 1);
    screenshot(*tender, QStringLiteral("tender-disk-full.png"));
    vfs.disarm();
    CHECK(till.count("SELECT count(*) FROM sales") == salesBefore);

    QTest::mouseClick(retry, Qt::LeftButton);
    auto* status = child<QLabel>(till.window, "messageLabel");
    REQUIRE(waitUntil([&] { return status->text().startsWith(QStringLiteral("Paid")); }));
    CHECK(cart->model()->rowCount() == 0);
    CHECK(till.count("SELECT count(*) FROM sales") == salesBefore + 1);
}
