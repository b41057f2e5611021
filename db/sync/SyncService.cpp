// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncService.h"

#include "SyncWorker.h"

namespace ss::db::sync {

SyncService::SyncService(QString storePath, QByteArray key, SyncConfig config, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<SyncWorker>(std::move(storePath), std::move(key), std::move(config)))
{
    m_thread.setObjectName(QStringLiteral("secondsale-sync"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker.get(), &SyncWorker::statusChanged, this, &SyncService::statusChanged, Qt::QueuedConnection);
}

SyncService::~SyncService()
{
    // The worker's timer and connections belong to the sync thread, so they end there. This waits
    // for a round in flight: its local transaction commits or rolls back whole.
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker.get(), &SyncWorker::finish, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker.reset(); // its thread has ended and its timer is gone, so it is destroyed here
}

void SyncService::start()
{
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker.get(), &SyncWorker::begin, Qt::QueuedConnection);
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_worker.get(), &SyncWorker::runRound, Qt::QueuedConnection);
}

} // namespace ss::db::sync
