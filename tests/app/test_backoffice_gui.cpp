// SPDX-License-Identifier: GPL-3.0-or-later
// The back office from the till: a manager imports a spreadsheet through the wizard, and the new
// product rings up by scan. A cashier alone never gets in.
#include "GuiTill.h"
#include "ImportPlanModel.h"
#include "ImportWizard.h"
#include "backoffice/BackOfficeDialog.h"
#include "backoffice/CatalogPanel.h"
#include "backoffice/CategoriesPanel.h"
#include "backoffice/ProductDialog.h"
#include "backoffice/ShelfLabelSheet.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>

using namespace ss;
using test::child;

TEST_CASE(
    "A manager imports a messy spreadsheet through the wizard, and the product scans at the till", "[gui][backoffice]")
{
    test::GuiTill till;
    till.logIn(QStringLiteral("Priya"), QStringLiteral("1357")); // a cashier is serving
    // What another till exported on a German Windows machine: Windows-1252, semicolons, decimal commas.
    const QString file = till.dir.file(QStringLiteral("artikel.csv"));
    test::writeBytes(file,
        QByteArray("Artikelnummer;EAN;Bezeichnung;VK;MwSt;Bestand;Kategorie\r\n"
                   "LS-100;4006381333931;Lokschuppen H0 \"Gro\xDF\";49,90;standard;4;Geb\xE4ude\r\n"
                   "LS-101;4006381333925;Stellwerk;19,90;standard;2;Geb\xE4ude\r\n" // wrong check digit
                   "LS-102;;Prellbock;3,20;;10;Gleise\r\n"));
    const qint64 productsBefore = till.count("SELECT count(*) FROM products");

    // The cashier cannot approve herself: only Sam or the owner are listed.
    auto* backOffice = test::openBackOffice(till, &test::approveAsManager);
    child<QPushButton>(*backOffice, "importProductsButton")->click();
    auto* wizard = test::waitForDialog<ui::ImportWizard>(*backOffice);

    wizard->loadFile(file);
    auto* status = child<QLabel>(*wizard, "importFileStatus");
    REQUIRE(test::waitUntil([&] { return wizard->preview().has_value() && !wizard->busy(); }));
    CHECK(status->text() == QStringLiteral("Read as Windows-1252, separated by \";\": 3 products in 7 columns."));
    test::screenshot(*wizard, QStringLiteral("import-1-file.png"));
    wizard->next();
    REQUIRE(wizard->currentId() == ui::ImportWizard::MappingPageId);
    // "VK" (Verkaufspreis) is a price; the guess got every column.
    CHECK(child<QComboBox>(*wizard, "mapColumn3")->currentText() == QStringLiteral("Price"));
    test::screenshot(*wizard, QStringLiteral("import-2-columns.png"));
    wizard->next();
    REQUIRE(wizard->currentId() == ui::ImportWizard::PlanPageId);
    CHECK(child<QLabel>(*wizard, "importCounts")
              ->text()
              .startsWith(QStringLiteral("New products: 2 · updated: 0 · rejected: 1")));
    auto* rows = child<QTableView>(*wizard, "importRows");
    CHECK(rows->model()
              ->index(1, ui::ImportPlanModel::ReasonColumn)
              .data()
              .toString()
              .contains(QStringLiteral("check digit")));
    CHECK(rows->model()->index(0, ui::ImportPlanModel::NameColumn).data().toString()
        == QStringLiteral("Lokschuppen H0 \"Groß\""));
    // All or nothing: with a rejected row Import stays off until the owner chooses to leave it out.
    CHECK_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    child<QCheckBox>(*wizard, "skipRejectedCheck")->setChecked(true);
    REQUIRE(wizard->button(QWizard::FinishButton)->isEnabled());
    test::screenshot(*wizard, QStringLiteral("import-3-plan.png"));
    QSignalSpy finished(wizard, &ui::ImportWizard::importFinished);
    wizard->button(QWizard::FinishButton)->click();
    REQUIRE(test::waitUntil([&] { return finished.count() == 1; }, 30000));
    CHECK(finished.first().first().toBool());
    CHECK(till.count("SELECT count(*) FROM products") == productsBefore + 2);
    CHECK(till.count("SELECT stock FROM products WHERE sku = 'LS-100'") == 4);
    CHECK(child<QLabel>(*backOffice, "backOfficeMessage")->text() == QStringLiteral("Imported: 2 new, 0 updated."));
    backOffice->close();

    // The imported product is on sale at once: scanned, it rings up at the file's price.
    till.scanBurst(QStringLiteral("4006381333931"));
    auto* cart = child<QTableView>(till.window, "cartTableView");
    REQUIRE(test::waitUntil([&] { return cart->model()->rowCount() == 1; }));
    CHECK(cart->model()->index(0, 0).data().toString().contains(QStringLiteral("Lokschuppen")));
    CHECK(cart->model()->index(0, 4).data().toString().contains(QStringLiteral("49.90")));
}

