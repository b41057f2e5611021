// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner with a Qt application object, so QObject, timers, futures and widgets work in tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef SECONDSALE_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    // catch_discover_tests runs this binary at build time with no display: default to offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("SecondSaleTests"));
    TestApplication::setApplicationName(QStringLiteral("SecondSaleTests"));
    return Catch::Session().run(argc, argv);
}
