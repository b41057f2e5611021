// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/CouponClaimPort.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ss::core {

/// How a till reaches the central PostgreSQL the shop's tills sync through (docs/scaling.md), as
/// the set-up wizard asks it. The password goes to the OS keyring, never into a file.
struct SyncSetup
{
    bool enabled = false; ///< False: the till works alone.
    QString shop; ///< The shop's code, the same on each of its tills: "HIGHST".
    QString host;
    int port = 5432;
    QString database = QStringLiteral("secondsale");
    QString user = QStringLiteral("secondsale");
    QString password;
    QString sslMode = QStringLiteral("verify-full"); ///< libpq's: verify-full, verify-ca or require.
    QString sslRootCert; ///< The CA that signed the server's certificate, when not the system's.
    OfflineCouponRule offlineCoupons = OfflineCouponRule::Accept;
};

class SyncSetupRules
{
    Q_DECLARE_TR_FUNCTIONS(SyncSetupRules)

public:
    /// The TLS modes a till may use across a network. Unencrypted is allowed only to a Unix
    /// socket on this machine (a host that is a folder).
    [[nodiscard]] static QStringList tlsModes();
    /// What is wrong, in words for the owner; empty when it can be used (or sync is off).
    [[nodiscard]] static QStringList problems(const SyncSetup& setup);
};

} // namespace ss::core
