// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepeatReportQuery.h"

#include "Connection.h"
#include "Statement.h"
#include "Transaction.h"
#include "UtcTime.h"
#include "reports/ReportTables.h"

#include <QCoreApplication>

#include <algorithm>

namespace ss::db {

using core::Result;
using namespace core::reports;

namespace {

Result<std::shared_ptr<const std::vector<CustomerStats>>> readCustomers(Connection& connection)
{
    auto statement = Statement::prepare(connection,
        "SELECT customer_id, coalesce(first_at, 0), coalesce(first_sale_id, 0), coalesce(first_cashier_id, 0),"
        " coalesce(second_at, 0), coalesce(last_at, 0), orders, revenue_minor, consenting FROM customer_stats");
    if (!statement)
        return std::unexpected(statement.error());
    auto customers = std::make_shared<std::vector<CustomerStats>>();
    auto read = statement->forEach([&](const Statement& row) {
        customers->push_back(
            CustomerStats {row.columnInt(0), row.columnInt(1), row.columnInt(2), row.columnInt(3), row.columnInt(4),
                row.columnInt(5), static_cast<int>(row.columnInt(6)), row.columnInt(7), row.columnInt(8) != 0});
    });
    if (!read)
        return std::unexpected(read.error());
    return std::shared_ptr<const std::vector<CustomerStats>>(std::move(customers));
}

Result<void> readDays(Connection& connection, const Period& period, std::vector<DayRow>& days)
{
    auto statement = Statement::prepare(connection,
        "SELECT day, cashier_id, sales, identified_sales, first_orders, second_orders, repeat_orders, revenue_minor,"
        " first_revenue_minor, repeat_revenue_minor, refunds, refunds_minor, coupons_issued, coupons_redeemed"
        " FROM daily_totals"
        " WHERE day >= ?1 AND day <= ?2");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, period.from.toString(Qt::ISODate)).bind(2, period.to.toString(Qt::ISODate));
    return statement->forEach([&](const Statement& row) {
        days.push_back(DayRow {QDate::fromString(row.columnText(0), Qt::ISODate), row.columnInt(1),
            DayTotals {row.columnInt(2), row.columnInt(3), row.columnInt(4), row.columnInt(5), row.columnInt(6),
                row.columnInt(7), row.columnInt(8), row.columnInt(9), row.columnInt(10), row.columnInt(11),
                row.columnInt(12), row.columnInt(13)}});
    });
}

Result<qint64> returningCustomers(Connection& connection, const Period& period)
{
    // Each customer who came back in the period made exactly one purchase in it whose previous purchase
    // was before it.
    auto statement = Statement::prepare(
        connection, "SELECT coalesce(sum(orders), 0) FROM repeat_gaps WHERE day >= ?1 AND day <= ?2 AND prev_day < ?1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, period.from.toString(Qt::ISODate)).bind(2, period.to.toString(Qt::ISODate));
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return statement->columnInt(0);
}

Result<std::vector<OfferFigures>> readOffers(Connection& connection, const Period& period)
{
    auto statement = Statement::prepare(connection,
        "SELECT coalesce(r.name, ''), coalesce(r.kind, ''), sum(d.issued), sum(d.redeemed), sum(d.voided),"
        " sum(d.days_to_redeem), sum(d.discount_minor), sum(d.redeeming_revenue_minor)"
        " FROM offer_days d LEFT JOIN offer_rules r ON r.id = d.rule_id WHERE d.day >= ?1 AND d.day <= ?2"
        " GROUP BY d.rule_id ORDER BY 3 DESC, 1");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, period.from.toString(Qt::ISODate)).bind(2, period.to.toString(Qt::ISODate));
    std::vector<OfferFigures> offers;
    auto read = statement->forEach([&](const Statement& row) {
        QString name = row.columnText(0);
        if (name.isEmpty())
            name = QCoreApplication::translate("RepeatReport", "(coupons without a rule)");
        offers.push_back(OfferFigures {name, row.columnText(1), row.columnInt(2), row.columnInt(3), row.columnInt(4),
            row.columnInt(5), row.columnInt(6), row.columnInt(7)});
    });
    if (!read)
        return std::unexpected(read.error());
    return offers;
}

Result<std::vector<StaffName>> readStaff(Connection& connection)
{
    auto statement = Statement::prepare(connection, "SELECT id, name FROM cashiers ORDER BY id");
    if (!statement)
        return std::unexpected(statement.error());
    std::vector<StaffName> staff;
    auto read = statement->forEach([&](const Statement& row) {
        staff.push_back(StaffName {row.columnInt(0), row.columnText(1)});
    });
    if (!read)
        return std::unexpected(read.error());
    return staff;
}

QString displayName(const Statement& row, int firstColumn)
{
    if (!row.columnIsNull(firstColumn + 2))
        return QCoreApplication::translate("RepeatReport", "(erased on request)");
    const QString name = (row.columnText(firstColumn) + u' ' + row.columnText(firstColumn + 1)).trimmed();
    return name.isEmpty() ? QCoreApplication::translate("RepeatReport", "(no name given)") : name;
}

Result<void> nameTopCustomers(Connection& connection, RepeatReport& report)
{
    auto statement
        = Statement::prepare(connection, "SELECT first_name, last_name, erased_at, id FROM customers WHERE id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    for (TopCustomer& top : report.topCustomers) {
        statement->bind(1, top.customerId);
        auto row = statement->step();
        if (row && *row)
            top.name = displayName(*statement, 0) + QStringLiteral(" (#%1)").arg(top.customerId);
        statement->reset();
        if (!row)
            return std::unexpected(row.error());
    }
    return {};
}

} // namespace

