// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "TestSupport.h"

#include <QDir>
#include <QLabel>

using namespace ss;

namespace {
core::StoreOverview demoOverview()
{
    core::StoreOverview overview;
    overview.profile
        = {QStringLiteral("Junction Models & Hobbies"), QStringLiteral("14 Station Parade\nHarrogate HG1 1TE"),
            QStringLiteral("GBP"), QStringLiteral("GB"), QStringLiteral("T01")};
    overview.schemaVersion = 1;
    overview.productCount = 300;
    overview.customerCount = 600;
    overview.saleCount = 4941;
    overview.demo = true;
    return overview;
}

/// Saves a screenshot when SECONDSALE_SCREENSHOT_DIR is set (docs/screenshots is made this way).
void screenshot(QWidget& window, const QString& name)
{
    const QString folder = qEnvironmentVariable("SECONDSALE_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::processEvents(); // let the layout settle, as the event loop would before painting
    REQUIRE(window.grab().save(QDir(folder).filePath(name)));
}
} // namespace

TEST_CASE("The main window shows the open store and says when it is the demo", "[ui]")
{
    ui::MainWindow window;
    window.resize(1024, 768);
    window.show();
    window.showOpening(QStringLiteral("/tmp/store.db"));
    auto* name = window.findChild<QLabel*>(QStringLiteral("storeNameLabel"));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("demoBanner"));
    REQUIRE(name);
    REQUIRE(banner);
    CHECK(name->text().contains(QStringLiteral("Opening")));

    window.showStore(demoOverview());
    CHECK(name->text() == QStringLiteral("Junction Models & Hobbies"));
    CHECK(banner->isVisible());
    CHECK(window.windowTitle().contains(QStringLiteral("demo")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("figuresLabel"))->text().contains(QStringLiteral("4,941")));
    screenshot(window, QStringLiteral("main-window-demo.png"));

    core::StoreOverview real = demoOverview();
    real.demo = false;
    window.showStore(real);
    CHECK_FALSE(banner->isVisible());
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("demo")));
}

TEST_CASE("A hostile store name is shown as text, never as markup", "[ui]")
{
    ui::MainWindow window;
    core::StoreOverview overview = demoOverview();
    overview.profile.name = QStringLiteral("<img src=x onerror=alert(1)><h1>Evil</h1>");
    window.showStore(overview);
    auto* name = window.findChild<QLabel*>(QStringLiteral("storeNameLabel"));
    REQUIRE(name);
    CHECK(name->textFormat() == Qt::PlainText);
    CHECK(name->text() == overview.profile.name);
}

TEST_CASE("A start-up failure is shown in words and says nothing was changed", "[ui]")
{
    ui::MainWindow window;
    window.resize(1024, 768);
    window.showStartupError(QStringLiteral("The key does not open this file."));
    CHECK(window.findChild<QLabel*>(QStringLiteral("storeNameLabel"))->text().contains(QStringLiteral("could not")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusLabel"))
              ->text()
              .contains(QStringLiteral("Nothing was changed")));
    screenshot(window, QStringLiteral("main-window-error.png"));
}
