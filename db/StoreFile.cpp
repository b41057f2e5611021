// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFile.h"

#include "Backup.h"
#include "Migrations.h"
#include "Statement.h"
#include "Transaction.h"
#include "UtcTime.h"

#include <QDateTime>

namespace ss::db {

using core::ErrorCode;
using core::fail;
using core::Result;

namespace {

OpenOptions connectionOptions(OpenMode mode, const StoreOpenOptions& options)
{
    OpenOptions open;
    open.mode = mode;
    open.cipher = options.cipher;
    open.autoCheckpoint = options.autoCheckpoint;
    return open;
}

Result<QString> getMeta(Connection& connection, const QString& key)
{
    auto value = readMeta(connection, key);
    if (!value)
        return std::unexpected(value.error());
    return value->value_or(QString());
}

Result<qint64> count(Connection& connection, std::string_view sql)
{
    return connection.queryInt(sql, u"count");
}

} // namespace

Result<Connection> openStore(const QString& path, const QByteArray& key, const StoreOpenOptions& options)
{
    auto connection = Connection::open(path, key, connectionOptions(OpenMode::OpenExisting, options));
    if (!connection)
        return connection;

    auto applicationId = connection->queryInt("PRAGMA application_id", u"read application id");
    if (!applicationId)
        return std::unexpected(applicationId.error());
    if (*applicationId != kApplicationId)
        return fail(ErrorCode::NotSecondSaleDatabase, QStringLiteral("the file is a database, but not SecondSale's"));

    if (options.quickCheck) {
        auto check = connection->queryText("PRAGMA quick_check", u"quick_check");
        if (!check)
            return std::unexpected(check.error());
        if (*check != QStringLiteral("ok"))
            return fail(ErrorCode::DbCorrupt, QStringLiteral("quick_check: %1").arg(*check));
    }

    auto version = connection->queryInt("PRAGMA user_version", u"read schema version");
    if (!version)
        return std::unexpected(version.error());
    if (*version > latestSchemaVersion())
        return fail(ErrorCode::SchemaTooNew, QStringLiteral("schema version %1").arg(*version));
    if (*version < latestSchemaVersion()) {
        // Backup before migrating: a failed or wrong migration can always be undone by hand.
        const QString backupPath
            = QStringLiteral("%1.pre-v%2-%3.bak")
                  .arg(path)
                  .arg(latestSchemaVersion())
                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmss")));
        if (auto r = exportEncrypted(*connection, backupPath, key, options.cipher); !r)
            return std::unexpected(r.error());
        if (auto r = migrate(*connection); !r)
            return std::unexpected(r.error());
    }
    return connection;
}

Result<Connection> createStore(
    const QString& path, const QByteArray& key, const core::StoreProfile& profile, const StoreOpenOptions& options)
{
    if (profile.name.trimmed().isEmpty() || profile.terminalId.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a store needs a name and a terminal id"));
    auto connection = Connection::open(path, key, connectionOptions(OpenMode::CreateNew, options));
    if (!connection)
        return connection;
    if (auto r = migrate(*connection); !r)
        return std::unexpected(r.error());
    auto transaction = Transaction::begin(*connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto r = writeStoreProfile(*connection, profile); !r)
        return std::unexpected(r.error());
    if (auto r = writeFileFormat(*connection, options.cipher); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return connection;
}

Result<void> writeFileFormat(Connection& connection, const CipherSettings& cipher)
{
    for (const auto& [metaKey, value] :
        {std::pair {QStringLiteral("created_at"), core::toStorageTime(QDateTime::currentDateTimeUtc())},
            std::pair {QStringLiteral("cipher_page_size"), QString::number(cipher.pageSize)},
            std::pair {QStringLiteral("kdf_iter"), QString::number(cipher.kdfIterations)}}) {
        if (auto r = writeMeta(connection, metaKey, value); !r)
            return r;
    }
    return {};
}

Result<void> writeStoreProfile(Connection& connection, const core::StoreProfile& profile)
{
    for (const auto& [metaKey, value] : {std::pair {QStringLiteral("store_name"), profile.name},
             std::pair {QStringLiteral("store_address"), profile.addressLines},
             std::pair {QStringLiteral("currency"), profile.currency},
             std::pair {QStringLiteral("country"), profile.countryCode},
             std::pair {QStringLiteral("terminal_id"), profile.terminalId},
             std::pair {QStringLiteral("receipt_header"), profile.receiptHeader},
             std::pair {QStringLiteral("receipt_footer"), profile.receiptFooter},
             std::pair {QStringLiteral("tax_registration"), profile.taxRegistration}}) {
        if (auto r = writeMeta(connection, metaKey, value); !r)
            return r;
    }
    return {};
}

Result<core::StoreProfile> readStoreProfile(Connection& connection)
{
    core::StoreProfile profile;
    for (auto [metaKey, field] : {std::pair {QStringLiteral("store_name"), &profile.name},
             std::pair {QStringLiteral("store_address"), &profile.addressLines},
             std::pair {QStringLiteral("currency"), &profile.currency},
             std::pair {QStringLiteral("country"), &profile.countryCode},
             std::pair {QStringLiteral("terminal_id"), &profile.terminalId},
             std::pair {QStringLiteral("receipt_header"), &profile.receiptHeader},
             std::pair {QStringLiteral("receipt_footer"), &profile.receiptFooter},
             std::pair {QStringLiteral("tax_registration"), &profile.taxRegistration}}) {
        auto value = getMeta(connection, metaKey);
        if (!value)
            return std::unexpected(value.error());
        *field = *value;
    }
    return profile;
}

Result<std::optional<QString>> readMeta(Connection& connection, const QString& key)
{
    auto statement = Statement::prepare(connection, "SELECT value FROM meta WHERE key = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, key);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional(statement->columnText(0)) : std::nullopt;
}

Result<void> writeMeta(Connection& connection, const QString& key, const QString& value)
{
    auto statement = Statement::prepare(connection, "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    if (!statement)
        return std::unexpected(statement.error());
    // meta.value is NOT NULL: an unset field (a null QString) is stored as ''.
    return statement->bind(1, key).bind(2, value.isNull() ? QStringLiteral("") : value).run();
}

Result<void> markAsDemo(Connection& connection)
{
    return writeMeta(connection, QStringLiteral("demo"), QStringLiteral("1"));
}

Result<core::StoreOverview> readStoreOverview(Connection& connection)
{
    core::StoreOverview overview;
    auto profile = readStoreProfile(connection);
    if (!profile)
        return std::unexpected(profile.error());
    overview.profile = *profile;
    auto demo = getMeta(connection, QStringLiteral("demo"));
    auto version = connection.queryInt("PRAGMA user_version", u"schema version");
    auto products = count(connection, "SELECT count(*) FROM products WHERE active = 1");
    auto customers = count(connection, "SELECT count(*) FROM customers WHERE erased_at IS NULL");
    auto sales = count(connection, "SELECT count(*) FROM sales");
    for (const auto* r : {&products, &customers, &sales, &version}) {
        if (!*r)
            return std::unexpected(r->error());
    }
    if (!demo)
        return std::unexpected(demo.error());
    overview.demo = *demo == QStringLiteral("1");
    overview.schemaVersion = static_cast<int>(*version);
    overview.productCount = *products;
    overview.customerCount = *customers;
    overview.saleCount = *sales;
    return overview;
}

} // namespace ss::db
