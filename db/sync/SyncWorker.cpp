// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncWorker.h"

#include "CentralSchema.h"
#include "SyncRound.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "secondsale.sync")

namespace ss::db::sync {

SyncWorker::SyncWorker(QString storePath, QByteArray key, SyncConfig config)
    : m_storePath(std::move(storePath))
    , m_key(std::move(key))
    , m_config(std::move(config))
{ }

void SyncWorker::begin()
{
    m_timer = new QTimer(this); // owned by this worker; made here so it lives on the sync thread
    m_timer->setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(m_config.interval));
    connect(m_timer, &QTimer::timeout, this, &SyncWorker::runRound);
    m_timer->start();
    runRound();
}

void SyncWorker::finish()
{
    delete m_timer; // a child of this object: deleting it here also takes it off the child list
    m_timer = nullptr;
    m_central.reset();
    m_local.reset();
}

core::Result<void> SyncWorker::connectIfNeeded()
{
    if (!m_local) {
        OpenOptions options;
        auto opened = Connection::open(m_storePath, m_key, options);
        if (!opened)
            return std::unexpected(opened.error());
        m_local.emplace(std::move(*opened));
    }
    if (m_central && m_central->isUsable())
        return {};
    m_central.reset();
    auto central = PgConnection::connect(m_config.endpoint);
    if (!central)
        return std::unexpected(central.error());
    if (auto joined = joinCentral(*central, *m_local, m_config.identity); !joined)
        return std::unexpected(joined.error());
    qCInfo(lcSync) << "connected to the central store" << (central->usesTls() ? "over TLS" : "without TLS");
    m_central.emplace(std::move(*central));
    return {};
}

void SyncWorker::runRound()
{
    if (auto connected = connectIfNeeded(); !connected) {
        qCWarning(lcSync) << "sync round skipped:" << connected.error().detail;
        if (m_local)
            (void)noteSyncFailure(*m_local, connected.error().detail);
        report(false);
        return;
    }
    auto round = syncRound(*m_local, *m_central, m_config.identity);
    if (!round) {
        qCWarning(lcSync) << "sync round failed:" << round.error().detail;
        if (!m_central->isUsable())
            m_central.reset();
        report(false);
        return;
    }
    if (round->pushed > 0 || round->pulled.received > 0 || round->claimsFreed > 0)
        qCInfo(lcSync) << "pushed" << round->pushed << "pulled" << round->pulled.received << "skipped"
                       << round->pulled.skipped << "abandoned coupon claims freed" << round->claimsFreed;
    report(true);
}

void SyncWorker::report(bool online)
{
    if (!m_local)
        return;
    auto status = readSyncStatus(*m_local);
    if (!status) {
        qCWarning(lcSync) << "sync status unreadable:" << status.error().detail;
        return;
    }
    status->online = online;
    emit statusChanged(*status);
}

} // namespace ss::db::sync
