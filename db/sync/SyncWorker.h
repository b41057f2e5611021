// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"
#include "SyncService.h"

#include <QTimer>

#include <optional>

namespace ss::db::sync {

/// The sync service's half that lives on its thread: the connections and the timer.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    SyncWorker(QString storePath, QByteArray key, SyncConfig config);

public slots:
    void begin();
    void runRound();
    /// Ends the timer and the connections on the sync thread, where they were made.
    void finish();

signals:
    void statusChanged(const ss::core::SyncStatus& status);

private:
    [[nodiscard]] core::Result<void> connectIfNeeded();
    void report(bool online);

    QString m_storePath;
    QByteArray m_key;
    SyncConfig m_config;
    std::optional<Connection> m_local;
    std::optional<PgConnection> m_central;
    QTimer* m_timer = nullptr; ///< A child of this object, made on the sync thread.
};

} // namespace ss::db::sync
