// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/CustomerPort.h"

#include <string>

namespace ss::db {

class Statement;

/// The WHERE condition of a customer look-up on the table aliased `c`, written so SQLite 3.15 can
/// answer it from an index; parameters ?1 and ?2 are bound by bindCustomerQuery (?3 is left for the
/// caller's LIMIT). Empty `sql` when the query is empty.
struct CustomerQuerySql
{
    std::string sql;
    QString first;
    QString second;
};

[[nodiscard]] CustomerQuerySql customerQuerySql(const core::CustomerQuery& query);
void bindCustomerQuery(Statement& statement, const CustomerQuerySql& where);

} // namespace ss::db
