// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbWorker.h"

#include "Backup.h"
#include "DemoStore.h"
#include "ScheduledBackup.h"
#include "StoreSetupWriter.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace ss::db {

/// Lives on the worker thread: the connection and the idle-checkpoint timer are touched only there.
class WorkerContext final : public QObject
{
public:
    std::optional<Connection> connection;
    QByteArray key; ///< The open store's key, for the backups written with it.

    void afterJob()
    {
        if (!connection)
            return;
        if (!m_idle) {
            m_idle = std::make_unique<QTimer>();
            m_idle->setSingleShot(true);
            m_idle->setInterval(kIdleBeforeCheckpointMs);
            QObject::connect(m_idle.get(), &QTimer::timeout, this, &WorkerContext::checkpoint);
        }
        m_idle->start();
    }

    void checkpoint()
    {
        if (!connection)
            return;
        // PASSIVE: copies what it can without waiting on readers or blocking the next writer.
        if (auto r = connection->execute("PRAGMA wal_checkpoint(PASSIVE)", u"idle checkpoint"); !r)
            qCWarning(lcDb) << "idle checkpoint failed:" << r.error().detail;
    }

    void close()
    {
        m_idle.reset();
        if (connection) {
            if (auto r = connection->execute("PRAGMA wal_checkpoint(TRUNCATE)", u"final checkpoint"); !r)
                qCWarning(lcDb) << "final checkpoint failed:" << r.error().detail;
        }
        connection.reset();
        key.clear();
    }

private:
    static constexpr int kIdleBeforeCheckpointMs = 250;
    std::unique_ptr<QTimer> m_idle;
};

DbWorker::DbWorker(QObject* parent)
    : QObject(parent)
    , m_context(std::make_unique<WorkerContext>())
{
    m_thread.setObjectName(QStringLiteral("db"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    // Queued after every job already posted, so those finish first.
    QMetaObject::invokeMethod(
        m_context.get(), [context = m_context.get()] { context->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DbWorker::drain()
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QMetaObject::invokeMethod(
        m_context.get(), [] {}, Qt::BlockingQueuedConnection); // after every queued job
}

void DbWorker::post(std::function<void(std::optional<Connection>&)> job)
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [context = m_context.get(), job = std::move(job)] {
            job(context->connection);
            context->afterJob();
        },
        Qt::QueuedConnection);
}

QFuture<core::Result<core::StoreOverview>> DbWorker::open(
    const QString& path, const QByteArray& key, StoreOpenOptions options)
{
    options.autoCheckpoint = false;
    return openWith([path, key, options] { return openStore(path, key, options); }, key);
}

QFuture<core::Result<core::StoreOverview>> DbWorker::openDemo(const QString& path, const core::DemoOptions& options)
{
    return openWith(
        [path, options]() -> core::Result<Connection> {
            const QByteArray key(kDemoKey);
            if (!QFileInfo::exists(path)) {
                if (auto created = createDemoStore(path, key, options); !created)
                    return std::unexpected(created.error());
            }
            StoreOpenOptions open;
            open.autoCheckpoint = false;
            return openStore(path, key, open);
        },
        QByteArray(kDemoKey));
}

QFuture<core::Result<core::StoreOverview>> DbWorker::create(const QString& path, const core::StoreSetup& setup)
{
    return openWith([path, setup] { return createConfiguredStore(path, setup); }, setup.key);
}

QFuture<core::Result<core::StoreOverview>> DbWorker::restoreAndOpen(
    const QString& backup, const QByteArray& key, const QString& target)
{
    return openWith(
        [backup, key, target]() -> core::Result<Connection> {
            if (auto restored = restoreBackup(backup, key, target); !restored)
                return std::unexpected(restored.error());
            return openStore(target, key);
        },
        key);
}

QFuture<core::Result<core::StoreOverview>> DbWorker::openWith(Opener opener, QByteArray key)
{
    auto promise = std::make_shared<QPromise<core::Result<core::StoreOverview>>>();
    QFuture<core::Result<core::StoreOverview>> future = promise->future();
    promise->start();
    post([promise, opener = std::move(opener), key = std::move(key), context = m_context.get()](
             std::optional<Connection>& connection) {
        connection.reset();
        context->key.clear();
        core::Result<core::StoreOverview> result = [&]() -> core::Result<core::StoreOverview> {
            auto opened = opener();
            if (!opened)
                return std::unexpected(opened.error());
            connection.emplace(std::move(*opened));
            context->key = key;
            return readStoreOverview(*connection);
        }();
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

QFuture<core::Result<BackupWritten>> DbWorker::backupInto(const QString& folder, int keep)
{
    auto promise = std::make_shared<QPromise<core::Result<BackupWritten>>>();
    QFuture<core::Result<BackupWritten>> future = promise->future();
    promise->start();
    post([promise, folder, keep, context = m_context.get()](std::optional<Connection>& connection) {
        promise->addResult(connection
                ? writeScheduledBackup(*connection, context->key, folder, keep, QDateTime::currentDateTimeUtc())
                : core::Result<BackupWritten>(
                    core::fail(core::ErrorCode::Internal, QStringLiteral("the database is not open"))));
        promise->finish();
    });
    return future;
}

} // namespace ss::db
