// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbWorker.h"
#include "KeySource.h"
#include "MainWindow.h"
#include "Startup.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SecondSale"));
    QApplication::setApplicationName(QStringLiteral("SecondSale"));
    QApplication::setApplicationDisplayName(QStringLiteral("SecondSale"));
    QApplication::setApplicationVersion(QStringLiteral(SECONDSALE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Point of sale that wins the second sale."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QApplication::translate("main", "Store file to open."), QStringLiteral("PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Open the demo store (created on first use)."));
    const QCommandLineOption keyFileOption(QStringLiteral("key-file"),
        QApplication::translate("main", "File holding the store's key."), QStringLiteral("FILE"));
    const QCommandLineOption printerOption(QStringLiteral("printer"),
        QApplication::translate("main", "Receipt printer: auto, virtual, usb, or usb:VVVV:PPPP."),
        QStringLiteral("WHICH"), QStringLiteral("auto"));
    const QCommandLineOption profileOption(QStringLiteral("printer-profile"),
        QApplication::translate("main", "Printer profile (epson-tm-t20iii, generic-58, ...)."), QStringLiteral("KEY"));
    const QCommandLineOption scannerOption(QStringLiteral("scanner"),
        QApplication::translate("main", "USB scanner: auto, none, or usb:VVVV:PPPP[:boot]."), QStringLiteral("WHICH"),
        QStringLiteral("auto"));
    const QCommandLineOption logoOption(QStringLiteral("receipt-logo"),
        QApplication::translate("main", "Picture (PNG, JPEG, SVG) printed at the top of receipts."),
        QStringLiteral("FILE"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QApplication::translate("main", "Language of the screens and receipts (de, en); default: the desktop's."),
        QStringLiteral("CODE"));
    parser.addOptions(
        {dbOption, demoOption, keyFileOption, printerOption, profileOption, scannerOption, logoOption, languageOption});
    parser.process(app);

    // The command line, else this terminal's setting, else the desktop's language.
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : QSettings().value(QStringLiteral("ui/language")).toString();
    const ss::app::Translations translations(language);

    ss::app::StartupOptions options;
    options.keyFile = parser.value(keyFileOption);
    options.printer = parser.value(printerOption);
    options.printerProfile = parser.value(profileOption);
    options.scanner = parser.value(scannerOption);
    options.receiptLogo = parser.value(logoOption);
    if (parser.isSet(demoOption)) {
        options.demo = true;
        options.storePath = parser.isSet(dbOption) ? parser.value(dbOption) : ss::app::defaultDemoStorePath();
    } else {
        // No store there yet: the set-up wizard runs (it can also open the demo).
        options.storePath = parser.isSet(dbOption) ? parser.value(dbOption) : ss::app::defaultStorePath();
    }

    // Destruction order matters: the window goes first, then the database thread drains and closes.
    ss::db::DbWorker database;
    ss::ui::MainWindow window;
    ss::app::Startup startup(options, database, window);
    window.resize(1024, 768);
    window.show();
    // For the start-up benchmark (bench/run-all.sh): once the till is up and the log-in screen has
    // been drawn, say so and leave. Nothing about the store is printed.
    if (qEnvironmentVariableIsSet("SECONDSALE_QUIT_WHEN_READY")) {
        QObject::connect(&startup, &ss::app::Startup::finished, &app, [&app](bool ok) {
            QTimer::singleShot(0, &app, [&app, ok] {
                std::fprintf(stderr, "secondsale: %s\n", ok ? "ready" : "start-up failed");
                app.exit(ok ? 0 : 1);
            });
        });
    }
    startup.start();
    return app.exec();
}
