// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerQuerySql.h"

#include "Statement.h"

namespace ss::db {

CustomerQuerySql customerQuerySql(const core::CustomerQuery& query)
{
    CustomerQuerySql where;
    if (!query.code.isEmpty()) {
        // A loyalty card, or a receipt or coupon we printed: each carries its customer. Merges move
        // sales and coupons to the kept record, so these always lead to a live customer.
        where.sql = "c.id IN (SELECT id FROM customers WHERE card_code = ?1"
                    " UNION SELECT customer_id FROM sales WHERE receipt_no = ?1"
                    " UNION SELECT customer_id FROM coupons WHERE code = ?1)";
        where.first = query.code;
    } else if (!query.phonePrefix.isEmpty()) {
        // A range on the index: prefix ≤ phone < prefix + '~' ('~' sorts after every digit).
        where.sql = "c.phone_e164 >= ?1 AND c.phone_e164 < ?1 || '~' ORDER BY c.phone_e164";
        where.first = query.phonePrefix;
    } else if (!query.emailPrefix.isEmpty()) {
        where.sql = "c.email >= ?1 AND c.email < ?1 || char(1114111) ORDER BY c.email";
        where.first = query.emailPrefix;
    } else if (!query.namePrefix.isEmpty()) {
        // Ranges on the NOCASE indexes (prefix ≤ name < prefix + U+10FFFF), not LIKE: SQLite 3.15
        // cannot use an index for LIKE … ESCAPE, and a range takes % and _ literally anyway.
        const QStringList words = query.namePrefix.split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 2) {
            where.sql = "c.first_name >= ?1 COLLATE NOCASE AND c.first_name < ?1 || char(1114111) COLLATE NOCASE"
                        " AND c.last_name >= ?2 COLLATE NOCASE AND c.last_name < ?2 || char(1114111) COLLATE NOCASE";
            where.first = words.first();
            where.second = words.mid(1).join(u' ');
        } else {
            where.sql = "((c.first_name >= ?1 COLLATE NOCASE AND c.first_name < ?1 || char(1114111) COLLATE NOCASE)"
                        " OR (c.last_name >= ?1 COLLATE NOCASE AND c.last_name < ?1 || char(1114111) COLLATE NOCASE))";
            where.first = words.value(0);
        }
    }
    return where;
}

void bindCustomerQuery(Statement& statement, const CustomerQuerySql& where)
{
    statement.bind(1, where.first);
    if (!where.second.isEmpty())
        statement.bind(2, where.second);
}

} // namespace ss::db