TEST_CASE("The store refuses a cashier's import even when a screen would ask for it", "[gui][backoffice]")
{
    test::GuiTill till;
    auto preview = till.backOffice.previewImport(QByteArrayLiteral("sku,name,price\nX-1,Thing,1\n"), std::nullopt);
    preview.waitForFinished();
    REQUIRE(preview.result());
    const QString cashier = till.text("SELECT uid FROM cashiers WHERE role = 'cashier'");
    auto applied = till.backOffice.applyImport(preview.result()->plan, cashier, false, {});
    applied.waitForFinished();
    REQUIRE_FALSE(applied.result());
    CHECK(applied.result().error().code == core::ErrorCode::PermissionDenied);
    auto exported = till.backOffice.exportProducts(cashier);
    exported.waitForFinished();
    CHECK(exported.result().error().code == core::ErrorCode::PermissionDenied);
    CHECK(till.count("SELECT count(*) FROM products WHERE sku = 'X-1'") == 0);
}

TEST_CASE("A manager adds a cashier in the back office, and the new cashier logs in with their PIN",
    "[gui][backoffice][staff]")
{
    test::GuiTill till;
    till.logIn(QStringLiteral("Priya"), QStringLiteral("1357"));
    auto* backOffice = test::openBackOffice(till, &test::approveAsManager);
    child<QTabWidget>(*backOffice, "backOfficeTabs")->setCurrentWidget(child<QWidget>(*backOffice, "staffPanel"));
    auto* staffTable = child<QTableView>(*backOffice, "staffTable");
    REQUIRE(test::waitUntil([&] { return staffTable->model()->rowCount() == 3; }));
    auto* role = child<QComboBox>(*backOffice, "staffRoleCombo");
    CHECK(role->count() == 1); // a manager may make cashiers only
    CHECK(role->currentText() == QStringLiteral("Cashier"));

    child<QLineEdit>(*backOffice, "staffNameEdit")->setText(QStringLiteral("Tom Reyes"));
    child<QLineEdit>(*backOffice, "staffPinEdit")->setText(QStringLiteral("8080"));
    child<QLineEdit>(*backOffice, "staffPinAgainEdit")->setText(QStringLiteral("8081"));
    child<QPushButton>(*backOffice, "addStaffButton")->click();
    auto* message = child<QLabel>(*backOffice, "staffMessage");
    CHECK(message->text().contains(QStringLiteral("differ")));
    child<QLineEdit>(*backOffice, "staffPinAgainEdit")->setText(QStringLiteral("8080"));
    child<QPushButton>(*backOffice, "addStaffButton")->click();
    REQUIRE(test::waitUntil([&] { return staffTable->model()->rowCount() == 4; }));
    CHECK(message->text() == QStringLiteral("Tom Reyes can log in now."));
    // The manager may not touch the owner's account: the store says so.
    for (int row = 0; row < staffTable->model()->rowCount(); ++row)
        if (staffTable->model()->index(row, 1).data().toString() == QStringLiteral("Owner"))
            staffTable->setCurrentIndex(staffTable->model()->index(row, 0));
    child<QPushButton>(*backOffice, "toggleActiveButton")->click();
    REQUIRE(test::waitUntil([&] { return message->text().contains(QStringLiteral("cashiers' accounts only")); }));
    test::screenshot(*backOffice, QStringLiteral("back-office-staff.png"));
    CHECK(till.count("SELECT count(*) FROM audit_log WHERE action = 'staff_added'") == 1);
    backOffice->close();

    // Tom is on the log-in screen and his PIN lets him in.
    child<QPushButton>(till.window, "logOutButton")->click();
    auto* staffList = child<QListWidget>(till.window, "staffList");
    REQUIRE(test::waitUntil([&] { return staffList->count() == 4; }));
    const auto tom = staffList->findItems(QStringLiteral("Tom Reyes"), Qt::MatchStartsWith);
    REQUIRE(tom.size() == 1);
    staffList->setCurrentItem(tom.first());
    QTest::keyClicks(child<QLineEdit>(till.window, "pinLineEdit"), QStringLiteral("8080"));
    QTest::mouseClick(child<QPushButton>(till.window, "loginButton"), Qt::LeftButton);
    auto* checkout = child<QWidget>(till.window, "checkoutScreen");
    REQUIRE(test::waitUntil([&] { return checkout->isVisible(); }));
    CHECK(child<QLabel>(till.window, "cashierLabel")->text().contains(QStringLiteral("Tom Reyes")));
}

