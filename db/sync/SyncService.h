// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "SyncIdentity.h"
#include "ports/CouponClaimPort.h"
#include "sync/SyncStatus.h"

#include <QByteArray>
#include <QObject>
#include <QThread>

#include <chrono>
#include <memory>

namespace ss::db::sync {

/// How this till reaches the others (docs/scaling.md): the app reads it from its settings and the
/// password from the OS keyring.
struct SyncConfig
{
    CentralEndpoint endpoint;
    TerminalIdentity identity;
    std::chrono::seconds interval {30};
    core::OfflineCouponRule offlineCoupons = core::OfflineCouponRule::Accept;
};

class SyncWorker;

/// Runs sync rounds in the background, on its own thread with its own connection to the till's
/// file (WAL lets it read while the till sells), every `interval` and on request. A round that
/// fails (the network is down) changes nothing: the outbox keeps the changes for the next one.
class SyncService final : public QObject
{
    Q_OBJECT

public:
    SyncService(QString storePath, QByteArray key, SyncConfig config, QObject* parent = nullptr);
    ~SyncService() override;

    void start();
    void syncNow();

signals:
    void statusChanged(const ss::core::SyncStatus& status);

private:
    QThread m_thread;
    std::unique_ptr<SyncWorker> m_worker;
};

} // namespace ss::db::sync
