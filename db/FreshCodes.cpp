// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreshCodes.h"

#include "Connection.h"
#include "Error.h"
#include "offers/CouponCode.h"

namespace ss::db {

using core::ErrorCode;
using core::Result;

FreshCodes::FreshCodes(QByteArray key, Statement taken, Generator generate)
    : m_key(std::move(key))
    , m_generate(std::move(generate))
    , m_taken(std::move(taken))
{ }

Result<FreshCodes> FreshCodes::create(Connection& connection, Generator generate)
{
    auto hex = connection.queryText("SELECT value FROM meta WHERE key = 'coupon_key'", u"coupon key");
    if (!hex)
        return std::unexpected(hex.error());
    auto taken = Statement::prepare(connection,
        "SELECT EXISTS (SELECT 1 FROM coupons WHERE code = ?1)"
        " OR EXISTS (SELECT 1 FROM customers WHERE referral_code = ?1)");
    if (!taken)
        return std::unexpected(taken.error());
    if (!generate)
        generate = [](const QByteArray& key) { return core::couponcode::generate(key); };
    return FreshCodes(QByteArray::fromHex(hex->toLatin1()), std::move(*taken), std::move(generate));
}

Result<QString> FreshCodes::next()
{
    // Each try collides with probability (codes in use) / 887 million: eight misses in a row would
    // mean the random source is broken, which must not pass silently.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString code = m_generate(m_key);
        m_taken.bind(1, code);
        auto row = m_taken.step();
        const bool inUse = row && *row && m_taken.columnInt(0) != 0;
        m_taken.reset();
        if (!row)
            return std::unexpected(row.error());
        if (!inUse)
            return code;
    }
    return core::fail(ErrorCode::Internal, QStringLiteral("no free coupon code after eight tries"));
}

} // namespace ss::db
