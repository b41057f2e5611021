// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncSetup.h"

#include <QRegularExpression>

namespace ss::core {

QStringList SyncSetupRules::tlsModes()
{
    return {QStringLiteral("verify-full"), QStringLiteral("verify-ca"), QStringLiteral("require")};
}

QStringList SyncSetupRules::problems(const SyncSetup& setup)
{
    QStringList problems;
    if (!setup.enabled)
        return problems;
    static const QRegularExpression shopCode(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,15}$"));
    if (!shopCode.match(setup.shop).hasMatch())
        problems << tr("The shop code is 1 to 16 capital letters, digits or hyphens, the same on each of the "
                       "shop's tills (for example HIGHST).");
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    const bool localSocket = setup.host.startsWith(QLatin1Char('/'));
    if (!localSocket && !hostName.match(setup.host).hasMatch())
        problems << tr("The server is a host name or address, such as central.example.org.");
    if (setup.port < 1 || setup.port > 65535)
        problems << tr("The port is a number from 1 to 65535 (PostgreSQL's usual one is 5432).");
    if (setup.database.trimmed().isEmpty() || setup.user.trimmed().isEmpty())
        problems << tr("The database and the user name are needed.");
    const bool knownMode = tlsModes().contains(setup.sslMode) || (localSocket && setup.sslMode == u"disable");
    if (!knownMode)
        problems << tr("Across a network the connection must be encrypted: choose one of the TLS settings.");
    return problems;
}

} // namespace ss::core