TEST_CASE("A manager receives stock on the stock tab, and the low-stock list follows", "[gui][backoffice][stock]")
{
    test::GuiTill till;
    till.logIn(QStringLiteral("Sam Okafor"), QStringLiteral("2468"));
    REQUIRE(till.queries.query<bool>([](db::Connection& c) -> core::Result<bool> {
        if (auto r = c.execute("UPDATE products SET stock = 0 WHERE id = 1", u"t"); !r)
            return std::unexpected(r.error());
        // Kept equal to its ledger, as every change is.
        if (auto r = c.execute("INSERT INTO stock_movements(product_id, delta, reason, created_at) SELECT 1,"
                               " -coalesce((SELECT sum(delta) FROM stock_movements WHERE product_id = 1), 0),"
                               " 'correction', '2026-11-22T00:00:00.000Z'",
                u"t");
            !r)
            return std::unexpected(r.error());
        return true;
    }));
    const QString sku = till.text("SELECT sku FROM products WHERE id = 1");
    // A manager logged in is the manager in person: no second PIN.
    auto* backOffice = test::openBackOffice(till);
    child<QTabWidget>(*backOffice, "backOfficeTabs")->setCurrentWidget(child<QWidget>(*backOffice, "stockPanel"));
    auto* low = child<QTableView>(*backOffice, "lowStockTable");
    auto listed = [&] {
        for (int row = 0; row < low->model()->rowCount(); ++row)
            if (low->model()->index(row, 0).data().toString() == sku)
                return true;
        return false;
    };
    REQUIRE(test::waitUntil(listed));

    auto* code = child<QLineEdit>(*backOffice, "stockCodeEdit");
    code->setText(sku);
    QTest::keyClick(code, Qt::Key_Return);
    auto* found = child<QLabel>(*backOffice, "stockFoundLabel");
    REQUIRE(test::waitUntil([&] { return found->text().contains(QStringLiteral(": 0 in stock")); }));
    child<QSpinBox>(*backOffice, "stockQuantitySpin")->setValue(24);
    child<QLineEdit>(*backOffice, "stockCostEdit")->setText(QStringLiteral("3.10"));
    child<QPushButton>(*backOffice, "saveStockButton")->click();
    auto* message = child<QLabel>(*backOffice, "stockMessage");
    REQUIRE(test::waitUntil([&] { return message->text().contains(QStringLiteral("now has 24 in stock")); }));
    REQUIRE(test::waitUntil([&] { return !listed(); }));
    test::screenshot(*backOffice, QStringLiteral("back-office-stock.png"));
    CHECK(till.count("SELECT stock FROM products WHERE id = 1") == 24);
    CHECK(till.count("SELECT cost_minor FROM products WHERE id = 1") == 310);
    CHECK(till.count("SELECT count(*) FROM products p WHERE p.stock <> (SELECT coalesce(sum(delta), 0) FROM"
                     " stock_movements m WHERE m.product_id = p.id)")
        == 0);
}

