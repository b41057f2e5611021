// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlShifts.h"

#include "DbWorker.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "UtcTime.h"

namespace ss::db {

using core::Money;
using core::Result;
using core::ShiftTotals;

namespace {

Result<std::optional<qint64>> openShiftId(Connection& connection, const QString& terminalId)
{
    auto statement
        = Statement::prepare(connection, "SELECT id FROM shifts WHERE terminal_id = ?1 AND closed_at IS NULL");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, terminalId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<qint64>(statement->columnInt(0)) : std::nullopt;
}

/// Runs a one-row aggregate over the shift and hands the row to `read`.
Result<void> aggregate(
    Connection& connection, std::string_view sql, qint64 shiftId, const std::function<void(const Statement&)>& read)
{
    auto statement = Statement::prepare(connection, sql);
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, shiftId);
    auto row = statement->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row)
        read(*statement);
    return {};
}

Result<ShiftTotals> totalsOf(Connection& connection, qint64 shiftId)
{
    ShiftTotals totals;
    auto shift = aggregate(connection,
        "SELECT s.uid, s.terminal_id, o.name, coalesce(c.name, ''), s.opened_at, coalesce(s.closed_at, ''),"
        " s.opening_float_minor FROM shifts s JOIN cashiers o ON o.id = s.opened_by"
        " LEFT JOIN cashiers c ON c.id = s.closed_by WHERE s.id = ?1",
        shiftId, [&](const Statement& row) {
            totals.shiftUid = row.columnText(0);
            totals.terminalId = row.columnText(1);
            totals.openedBy = row.columnText(2);
            totals.closedBy = row.columnText(3);
            totals.openedAtUtc = core::fromStorageTime(row.columnText(4));
            totals.closedAtUtc = core::fromStorageTime(row.columnText(5));
            totals.openingFloat = Money::fromMinor(row.columnInt(6));
        });
    if (!shift)
        return std::unexpected(shift.error());
    auto sales = aggregate(connection,
        "SELECT coalesce(sum(kind = 'sale'), 0), coalesce(sum(kind = 'refund'), 0),"
        " coalesce(sum(CASE WHEN kind = 'sale' THEN total_minor END), 0),"
        " coalesce(sum(CASE WHEN kind = 'refund' THEN total_minor END), 0),"
        " coalesce(sum(discount_minor), 0), coalesce(sum(tax_minor), 0) FROM sales WHERE shift_id = ?1",
        shiftId, [&](const Statement& row) {
            totals.saleCount = row.columnInt(0);
            totals.refundCount = row.columnInt(1);
            totals.salesTotal = Money::fromMinor(row.columnInt(2));
            totals.refundsTotal = Money::fromMinor(row.columnInt(3));
            totals.discounts = Money::fromMinor(row.columnInt(4));
            totals.tax = Money::fromMinor(row.columnInt(5));
        });
    if (!sales)
        return std::unexpected(sales.error());
    auto payments = aggregate(connection,
        "SELECT coalesce(sum(CASE WHEN p.tender = 'cash' AND p.amount_minor > 0 THEN p.amount_minor END), 0),"
        " coalesce(sum(CASE WHEN p.tender = 'cash' AND p.amount_minor < 0 THEN p.amount_minor END), 0),"
        " coalesce(sum(CASE WHEN p.tender = 'card' AND p.amount_minor > 0 THEN p.amount_minor END), 0),"
        " coalesce(sum(CASE WHEN p.tender = 'card' AND p.amount_minor < 0 THEN p.amount_minor END), 0)"
        " FROM payments p JOIN sales s ON s.id = p.sale_id WHERE s.shift_id = ?1",
        shiftId, [&](const Statement& row) {
            totals.cashIn = Money::fromMinor(row.columnInt(0));
            totals.cashOut = Money::fromMinor(row.columnInt(1));
            totals.cardIn = Money::fromMinor(row.columnInt(2));
            totals.cardOut = Money::fromMinor(row.columnInt(3));
        });
    if (!payments)
        return std::unexpected(payments.error());
    // Audit entries carry no shift; the shift's time span (on this single-terminal store) finds them.
    auto audit = aggregate(connection,
        "SELECT coalesce(sum(action = 'void_line'), 0), coalesce(sum(action = 'void_sale'), 0),"
        " coalesce(sum(action = 'no_sale'), 0), coalesce(sum(action = 'price_override'), 0)"
        " FROM audit_log, shifts s WHERE s.id = ?1 AND audit_log.at >= s.opened_at"
        " AND (s.closed_at IS NULL OR audit_log.at <= s.closed_at)",
        shiftId, [&](const Statement& row) {
            totals.voidedLines = row.columnInt(0);
            totals.voidedSales = row.columnInt(1);
            totals.noSaleOpens = row.columnInt(2);
            totals.priceOverrides = row.columnInt(3);
        });
    if (!audit)
        return std::unexpected(audit.error());
    return totals;
}

} // namespace

