// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace ss::db {

class Connection;

/// BEGIN IMMEDIATE … COMMIT, rolled back by the destructor unless commit() succeeded. An early
/// return or an error anywhere between begin and commit can therefore never leave half a sale.
class Transaction final
{
public:
    [[nodiscard]] static core::Result<Transaction> begin(Connection& connection);
    /// A read snapshot (BEGIN DEFERRED): several queries see one state of the store without taking
    /// the write lock, so a long report never holds up a sale on another connection.
    [[nodiscard]] static core::Result<Transaction> beginRead(Connection& connection);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    [[nodiscard]] core::Result<void> commit();

private:
    explicit Transaction(Connection& connection);

    Connection* m_connection = nullptr;
    bool m_open = false;
};

} // namespace ss::db
