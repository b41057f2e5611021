// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "ScheduledBackup.h"
#include "StoreFile.h"
#include "demo/DemoStoreGenerator.h"
#include "store/StoreSetup.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace ss::db {

class WorkerContext;

/// The one thread that owns the store's connection. Every job runs there, in order, each with its
/// own Result delivered through a QFuture (never batched: a sale is committed when its job ends).
/// The GUI thread only ever waits on futures through continuations, never on SQL.
/// While idle it checkpoints the WAL, so a checkpoint never runs inside a sale's commit.
class DbWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbWorker)

public:
    explicit DbWorker(QObject* parent = nullptr);
    /// Finishes the queued jobs, checkpoints and closes the connection, then stops the thread.
    ~DbWorker() override;

    /// Waits until every job posted so far has run. For teardown: call it before destroying the
    /// objects their continuations run on (QFuture::then(context, …)), so no job finishes after its
    /// context is gone (Qt 6.4 asserts on that). Never from a job itself.
    void drain();

    /// Opens the store on the worker thread (see openStore) and returns its overview.
    [[nodiscard]] QFuture<core::Result<core::StoreOverview>> open(
        const QString& path, const QByteArray& key, StoreOpenOptions options = {});

    /// Opens the demo store at `path` with the demo key, generating it first if the file is missing.
    [[nodiscard]] QFuture<core::Result<core::StoreOverview>> openDemo(
        const QString& path, const core::DemoOptions& options);

    /// Creates the store the first-run wizard described (createConfiguredStore) and keeps it open.
    [[nodiscard]] QFuture<core::Result<core::StoreOverview>> create(const QString& path, const core::StoreSetup& setup);

    /// Restores `backup` (opened with `key`) as the store at `target` (restoreBackup: a store already
    /// there is kept beside it), then opens it.
    [[nodiscard]] QFuture<core::Result<core::StoreOverview>> restoreAndOpen(
        const QString& backup, const QByteArray& key, const QString& target);

    /// Writes an encrypted backup of the open store (same key) into `folder` and keeps the newest
    /// `keep` of this terminal's backups there (writeScheduledBackup).
    [[nodiscard]] QFuture<core::Result<BackupWritten>> backupInto(const QString& folder, int keep);

    /// Runs `job` on the worker thread with the open connection.
    template<typename T> [[nodiscard]] QFuture<core::Result<T>> run(std::function<core::Result<T>(Connection&)> job)
    {
        auto promise = std::make_shared<QPromise<core::Result<T>>>();
        QFuture<core::Result<T>> future = promise->future();
        promise->start();
        post([promise, job = std::move(job)](std::optional<Connection>& connection) {
            core::Result<T> result = connection
                ? job(*connection)
                : core::Result<T>(core::fail(core::ErrorCode::Internal, QStringLiteral("the database is not open")));
            promise->addResult(std::move(result));
            promise->finish();
        });
        return future;
    }

private:
    using Opener = std::function<core::Result<Connection>()>;
    QFuture<core::Result<core::StoreOverview>> openWith(Opener opener, QByteArray key);
    void post(std::function<void(std::optional<Connection>&)> job);

    QThread m_thread;
    std::unique_ptr<WorkerContext> m_context;
};

} // namespace ss::db
