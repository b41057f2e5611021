// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSetupWriter.h"

#include "PinHash.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"
#include "staff/Role.h"

#include <QFile>
#include <QFileInfo>

namespace ss::db {

using core::ErrorCode;
using core::Result;

namespace {

Result<void> writeSetup(Connection& connection, const core::StoreSetup& setup)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto tax = Statement::prepare(
        connection, "INSERT INTO tax_classes(code, name, rate_bp, inclusive) VALUES (?1, ?2, ?3, ?4)");
    if (!tax)
        return std::unexpected(tax.error());
    for (const core::TaxRateSetup& rate : setup.taxRates) {
        tax->bind(1, rate.code.trimmed().toLower()).bind(2, rate.name.trimmed());
        if (auto r = tax->bind(3, rate.rateBasisPoints).bind(4, rate.inclusive).run(); !r)
            return r;
    }
    auto hash = hashPin(setup.ownerPin);
    if (!hash)
        return std::unexpected(hash.error());
    const QString now = core::toStorageTime(QDateTime::currentDateTimeUtc());
    auto owner = Statement::prepare(
        connection, "INSERT INTO cashiers(uid, name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!owner)
        return std::unexpected(owner.error());
    owner->bind(1, core::newUid()).bind(2, setup.ownerName.trimmed()).bind(3, core::roleKey(core::Role::Owner));
    if (auto r = owner->bind(4, *hash).bind(5, now).run(); !r)
        return r;
    auto audit = Statement::prepare(connection,
        "INSERT INTO audit_log(uid, at, cashier_id, action, detail) VALUES (?1, ?2, last_insert_rowid(), ?3, ?4)");
    if (!audit)
        return std::unexpected(audit.error());
    // The detail says how the key is kept, never the key.
    audit->bind(1, core::newUid()).bind(2, now).bind(3, QStringLiteral("store_created"));
    audit->bind(4,
        setup.keyKeeping == core::KeyKeeping::Keyring ? QStringLiteral("key in keyring")
                                                      : QStringLiteral("key is a passphrase"));
    if (auto r = audit->run(); !r)
        return r;
    return transaction->commit();
}

void removeStoreFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Result<Connection> createConfiguredStore(
    const QString& path, const core::StoreSetup& setup, const StoreOpenOptions& options)
{
    if (const QStringList problems = core::StoreSetupRules::problems(setup); !problems.isEmpty())
        return core::fail(ErrorCode::InvalidArgument, problems.join(u' '));
    if (QFileInfo::exists(path))
        return core::fail(ErrorCode::AlreadyExists, QStringLiteral("a store already exists at %1").arg(path));
    auto connection = createStore(path, setup.key, setup.profile, options);
    if (!connection) {
        // createStore refuses an existing file before touching it; anything later is ours to clean.
        if (connection.error().code != ErrorCode::AlreadyExists)
            removeStoreFiles(path);
        return connection;
    }
    if (auto r = writeSetup(*connection, setup); !r) {
        const core::Error error = r.error();
        connection = std::unexpected(error); // closes the file before it is removed
        removeStoreFiles(path);
        return std::unexpected(error);
    }
    return connection;
}

} // namespace ss::db
