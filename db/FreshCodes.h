// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Statement.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace ss::db {

class Connection;

/// New coupon and referral codes under this store's key, never one already in use. Six random
/// characters give 31^6 ≈ 887 million codes: a shop with 200,000 coupons would otherwise see a
/// collision about once in 4,400 sales, and a collision would fail that sale's commit.
class FreshCodes final
{
public:
    using Generator = std::function<QString(const QByteArray& key)>;

    /// `generate` is the random code maker; tests hand in one that repeats itself.
    [[nodiscard]] static core::Result<FreshCodes> create(Connection& connection, Generator generate = {});

    /// A code no coupon and no referral code has. Runs inside the caller's transaction, so the code
    /// stays free until that transaction inserts it.
    [[nodiscard]] core::Result<QString> next();

    const QByteArray& key() const { return m_key; }

private:
    FreshCodes(QByteArray key, Statement taken, Generator generate);

    QByteArray m_key;
    Generator m_generate;
    Statement m_taken;
};

} // namespace ss::db
