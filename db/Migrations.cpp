// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Connection.h"
#include "RepeatAggregates.h"
#include "Transaction.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <string>

namespace ss::db {
namespace {

/// Step N is `:/secondsale/schema/000N_*.sql`; the list is the single source of the schema's history.
const QStringList& migrationFiles()
{
    static const QStringList files = {
        QStringLiteral(":/secondsale/schema/0001_initial.sql"),
        QStringLiteral(":/secondsale/schema/0002_checkout.sql"),
        QStringLiteral(":/secondsale/schema/0003_capture.sql"),
        QStringLiteral(":/secondsale/schema/0004_merge.sql"),
        QStringLiteral(":/secondsale/schema/0005_customer_records.sql"),
        QStringLiteral(":/secondsale/schema/0006_print_queue.sql"),
        QStringLiteral(":/secondsale/schema/0007_offers.sql"),
        QStringLiteral(":/secondsale/schema/0008_repeat_figures.sql"),
        QStringLiteral(":/secondsale/schema/0009_product_codes.sql"),
        QStringLiteral(":/secondsale/schema/0010_outbox.sql"),
        QStringLiteral(":/secondsale/schema/0011_sync.sql"),
    };
    return files;
}

/// Work a step's SQL cannot do, run after it in the same transaction.
core::Result<void> afterStep(Connection& connection, int version)
{
    if (version == 8)
        return rebuildRepeatAggregates(connection); // derive the figures from the history so far
    return {};
}

} // namespace

int latestSchemaVersion()
{
    return static_cast<int>(migrationFiles().size());
}

core::Result<int> migrate(Connection& connection, int targetVersion)
{
    const int target = targetVersion < 0 ? latestSchemaVersion() : std::min(targetVersion, latestSchemaVersion());
    auto current = connection.queryInt("PRAGMA user_version", u"read schema version");
    if (!current)
        return std::unexpected(current.error());
    int version = static_cast<int>(*current);
    if (version > latestSchemaVersion())
        return core::fail(core::ErrorCode::SchemaTooNew,
            QStringLiteral("schema version %1 is newer than this build's %2").arg(version).arg(latestSchemaVersion()));

    while (version < target) {
        QFile file(migrationFiles().at(version));
        if (!file.open(QIODevice::ReadOnly))
            return core::fail(core::ErrorCode::Internal, QStringLiteral("missing migration %1").arg(file.fileName()));
        const QByteArray script = file.readAll();

        auto transaction = Transaction::begin(connection);
        if (!transaction)
            return std::unexpected(transaction.error());
        if (auto r = connection.execute(std::string_view(script.constData(), static_cast<std::size_t>(script.size())),
                QStringLiteral("migration %1").arg(version + 1));
            !r)
            return std::unexpected(r.error());
        if (auto r = afterStep(connection, version + 1); !r)
            return std::unexpected(r.error());
        // Pragmas take no bound parameters; these are our own integers, never data.
        const std::string stamp = "PRAGMA application_id = " + std::to_string(kApplicationId)
            + "; PRAGMA user_version = " + std::to_string(version + 1);
        if (auto r = connection.execute(stamp, u"stamp schema version"); !r)
            return std::unexpected(r.error());
        if (auto r = transaction->commit(); !r)
            return std::unexpected(r.error());
        ++version;
    }
    return version;
}

} // namespace ss::db
