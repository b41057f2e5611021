// SPDX-License-Identifier: GPL-3.0-or-later
// The customer records screen, opened from the till through a manager's PIN, on a real store.
#include "GuiTill.h"
#include "customers/CustomersDialog.h"
#include "customers/MergePickerDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QTabWidget>
#include <QTreeWidget>

using namespace ss;
using namespace ss::test;

namespace {

/// The demo customer with the most sales who has an email address.
QString regularUid(GuiTill& till)
{
    return till.text("SELECT c.uid FROM customers c JOIN sales s ON s.customer_id = c.id WHERE c.erased_at IS NULL"
                     " AND c.email IS NOT NULL GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1");
}

ui::CustomersDialog* openRecordsAsCashierWithManager(GuiTill& till)
{
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    QTest::mouseClick(child<QPushButton>(till.window, "customerRecordsButton"), Qt::LeftButton);
    approveAsManager(till.window);
    return waitForDialog<ui::CustomersDialog>(till.window);
}

void selectCustomer(GuiTill& till, ui::CustomersDialog& dialog, const QString& uid)
{
    const std::string where = "FROM customers WHERE uid = '" + uid.toStdString() + "'";
    const QString email = till.text("SELECT email " + where);
    auto* search = child<QLineEdit>(dialog, "customerSearchLineEdit");
    search->clear();
    QTest::keyClicks(search, email);
    auto* table = child<QTableView>(dialog, "customerTable");
    REQUIRE(waitUntil([&] { return table->model()->rowCount() == 1; }));
    table->selectRow(0);
    auto* header = child<QLabel>(dialog, "profileHeaderLabel");
    const QString firstName = till.text("SELECT first_name " + where);
    REQUIRE(waitUntil([&] { return header->text().startsWith(firstName); }));
}

} // namespace

TEST_CASE("GUI: a cashier cannot open customer records without a manager's PIN", "[gui][customers]")
{
    GuiTill till;
    till.logIn(QStringLiteral("Priya Shah"), QStringLiteral("1357"));
    QTest::keyClick(child<QWidget>(till.window, "checkoutScreen"), Qt::Key_F5, Qt::ControlModifier);
    auto* approval = waitForDialog<ui::ApprovalDialog>(till.window);
    QTest::keyClicks(child<QLineEdit>(*approval, "approverPinLineEdit"), QStringLiteral("1357")); // her own PIN
    QTest::keyClick(child<QLineEdit>(*approval, "approverPinLineEdit"), Qt::Key_Return);
    QTest::qWait(400);
    approval->reject();
    QTest::qWait(100);
    for (auto* dialog : till.window.findChildren<ui::CustomersDialog*>())
        CHECK_FALSE(dialog->isVisible());
}

