// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCommands.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    // QCoreApplication, not QGuiApplication: the admin tool runs on servers and in scripts without a display.
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SecondSale"));
    QCoreApplication::setApplicationName(QStringLiteral("SecondSale"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SECONDSALE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    ss::app::AdminCommands commands(out, err);
    return commands.run(QCoreApplication::arguments());
}
