// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Connection.h"

#include <QStringList>

namespace ss::db {

/// Writes an encrypted copy of the open store to `target` with `targetKey` (sqlcipher_export).
/// The copy is written to "<target>.partial" and renamed only when complete, so a crash or a full
/// disk never leaves something that looks like a good backup. Refuses an existing target.
[[nodiscard]] core::Result<void> exportEncrypted(
    Connection& source, const QString& target, const QByteArray& targetKey, const CipherSettings& cipher = {});

/// Replaces the store at `target` with the backup, after proving the backup opens with `key` and
/// passes an integrity check. The replaced store is kept as "<target>.before-restore-<time>" (with
/// its WAL), never deleted. The app must not have `target` open.
[[nodiscard]] core::Result<QString> restoreBackup(
    const QString& backup, const QByteArray& key, const QString& target, const CipherSettings& cipher = {});

/// Re-encrypts the store under a new key: export to a new file, verify it, then atomically replace.
/// The old-key file does not survive (a rekey after a leaked key must not leave the old copy).
[[nodiscard]] core::Result<void> rekeyStore(
    const QString& path, const QByteArray& oldKey, const QByteArray& newKey, const CipherSettings& cipher = {});

struct CheckReport
{
    QString cipherVersion;
    int schemaVersion = 0;
    QStringList problems; ///< Empty when the store is healthy.
    qint64 figuresChecked = 0; ///< Customers whose repeat figures were recomputed and compared.
};

/// Full self-check of an open store: SQLCipher present, integrity_check, foreign keys, schema version,
/// and the dashboard's derived figures against a recomputation from the history.
[[nodiscard]] core::Result<CheckReport> checkStore(Connection& connection);

} // namespace ss::db
