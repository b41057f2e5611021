// SPDX-License-Identifier: GPL-3.0-or-later
// The Linguist pipeline end to end: the .ts files built into the binary, loaded, and the real
// checkout screen speaking German.
#include "GuiTill.h"
#include "Translations.h"

#include <catch2/catch.hpp>

using namespace ss;
using test::child;

TEST_CASE("In German the log-in and checkout screens, and the plurals, are translated", "[gui][translations]")
{
    CHECK(app::Translations::available().contains(QStringLiteral("de")));
    CHECK(app::Translations::available().contains(QStringLiteral("en")));
    {
        const app::Translations german(QStringLiteral("de"));
        REQUIRE(german.translated());
        test::GuiTill till;
        CHECK(child<QPushButton>(till.window, "loginButton")->text() == QStringLiteral("Anmelden"));
        till.logIn(QStringLiteral("Priya"), QStringLiteral("1357"));
        CHECK(child<QPushButton>(till.window, "payCashButton")->text() == QStringLiteral("Bar  F9"));
        CHECK(child<QPushButton>(till.window, "logOutButton")->text() == QStringLiteral("Abmelden"));
        CHECK(QCoreApplication::translate("ss::ui::PrinterPage", "Found %n receipt printer(s).", nullptr, 2)
            == QStringLiteral("2 Bondrucker gefunden."));
        till.scanBurst(QStringLiteral("unknown-code-42"));
        REQUIRE(test::waitUntil([&] {
            return child<QLabel>(till.window, "messageLabel")->text().contains(QStringLiteral("nicht im Sortiment"));
        }));
        test::screenshot(till.window, QStringLiteral("checkout-de.png"));
    }
    // Gone with the object: English again, and English plurals are proper ones.
    test::GuiTill till;
    CHECK(child<QPushButton>(till.window, "loginButton")->text() == QStringLiteral("Log in"));
    const app::Translations english(QStringLiteral("en"));
    CHECK(QCoreApplication::translate("ss::ui::PrinterPage", "Found %n receipt printer(s).", nullptr, 1)
        == QStringLiteral("Found 1 receipt printer."));
    CHECK(QCoreApplication::translate("ss::ui::PrinterPage", "Found %n receipt printer(s).", nullptr, 3)
        == QStringLiteral("Found 3 receipt printers."));
}
