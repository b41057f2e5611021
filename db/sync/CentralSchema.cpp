// SPDX-License-Identifier: GPL-3.0-or-later
#include "CentralSchema.h"

#include "Connection.h"

#include <QFile>

namespace ss::db::sync {

using core::ErrorCode;
using core::fail;
using core::Result;

namespace {

/// One fixed advisory-lock number for schema changes; pushes use another (ChangePush.cpp).
constexpr const char* kSchemaLock = "SELECT pg_advisory_xact_lock(7355001)";

} // namespace

Result<void> joinCentral(PgConnection& central, Connection& local, const TerminalIdentity& identity)
{
    if (identity.shop.isEmpty() || identity.terminalId.isEmpty() || identity.shop.contains(QLatin1Char('/')))
        return fail(
            ErrorCode::InvalidArgument, QStringLiteral("a shop code (without '/') and a terminal id are needed"));
    QFile script(QStringLiteral(":/secondsale/sync/central.sql"));
    if (!script.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, QStringLiteral("central schema missing from the build"));
    auto couponKey = local.queryText("SELECT value FROM meta WHERE key = 'coupon_key'", u"coupon key");
    if (!couponKey)
        return std::unexpected(couponKey.error());

    auto transaction = PgTransaction::begin(central);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto r = central.exec(kSchemaLock); !r)
        return std::unexpected(r.error());
    if (auto r = central.execScript(script.readAll()); !r)
        return std::unexpected(r.error());
    // A till that changes its coupon key (a restore onto new hardware) must tell the others.
    if (auto r = central.exec("INSERT INTO ss_terminals(origin, shop, terminal_id, coupon_key) VALUES ($1, $2, $3, $4)"
                              " ON CONFLICT (origin) DO UPDATE SET coupon_key = excluded.coupon_key",
            {identity.origin(), identity.shop, identity.terminalId, *couponKey});
        !r)
        return std::unexpected(r.error());
    return transaction->commit();
}

} // namespace ss::db::sync