Result<RepeatReport> loadRepeatReport(
    Connection& connection, const core::RepeatReportRequest& request, ReportScope scope)
{
    if (!request.period.from.isValid() || !request.period.to.isValid() || request.period.to < request.period.from)
        return core::fail(
            core::ErrorCode::InvalidArgument, QStringLiteral("the period must end on or after its start"));
    const SegmentThresholds& t = request.thresholds;
    if (t.newDays < 1 || t.activeDays < t.newDays || t.lapsedDays <= t.activeDays)
        return core::fail(core::ErrorCode::InvalidArgument,
            QStringLiteral("segment thresholds must grow: new ≤ current < lapsed, in days"));
    auto snapshot = Transaction::beginRead(connection); // one consistent view; rolled back, nothing written
    if (!snapshot)
        return std::unexpected(snapshot.error());

    ReportInputs inputs;
    inputs.period = request.period;
    inputs.comparison = request.comparison;
    inputs.thresholds = request.thresholds;
    auto customers = readCustomers(connection);
    if (!customers)
        return std::unexpected(customers.error());
    inputs.customers = *customers;
    if (auto r = readDays(connection, request.period, inputs.days); !r)
        return std::unexpected(r.error());
    auto returning = returningCustomers(connection, request.period);
    if (!returning)
        return std::unexpected(returning.error());
    inputs.returningCustomers = *returning;
    if (request.comparison) {
        if (auto r = readDays(connection, *request.comparison, inputs.days); !r)
            return std::unexpected(r.error());
        auto before = returningCustomers(connection, *request.comparison);
        if (!before)
            return std::unexpected(before.error());
        inputs.comparisonReturningCustomers = *before;
    }
    auto offers = readOffers(connection, request.period);
    if (!offers)
        return std::unexpected(offers.error());
    inputs.offers = std::move(*offers);
    if (scope == ReportScope::Everything) {
        auto staff = readStaff(connection);
        if (!staff)
            return std::unexpected(staff.error());
        inputs.staff = std::move(*staff);
    }

    RepeatReport report = computeRepeatReport(inputs);
    if (scope == ReportScope::Everything) {
        if (auto r = nameTopCustomers(connection, report); !r)
            return std::unexpected(r.error());
    } else {
        report.cashiers.clear();
        report.topCustomers.clear();
    }
    return report;
}