TEST_CASE("The owner finds products, previews 10 % dearer on a category, applies it, and deactivates one",
    "[gui][backoffice][catalog]")
{
    test::GuiTill till;
    till.logIn(QStringLiteral("Margaret"), QStringLiteral("1975"));
    auto* backOffice = test::openBackOffice(till);
    auto* table = child<QTableView>(*backOffice, "catalogTable");
    REQUIRE(test::waitUntil([&] { return table->model()->rowCount() > 0; }));
    const QString category = till.text("SELECT g.name FROM categories g JOIN products p ON p.category_id = g.id GROUP "
                                       "BY g.id ORDER BY count(*) DESC LIMIT 1");
    const qint64 inCategory = till.count(
        "SELECT count(*) FROM products p JOIN categories g ON g.id = p.category_id WHERE p.active = 1 AND g.name = '"
        + category.toStdString() + "'");
    const qint64 sumBefore
        = till.count("SELECT sum(price_minor) FROM products p JOIN categories g ON g.id = p.category_id"
                     " WHERE g.name = '"
            + category.toStdString() + "'");
    auto* categories = child<QComboBox>(*backOffice, "catalogCategoryCombo");
    categories->setCurrentIndex(categories->findData(category));
    REQUIRE(test::waitUntil([&] { return table->model()->rowCount() == inCategory; }));

    child<QLineEdit>(*backOffice, "pricePercentEdit")->setText(QStringLiteral("10"));
    child<QPushButton>(*backOffice, "previewPricesButton")->click();
    auto* message = child<QLabel>(*backOffice, "catalogMessage");
    CHECK(message->text().contains(QStringLiteral("Nothing has changed yet")));
    const QString oldPrice = table->model()->index(0, 4).data().toString();
    const QString newPrice = table->model()->index(0, 5).data().toString();
    CHECK(table->model()->index(0, 6).data().toString().endsWith(QStringLiteral(" %"))); // the margin, without tax
    CHECK_FALSE(newPrice.isEmpty());
    CHECK(
        till.count("SELECT sum(price_minor) FROM products p JOIN categories g ON g.id = p.category_id WHERE g.name = '"
            + category.toStdString() + "'")
        == sumBefore); // a preview changes nothing
    test::screenshot(*backOffice, QStringLiteral("back-office-catalogue.png"));
    QSignalSpy applied(child<ui::CatalogPanel>(*backOffice, "catalogPanel"), &ui::CatalogPanel::pricesApplied);
    child<QPushButton>(*backOffice, "applyPricesButton")->click();
    REQUIRE(test::waitUntil([&] { return applied.count() == 1; }));
    CHECK(applied.first().first().toBool());
    REQUIRE(test::waitUntil([&] { return table->model()->index(0, 4).data().toString() == newPrice; }));
    CHECK(oldPrice != newPrice);
    CHECK(till.count("SELECT count(*) FROM audit_log WHERE action = 'bulk_price_change'") == 1);

    // Deactivate the first one: it leaves the list (and the till), its history stays.
    const QString sku = table->model()->index(0, 0).data().toString();
    table->setCurrentIndex(table->model()->index(0, 0));
    child<QPushButton>(*backOffice, "toggleProductButton")->click();
    REQUIRE(test::waitUntil([&] { return table->model()->rowCount() == inCategory - 1; }));
    CHECK(till.count("SELECT active FROM products WHERE sku = '" + sku.toStdString() + "'") == 0);
}