SqlShifts::SqlShifts(DbWorker& worker, const core::Clock& clock, QString terminalId)
    : m_worker(worker)
    , m_clock(clock)
    , m_terminalId(std::move(terminalId))
{ }

QFuture<Result<std::optional<ShiftTotals>>> SqlShifts::currentShift()
{
    return m_worker.run<std::optional<ShiftTotals>>(
        [terminalId = m_terminalId](Connection& connection) -> Result<std::optional<ShiftTotals>> {
            auto id = openShiftId(connection, terminalId);
            if (!id)
                return std::unexpected(id.error());
            if (!*id)
                return std::optional<ShiftTotals>();
            auto totals = totalsOf(connection, **id);
            if (!totals)
                return std::unexpected(totals.error());
            return std::optional<ShiftTotals>(*totals);
        });
}

QFuture<Result<ShiftTotals>> SqlShifts::openShift(const QString& cashierUid, Money openingFloat)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<ShiftTotals>(
        [terminalId = m_terminalId, cashierUid, openingFloat, now](Connection& connection) -> Result<ShiftTotals> {
            if (openingFloat.isNegative())
                return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("negative float"));
            auto transaction = Transaction::begin(connection);
            if (!transaction)
                return std::unexpected(transaction.error());
            auto open = Statement::prepare(connection,
                "INSERT INTO shifts(uid, terminal_id, opened_by, opened_at, opening_float_minor)"
                " SELECT ?1, ?2, id, ?4, ?5 FROM cashiers WHERE uid = ?3 AND active = 1");
            if (!open)
                return std::unexpected(open.error());
            open->bind(1, core::newUid()).bind(2, terminalId).bind(3, cashierUid).bind(4, now).bind(5, openingFloat);
            if (auto r = open->run(); !r) // the one-open-shift index refuses a second
                return std::unexpected(r.error());
            if (connection.changes() != 1)
                return core::fail(core::ErrorCode::NotFound, QStringLiteral("unknown cashier"));
            const qint64 id = connection.lastInsertRowId();
            if (auto r = transaction->commit(); !r)
                return std::unexpected(r.error());
            return totalsOf(connection, id);
        });
}

QFuture<Result<ShiftTotals>> SqlShifts::closeShift(const QString& cashierUid, Money countedCash)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<ShiftTotals>(
        [terminalId = m_terminalId, cashierUid, countedCash, now](Connection& connection) -> Result<ShiftTotals> {
            if (countedCash.isNegative())
                return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("negative count"));
            auto transaction = Transaction::begin(connection);
            if (!transaction)
                return std::unexpected(transaction.error());
            auto id = openShiftId(connection, terminalId);
            if (!id)
                return std::unexpected(id.error());
            if (!*id)
                return core::fail(core::ErrorCode::NotFound, QStringLiteral("no open shift"));
            auto close = Statement::prepare(connection,
                "UPDATE shifts SET closed_at = ?2, counted_cash_minor = ?3,"
                " closed_by = (SELECT id FROM cashiers WHERE uid = ?4) WHERE id = ?1");
            if (!close)
                return std::unexpected(close.error());
            close->bind(1, **id).bind(2, now).bind(3, countedCash).bind(4, cashierUid);
            if (auto r = close->run(); !r)
                return std::unexpected(r.error());
            auto totals = totalsOf(connection, **id);
            if (!totals)
                return totals;
            if (auto r = transaction->commit(); !r)
                return std::unexpected(r.error());
            return totals;
        });
}

QFuture<Result<bool>> SqlShifts::keepZReport(const QString& shiftUid, const QString& report)
{
    return m_worker.run<bool>([shiftUid, report](Connection& connection) -> Result<bool> {
        auto keep = Statement::prepare(
            connection, "UPDATE shifts SET z_report = ?2 WHERE uid = ?1 AND closed_at IS NOT NULL");
        if (!keep)
            return std::unexpected(keep.error());
        if (auto r = keep->bind(1, shiftUid).bind(2, report).run(); !r)
            return std::unexpected(r.error());
        return connection.changes() == 1;
    });
}

} // namespace ss::db