TEST_CASE("GUI: a manager finds a customer, sees their history, withdraws consent, edits, exports, erases",
    "[gui][customers]")
{
    GuiTill till;
    auto* dialog = openRecordsAsCashierWithManager(till);
    CHECK(dialog->windowTitle().contains(QStringLiteral("Sam Okafor")));
    auto* table = child<QTableView>(*dialog, "customerTable");
    REQUIRE(waitUntil([&] { return table->model()->rowCount() > 0; })); // the most recent, before typing

    const QString uid = regularUid(till);
    const std::string id
        = std::to_string(till.count("SELECT id FROM customers WHERE uid = '" + uid.toStdString() + "'"));
    selectCustomer(till, *dialog, uid);

    // History: one row per sale, each with its items.
    auto* purchases = child<QTreeWidget>(*dialog, "purchasesTree");
    CHECK(purchases->topLevelItemCount() == till.count("SELECT count(*) FROM sales WHERE customer_id = " + id));
    CHECK(purchases->topLevelItem(0)->childCount() > 0);
    child<QTabWidget>(*dialog, "profileTabs")->setCurrentIndex(0);
    dialog->resize(1100, 700);
    screenshot(*dialog, QStringLiteral("customer-records.png"));

    // Withdraw email consent: a new ledger entry in the manager's name.
    const qint64 ledger = till.count("SELECT count(*) FROM consents WHERE customer_id = " + id);
    child<QTabWidget>(*dialog, "profileTabs")->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(*dialog, "withdraw_email_Button"), Qt::LeftButton);
    REQUIRE(
        waitUntil([&] { return till.count("SELECT count(*) FROM consents WHERE customer_id = " + id) == ledger + 1; }));
    CHECK(till.text("SELECT k.granted || ' ' || w.name FROM consents k JOIN cashiers w ON w.id = k.cashier_id"
                    " WHERE k.customer_id = "
              + id + " ORDER BY k.id DESC LIMIT 1")
        == QStringLiteral("0 Sam Okafor"));
    REQUIRE(waitUntil(
        [&] { return child<QLabel>(*dialog, "consentNowLabel")->text().contains(QStringLiteral("Email: no")); }));
    screenshot(*dialog, QStringLiteral("customer-consent.png"));

    // Edit: a bad phone is refused on the form; a good postcode and an interest are saved.
    child<QTabWidget>(*dialog, "profileTabs")->setCurrentIndex(3);
    auto* phone = child<QLineEdit>(*dialog, "editPhoneLineEdit");
    const QString phoneBefore = phone->text();
    phone->setText(QStringLiteral("12"));
    QTest::mouseClick(child<QPushButton>(*dialog, "saveCustomerButton"), Qt::LeftButton);
    CHECK(child<QLabel>(*dialog, "editMessageLabel")->text().contains(QStringLiteral("phone")));
    phone->setText(phoneBefore);
    child<QLineEdit>(*dialog, "editPostcodeLineEdit")->setText(QStringLiteral("le11 3tu"));
    auto* interests = child<QListWidget>(*dialog, "interestsList");
    REQUIRE(interests->count() > 0);
    interests->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(*dialog, "saveCustomerButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] {
        return till.text("SELECT coalesce(postcode, '') FROM customers WHERE id = " + id) == QStringLiteral("LE11 3TU");
    }));
    CHECK(till.count("SELECT count(*) FROM customer_interests WHERE customer_id = " + id) == 1);
    CHECK(till.count("SELECT count(*) FROM audit_log WHERE action = 'customer_edited'"
                     " AND cashier_id = (SELECT id FROM cashiers WHERE name = 'Sam Okafor')")
        == 1);

    // Export to a file the manager chooses.
    const QString exportPath = till.dir.file(QStringLiteral("customer.json"));
    auto* exportButton = child<QPushButton>(*dialog, "exportCustomerButton");
    REQUIRE(waitUntil([&] { return exportButton->isEnabled(); }));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    auto* files = waitForDialog<QFileDialog>(*dialog);
    files->selectFile(exportPath);
    QMetaObject::invokeMethod(files, "accept"); // protected in QFileDialog, a slot all the same
    REQUIRE(waitUntil([&] { return QFile::exists(exportPath); }));
    QFile exported(exportPath);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(exported.readAll()).object();
    CHECK(json.value(u"customer"_qs).toObject().value(u"uid"_qs).toString() == uid);
    CHECK(json.value(u"customer"_qs).toObject().value(u"postcode"_qs).toString() == u"LE11 3TU"_qs);

    // Erase on request, after a confirmation.
    const qint64 salesTotal = till.count("SELECT sum(total_minor) FROM sales");
    QTest::mouseClick(child<QPushButton>(*dialog, "eraseCustomerButton"), Qt::LeftButton);
    auto* confirm = waitForDialog<QMessageBox>(*dialog);
    CHECK(confirm->objectName() == QStringLiteral("eraseConfirmBox"));
    QTest::mouseClick(child<QPushButton>(*confirm, "confirmEraseButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return till.count("SELECT erased_at IS NOT NULL FROM customers WHERE id = " + id) == 1; }));
    CHECK(till.count("SELECT count(*) FROM customers WHERE id = " + id + " AND email IS NULL AND first_name IS NULL")
        == 1);
    CHECK(till.count("SELECT sum(total_minor) FROM sales") == salesTotal);
    CHECK(till.count("SELECT count(*) FROM audit_log WHERE action = 'customer_erased'"
                     " AND cashier_id = (SELECT id FROM cashiers WHERE name = 'Sam Okafor')")
        == 1);
    REQUIRE(waitUntil(
        [&] { return child<QLabel>(*dialog, "customersMessageLabel")->text().startsWith(QStringLiteral("Erased")); }));
}

TEST_CASE("GUI: a manager merges a duplicate record into the customer on screen", "[gui][customers][merge]")
{
    GuiTill till;
    auto* dialog = openRecordsAsCashierWithManager(till);
    const QString kept = regularUid(till);
    const QString duplicate = till.text("SELECT uid FROM customers WHERE erased_at IS NULL AND email IS NOT NULL"
                                        " AND uid <> '"
        + kept.toStdString() + "' ORDER BY id DESC LIMIT 1");
    const std::string keptId
        = std::to_string(till.count("SELECT id FROM customers WHERE uid = '" + kept.toStdString() + "'"));
    const std::string duplicateId
        = std::to_string(till.count("SELECT id FROM customers WHERE uid = '" + duplicate.toStdString() + "'"));
    const qint64 sales
        = till.count("SELECT count(*) FROM sales WHERE customer_id IN (" + keptId + ", " + duplicateId + ")");
    selectCustomer(till, *dialog, kept);

    auto* mergeButton = child<QPushButton>(*dialog, "mergeCustomerButton");
    REQUIRE(waitUntil([&] { return mergeButton->isEnabled(); }));
    QTest::mouseClick(mergeButton, Qt::LeftButton);
    auto* picker = waitForDialog<ui::MergePickerDialog>(*dialog);
    QTest::keyClicks(child<QLineEdit>(*picker, "mergeSearchLineEdit"),
        till.text("SELECT email FROM customers WHERE uid = '" + duplicate.toStdString() + "'"));
    auto* candidates = child<QTableView>(*picker, "mergeCandidatesTable");
    REQUIRE(waitUntil([&] { return candidates->model()->rowCount() == 1; }));
    candidates->selectRow(0);
    QTest::mouseClick(child<QPushButton>(*picker, "confirmMergeButton"), Qt::LeftButton);

    REQUIRE(waitUntil([&] {
        return till.count("SELECT merged_into FROM customers WHERE id = " + duplicateId) == std::stoll(keptId);
    }));
    CHECK(till.count("SELECT count(*) FROM sales WHERE customer_id = " + keptId) == sales);
    auto* purchases = child<QTreeWidget>(*dialog, "purchasesTree");
    REQUIRE(waitUntil([&] { return purchases->topLevelItemCount() == sales; }));
}