TEST_CASE("A manager makes a product with two barcodes on screen, and either one rings it up",
    "[gui][backoffice][catalog][product]")
{
    test::GuiTill till;
    till.logIn(QStringLiteral("Priya"), QStringLiteral("1357"));
    auto* backOffice = test::openBackOffice(till, &test::approveAsManager);
    auto* table = child<QTableView>(*backOffice, "catalogTable");
    REQUIRE(test::waitUntil([&] { return table->model()->rowCount() > 0; }));
    child<QPushButton>(*backOffice, "newProductButton")->click();
    auto* product = test::waitForDialog<ui::ProductDialog>(*backOffice);
    auto* save = child<QPushButton>(*product, "saveProductButton");
    REQUIRE(test::waitUntil([&] { return save->isEnabled(); }));
    QTest::keyClicks(child<QLineEdit>(*product, "productSkuEdit"), QStringLiteral("DC-GLUE-20"));
    QTest::keyClicks(child<QLineEdit>(*product, "productNameEdit"), QStringLiteral("Plastic cement 20 ml"));
    child<QComboBox>(*product, "productCategoryCombo")->setCurrentText(QStringLiteral("Glue & paint"));
    QTest::keyClicks(child<QLineEdit>(*product, "productPriceEdit"), QStringLiteral("4.50"));
    QTest::keyClicks(child<QLineEdit>(*product, "productCostEdit"), QStringLiteral("1.80"));
    auto* barcodes = child<QPlainTextEdit>(*product, "productBarcodesEdit");
    // A typo in the maker's code: refused in words, nothing saved, the form kept.
    barcodes->setPlainText(QStringLiteral("4006381333932\nJM-GLUE-20"));
    save->click();
    auto* problems = child<QLabel>(*product, "problemsLabel");
    CHECK(problems->text().contains(QStringLiteral("check digit")));
    CHECK(till.count("SELECT count(*) FROM products WHERE sku = 'DC-GLUE-20'") == 0);
    barcodes->setPlainText(QStringLiteral("4006381333931\nJM-GLUE-20"));
    child<QSpinBox>(*product, "productReorderSpin")->setValue(6);
    test::screenshot(*product, QStringLiteral("back-office-product.png"));
    QSignalSpy saved(product, &ui::ProductDialog::saved);
    save->click();
    REQUIRE(test::waitUntil([&] { return saved.count() == 1; }));
    CHECK(till.count("SELECT price_minor FROM products WHERE sku = 'DC-GLUE-20'") == 450);
    CHECK(till.count("SELECT reorder_level FROM products WHERE sku = 'DC-GLUE-20'") == 6);
    CHECK(till.count("SELECT count(*) FROM product_barcodes WHERE code = 'JM-GLUE-20'") == 1);
    CHECK(till.count("SELECT count(*) FROM audit_log WHERE action = 'product_created'") == 1);
    backOffice->close();

    // The shop's own label rings it up, as the maker's code would.
    till.scanBurst(QStringLiteral("JM-GLUE-20"));
    auto* cart = child<QTableView>(till.window, "cartTableView");
    REQUIRE(test::waitUntil([&] { return cart->model()->rowCount() == 1; }));
    CHECK(cart->model()->index(0, 0).data().toString().contains(QStringLiteral("Plastic cement")));
    till.scanBurst(QStringLiteral("4006381333931"));
    REQUIRE(test::waitUntil([&] { return till.session.cart().lines().front().quantity == 2; }));
}

TEST_CASE("Shelf labels for chosen products: on the receipt printer, and as an A4 sheet that scans",
    "[gui][backoffice][labels]")
{
    test::GuiTill till;
    till.logIn(QStringLiteral("Priya"), QStringLiteral("1357"));
    auto* backOffice = test::openBackOffice(till, &test::approveAsManager);
    auto* table = child<QTableView>(*backOffice, "catalogTable");
    REQUIRE(test::waitUntil([&] { return table->model()->rowCount() >= 3; }));
    auto* panel = child<ui::CatalogPanel>(*backOffice, "catalogPanel");
    // Three products, chosen as a cashier would with Ctrl.
    QStringList barcodes;
    for (int row : {0, 1, 2}) {
        table->selectionModel()->select(
            table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        barcodes << table->model()->index(row, 1).data().toString();
    }
    QSignalSpy queued(panel, &ui::CatalogPanel::labelsQueued);
    panel->printLabels();
    REQUIRE(test::waitUntil([&] { return queued.count() == 1; }));
    // The queue wakes the spooler: the virtual printer prints them, each EAN-13 as bars.
    REQUIRE(test::waitUntil([&] { return till.printed.size() == 1; }));
    const QStringList lines = till.printed.front().textLines();
    INFO(lines.join(u'\n').toStdString());
    for (const QString& code : barcodes)
        CHECK(lines.contains(QStringLiteral("[EAN13 %1]").arg(code)));
    CHECK(till.printed.front().drawerKicks == 0);

    const QString pdf = till.dir.file(QStringLiteral("labels.pdf"));
    QSignalSpy saved(panel, &ui::CatalogPanel::labelsSaved);
    panel->saveLabelsPdf(pdf);
    REQUIRE(test::waitUntil([&] { return saved.count() == 1; }));
    CHECK(saved.first().first().toBool());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));

    // The same sheet as a picture: every label's bars decode to its product's code.
    auto labels = till.backOffice.shelfLabels(
        {till.text("SELECT uid FROM products WHERE barcode = '" + barcodes[0].toStdString() + "'"),
            till.text("SELECT uid FROM products WHERE barcode = '" + barcodes[1].toStdString() + "'"),
            till.text("SELECT uid FROM products WHERE barcode = '" + barcodes[2].toStdString() + "'")});
    labels.waitForFinished();
    REQUIRE(labels.result());
    const ui::ShelfLabelSheet sheet(*labels.result(), QStringLiteral("GBP"), till.printPreview());
    CHECK(sheet.pageCount() == 1);
    const QImage page = sheet.pageImage(0, 300);
    const QStringList found = test::decodeAll(page);
    INFO(found.join(u", ").toStdString());
    for (const QString& code : barcodes)
        CHECK(found.contains(QStringLiteral("EAN-13 ") + code));
    const QString folder = qEnvironmentVariable("SECONDSALE_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        REQUIRE(page.copy(0, 0, page.width(), page.height() / 4)
                    .save(QDir(folder).filePath(QStringLiteral("shelf-labels-a4.png"))));
}

