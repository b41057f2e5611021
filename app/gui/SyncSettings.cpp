// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSettings.h"

#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSyncSettings, "secondsale.sync")

namespace ss::app {

std::optional<db::sync::SyncConfig> loadSyncConfig(const QString& terminalId)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("sync"));
    if (!settings.value(QStringLiteral("enabled"), false).toBool())
        return std::nullopt;
    db::sync::SyncConfig config;
    config.identity.shop = settings.value(QStringLiteral("shop")).toString().trimmed();
    config.identity.terminalId = terminalId;
    config.endpoint.host = settings.value(QStringLiteral("host")).toString().trimmed();
    config.endpoint.port = settings.value(QStringLiteral("port"), 5432).toInt();
    config.endpoint.database = settings.value(QStringLiteral("database"), config.endpoint.database).toString();
    config.endpoint.user = settings.value(QStringLiteral("user"), config.endpoint.user).toString();
    // TLS with the server's name checked unless the owner chose otherwise (a socket on this machine).
    config.endpoint.sslMode = settings.value(QStringLiteral("sslmode"), config.endpoint.sslMode).toString();
    config.endpoint.sslRootCert = settings.value(QStringLiteral("sslrootcert")).toString();
    config.interval
        = std::chrono::seconds(std::clamp(settings.value(QStringLiteral("interval_seconds"), 30).toInt(), 5, 3600));
    config.offlineCoupons = settings.value(QStringLiteral("offline_coupons")).toString() == u"refuse"
        ? core::OfflineCouponRule::Refuse
        : core::OfflineCouponRule::Accept;
    if (config.identity.shop.isEmpty() || config.endpoint.host.isEmpty()) {
        qCWarning(lcSyncSettings) << "sync is enabled but the shop code or the host is missing: working alone";
        return std::nullopt;
    }
    return config;
}

QString syncKeyringEntry(const db::sync::TerminalIdentity& identity)
{
    return QStringLiteral("sync:") + identity.origin();
}

} // namespace ss::app