Result<std::vector<core::ReportCustomerRow>> loadReportCustomers(
    Connection& connection, const std::vector<qint64>& ids, const RepeatReport& report)
{
    auto statement = Statement::prepare(connection,
        "SELECT c.first_name, c.last_name, c.erased_at, s.orders, s.revenue_minor, coalesce(s.first_at, 0),"
        " coalesce(s.last_at, 0) FROM customers c JOIN customer_stats s ON s.customer_id = c.id WHERE c.id = ?1");
    if (!statement)
        return std::unexpected(statement.error());
    std::vector<core::ReportCustomerRow> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        statement->bind(1, id);
        auto row = statement->step();
        if (row && *row) {
            core::ReportCustomerRow line;
            line.number = id;
            line.name = displayName(*statement, 0);
            line.orders = static_cast<int>(statement->columnInt(3));
            line.revenueMinor = statement->columnInt(4);
            line.firstUtc = QDateTime::fromSecsSinceEpoch(statement->columnInt(5), Qt::UTC);
            line.lastUtc = QDateTime::fromSecsSinceEpoch(statement->columnInt(6), Qt::UTC);
            CustomerStats stats;
            stats.orders = line.orders;
            stats.firstAtUtc = statement->columnInt(5);
            stats.lastAtUtc = statement->columnInt(6);
            if (const auto segment = segmentOf(stats, report.period.to, report.thresholds))
                line.segment = segmentName(*segment);
            rows.push_back(std::move(line));
        }
        statement->reset();
        if (!row)
            return std::unexpected(row.error());
    }
    return rows;
}

Result<core::ReportSales> loadReportSales(
    Connection& connection, const Period& period, const SalesDrill& drill, int limit)
{
    std::string filter;
    switch (drill.kind) {
    case SalesDrill::Kind::All: filter = "s.kind = 'sale'"; break;
    case SalesDrill::Kind::Captured: filter = "s.kind = 'sale' AND s.customer_id IS NOT NULL"; break;
    case SalesDrill::Kind::Anonymous: filter = "s.kind = 'sale' AND s.customer_id IS NULL"; break;
    case SalesDrill::Kind::FirstPurchases: filter = "s.order_no = 1"; break;
    case SalesDrill::Kind::RepeatPurchases: filter = "s.order_no >= 2"; break;
    case SalesDrill::Kind::Refunds: filter = "s.kind = 'refund'"; break;
    case SalesDrill::Kind::ByCashier: filter = "s.kind = 'sale' AND s.cashier_id = ?3"; break;
    }
    // Whole UTC days as storage text: [from 00:00, the day after `to` 00:00).
    const QString from = period.from.toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z");
    const QString until = period.to.addDays(1).toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z");
    const std::string range = " s.created_at >= ?1 AND s.created_at < ?2 AND ";
    auto snapshot = Transaction::beginRead(connection);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto counted = Statement::prepare(connection, "SELECT count(*) FROM sales s WHERE" + range + filter);
    auto rows = Statement::prepare(connection,
        "SELECT s.receipt_no, s.created_at, k.name, c.first_name, c.last_name, c.erased_at, coalesce(s.order_no, 0),"
        " s.total_minor, s.kind = 'refund', s.customer_id IS NOT NULL FROM sales s JOIN cashiers k ON k.id = "
        "s.cashier_id"
        " LEFT JOIN customers c ON c.id = s.customer_id WHERE"
            + range + filter + " ORDER BY s.created_at DESC LIMIT ?4");
    if (!counted || !rows)
        return std::unexpected(!counted ? counted.error() : rows.error());
    core::ReportSales sales;
    for (Statement* statement : {&*counted, &*rows}) {
        statement->bind(1, from).bind(2, until);
        if (drill.kind == SalesDrill::Kind::ByCashier)
            statement->bind(3, drill.cashierId);
    }
    rows->bind(4, std::clamp(limit, 1, 10000));
    auto total = counted->step();
    if (!total)
        return std::unexpected(total.error());
    sales.total = counted->columnInt(0);
    auto read = rows->forEach([&](const Statement& row) {
        core::ReportSaleRow line;
        line.receiptNo = row.columnText(0);
        line.atUtc = core::fromStorageTime(row.columnText(1));
        line.cashier = row.columnText(2);
        if (row.columnInt(9) != 0)
            line.customer = displayName(row, 3);
        line.orderNo = static_cast<int>(row.columnInt(6));
        line.totalMinor = row.columnInt(7);
        line.refund = row.columnInt(8) != 0;
        sales.rows.push_back(std::move(line));
    });
    if (!read)
        return std::unexpected(read.error());
    return sales;
}

} // namespace ss::db
