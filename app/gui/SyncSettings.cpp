// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncSettings.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

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

void saveSyncSettings(const core::SyncSetup& setup)
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("sync"));
    settings.setValue(QStringLiteral("enabled"), setup.enabled);
    settings.setValue(QStringLiteral("shop"), setup.shop);
    settings.setValue(QStringLiteral("host"), setup.host);
    settings.setValue(QStringLiteral("port"), setup.port);
    settings.setValue(QStringLiteral("database"), setup.database);
    settings.setValue(QStringLiteral("user"), setup.user);
    settings.setValue(QStringLiteral("sslmode"), setup.sslMode);
    settings.setValue(QStringLiteral("sslrootcert"), setup.sslRootCert);
    settings.setValue(QStringLiteral("offline_coupons"),
        setup.offlineCoupons == core::OfflineCouponRule::Refuse ? QStringLiteral("refuse") : QStringLiteral("accept"));
    settings.endGroup();
    settings.sync();
}

QFuture<core::Result<QString>> testSyncConnection(const core::SyncSetup& setup)
{
    db::sync::CentralEndpoint endpoint;
    endpoint.host = setup.host;
    endpoint.port = setup.port;
    endpoint.database = setup.database;
    endpoint.user = setup.user;
    endpoint.password = setup.password;
    endpoint.sslMode = setup.sslMode;
    endpoint.sslRootCert = setup.sslRootCert;
    return QtConcurrent::run([endpoint]() -> core::Result<QString> {
        auto central = db::sync::PgConnection::connect(endpoint);
        if (!central)
            return std::unexpected(central.error());
        // The tables are made by the first till that syncs; here only the rights are proved.
        if (auto r = central->exec("SELECT has_database_privilege(current_database(), 'CREATE')"); !r)
            return std::unexpected(r.error());
        return central->usesTls() ? QCoreApplication::translate("SyncSettings", "encrypted (TLS)")
                                  : QCoreApplication::translate("SyncSettings", "not encrypted (this machine only)");
    });
}

QString syncKeyringEntry(const db::sync::TerminalIdentity& identity)
{
    return QStringLiteral("sync:") + identity.origin();
}

} // namespace ss::app