TEST_CASE(
    "The owner builds a category tree, and the catalogue and product screen follow it", "[gui][backoffice][categories]")
{
    test::GuiTill till;
    till.logIn(QStringLiteral("Margaret"), QStringLiteral("1975"));
    auto* backOffice = test::openBackOffice(till);
    auto* panel = child<ui::CategoriesPanel>(*backOffice, "categoriesPanel");
    child<QTabWidget>(*backOffice, "backOfficeTabs")->setCurrentWidget(panel);
    auto* tree = child<QTreeWidget>(*panel, "categoryTree");
    REQUIRE(test::waitUntil([&] { return tree->topLevelItemCount() > 0; }));
    const QString moved = till.text("SELECT g.name FROM categories g JOIN products p ON p.category_id = g.id GROUP "
                                    "BY g.id ORDER BY count(*) DESC LIMIT 1");
    const qint64 inMoved = till.count("SELECT count(*) FROM products p JOIN categories g ON g.id = p.category_id"
                                      " WHERE p.active = 1 AND g.name = '"
        + moved.toStdString() + "'");

    // A new top-level category, then the busiest one moved under it.
    QSignalSpy loaded(panel, &ui::CategoriesPanel::loaded);
    child<QLineEdit>(*panel, "categoryNameEdit")->setText(QStringLiteral("Model railways"));
    auto* parentCombo = child<QComboBox>(*panel, "categoryParentCombo");
    parentCombo->setCurrentIndex(0);
    child<QPushButton>(*panel, "addCategoryButton")->click();
    REQUIRE(test::waitUntil([&] { return loaded.count() == 1; }));
    const auto items = tree->findItems(moved, Qt::MatchExactly | Qt::MatchRecursive);
    REQUIRE(items.size() == 1);
    tree->setCurrentItem(items.first());
    parentCombo->setCurrentIndex(parentCombo->findText(QStringLiteral("Model railways")));
    child<QPushButton>(*panel, "saveCategoryButton")->click();
    REQUIRE(test::waitUntil([&] { return loaded.count() == 2; }));
    const auto railways = tree->findItems(QStringLiteral("Model railways"), Qt::MatchExactly);
    REQUIRE(railways.size() == 1);
    REQUIRE(railways.first()->childCount() == 1);
    CHECK(railways.first()->child(0)->text(0) == moved);
    // Not inside itself: refused on screen, nothing sent.
    tree->setCurrentItem(railways.first());
    parentCombo->setCurrentIndex(parentCombo->findText(QStringLiteral("Model railways › ") + moved));
    child<QPushButton>(*panel, "saveCategoryButton")->click();
    CHECK(child<QLabel>(*panel, "categoryMessage")->text().contains(QStringLiteral("itself")));
    test::screenshot(*backOffice, QStringLiteral("back-office-categories.png"));

    // The catalogue's filter on the new parent lists what is in the moved category.
    child<QTabWidget>(*backOffice, "backOfficeTabs")->setCurrentIndex(0);
    auto* filter = child<QComboBox>(*backOffice, "catalogCategoryCombo");
    REQUIRE(test::waitUntil([&] { return filter->findData(QStringLiteral("Model railways")) >= 0; }));
    filter->setCurrentIndex(filter->findData(QStringLiteral("Model railways")));
    auto* table = child<QTableView>(*backOffice, "catalogTable");
    REQUIRE(test::waitUntil([&] { return table->model()->rowCount() == inMoved; }));

    // The product screen shows the path.
    table->setCurrentIndex(table->model()->index(0, 0));
    child<QPushButton>(*backOffice, "editProductButton")->click();
    auto* product = test::waitForDialog<ui::ProductDialog>(*backOffice);
    auto* category = child<QComboBox>(*product, "productCategoryCombo");
    REQUIRE(test::waitUntil([&] { return child<QPushButton>(*product, "saveProductButton")->isEnabled(); }));
    CHECK(category->currentText() == QStringLiteral("Model railways › ") + moved);
    product->reject();
}
