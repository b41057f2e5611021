// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlCustomers.h"

#include "CustomerQuerySql.h"
#include "DbWorker.h"
#include "Statement.h"
#include "Transaction.h"
#include "Uid.h"
#include "customers/ContactDetails.h"

namespace ss::db {

using core::CustomerMatch;
using core::Result;

namespace {

constexpr std::string_view kSelect
    = "SELECT c.uid, coalesce(c.first_name, ''), coalesce(c.last_name, ''), coalesce(c.phone_e164, ''),"
      " coalesce(c.email, ''), (SELECT count(*) FROM sales s WHERE s.customer_id = c.id AND s.kind = 'sale')"
      " FROM customers c WHERE c.erased_at IS NULL AND ";

CustomerMatch readMatch(const Statement& row)
{
    CustomerMatch match;
    match.uid = row.columnText(0);
    match.firstName = row.columnText(1);
    match.lastInitial = row.columnText(2).left(1);
    match.phoneEnding = row.columnText(3).right(3);
    const QString email = row.columnText(4);
    match.emailDomain = email.contains(u'@') ? email.section(u'@', 1) : QString();
    match.visits = row.columnInt(5);
    return match;
}

Result<std::vector<CustomerMatch>> collect(Statement& statement)
{
    std::vector<CustomerMatch> matches;
    if (auto r = statement.forEach([&](const Statement& row) { matches.push_back(readMatch(row)); }); !r)
        return std::unexpected(r.error());
    return matches;
}

QString outcomeKey(core::CaptureOutcome outcome)
{
    switch (outcome) {
    case core::CaptureOutcome::Created: return QStringLiteral("created");
    case core::CaptureOutcome::Found: return QStringLiteral("found");
    case core::CaptureOutcome::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("skipped");
}

Result<std::vector<CustomerMatch>> duplicatesOf(Connection& connection, const core::NewCustomer& customer)
{
    auto statement = Statement::prepare(connection,
        std::string(kSelect)
            + "((?1 <> '' AND c.phone_e164 = ?1) OR (?2 <> '' AND c.email = ?2) OR (?4 <> '' AND"
              " c.first_name = ?3 COLLATE NOCASE AND c.last_name = ?4 COLLATE NOCASE)) LIMIT 5");
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, customer.phoneE164.isNull() ? QStringLiteral("") : customer.phoneE164);
    statement->bind(2, customer.email.isNull() ? QStringLiteral("") : customer.email);
    statement->bind(3, customer.firstName).bind(4, customer.lastName.isNull() ? QStringLiteral("") : customer.lastName);
    return collect(*statement);
}

} // namespace

SqlCustomers::SqlCustomers(DbWorker& worker, const core::Clock& clock)
    : m_worker(worker)
    , m_clock(clock)
{ }

QFuture<Result<std::vector<CustomerMatch>>> SqlCustomers::find(const core::CustomerQuery& query, int limit)
{
    const int capped = std::clamp(limit, 1, 50);
    return m_worker.run<std::vector<CustomerMatch>>(
        [query, capped](Connection& connection) -> Result<std::vector<CustomerMatch>> {
            const CustomerQuerySql where = customerQuerySql(query);
            if (where.sql.empty())
                return std::vector<CustomerMatch>();
            auto statement = Statement::prepare(connection, std::string(kSelect) + where.sql + " LIMIT ?3");
            if (!statement)
                return std::unexpected(statement.error());
            bindCustomerQuery(*statement, where);
            statement->bind(3, capped);
            return collect(*statement);
        });
}

QFuture<Result<std::vector<CustomerMatch>>> SqlCustomers::likelyDuplicates(const core::NewCustomer& customer)
{
    return m_worker.run<std::vector<CustomerMatch>>(
        [customer](Connection& connection) { return duplicatesOf(connection, customer); });
}

QFuture<Result<CustomerMatch>> SqlCustomers::create(const core::NewCustomer& candidate)
{
    const QDateTime now = m_clock.nowUtc();
    return m_worker.run<CustomerMatch>([candidate, now](Connection& connection) -> Result<CustomerMatch> {
        core::NewCustomer customer = candidate;
        customer.firstName = core::cleanName(customer.firstName);
        customer.lastName = core::cleanName(customer.lastName);
        customer.postcode = customer.postcode.trimmed().toUpper().left(12);
        if (customer.firstName.isEmpty())
            return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("a first name is needed"));
        if (customer.email.isEmpty() && customer.phoneE164.isEmpty())
            return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("an email or a phone number is needed"));

        auto transaction = Transaction::begin(connection);
        if (!transaction)
            return std::unexpected(transaction.error());
        // Checked again inside the write lock: two tills creating the same person at once get one record.
        auto same = duplicatesOf(connection,
            core::NewCustomer {{}, {}, customer.email, customer.phoneE164, {}, false, false, false, {}, {}});
        if (!same)
            return std::unexpected(same.error());
        if (!same->empty())
            return core::fail(
                core::ErrorCode::AlreadyExists, QStringLiteral("a customer with that phone or email exists"));

        const QString uid = core::newUid();
        auto insert = Statement::prepare(connection,
            "INSERT INTO customers(uid, first_name, last_name, email, phone_e164, postcode,"
            " created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
            " (SELECT id FROM cashiers WHERE uid = ?8))");
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, uid)
            .bind(2, customer.firstName)
            .bindOptional(3, customer.lastName)
            .bindOptional(4, customer.email);
        insert->bindOptional(5, customer.phoneE164)
            .bindOptional(6, customer.postcode)
            .bind(7, now)
            .bind(8, customer.cashierUid);
        if (auto r = insert->run(); !r)
            return std::unexpected(r.error());
        const qint64 customerId = connection.lastInsertRowId();

        auto consent = Statement::prepare(connection,
            "INSERT INTO consents(uid, customer_id, channel, granted, wording_version, cashier_id,"
            " recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, (SELECT id FROM cashiers WHERE uid = ?6), ?7)");
        if (!consent)
            return std::unexpected(consent.error());
        // An answer is recorded for every channel we hold an address for: a "no" is evidence too.
        const std::pair<QString, bool> answers[] = {
            {customer.email.isEmpty() ? QString() : QStringLiteral("email"), customer.emailConsent},
            {customer.phoneE164.isEmpty() ? QString() : QStringLiteral("sms"), customer.smsConsent},
            {customer.postcode.isEmpty() ? QString() : QStringLiteral("post"), customer.postConsent},
        };
        for (const auto& [channel, granted] : answers) {
            if (channel.isEmpty())
                continue;
            consent->bind(1, core::newUid()).bind(2, customerId).bind(3, channel).bind(4, granted);
            consent->bind(5, customer.wordingVersion).bind(6, customer.cashierUid).bind(7, now);
            if (auto r = consent->run(); !r)
                return std::unexpected(r.error());
        }
        auto capture = Statement::prepare(connection,
            "INSERT INTO capture_events(cashier_id, customer_id, outcome, at)"
            " SELECT id, ?2, 'created', ?3 FROM cashiers WHERE uid = ?1");
        if (!capture)
            return std::unexpected(capture.error());
        if (auto r = capture->bind(1, customer.cashierUid).bind(2, customerId).bind(3, now).run(); !r)
            return std::unexpected(r.error());
        if (auto r = transaction->commit(); !r)
            return std::unexpected(r.error());
        CustomerMatch match;
        match.uid = uid;
        match.firstName = customer.firstName;
        match.lastInitial = customer.lastName.left(1);
        match.phoneEnding = customer.phoneE164.right(3);
        match.emailDomain = customer.email.section(u'@', 1);
        return match;
    });
}

QFuture<Result<bool>> SqlCustomers::recordCapture(
    const QString& cashierUid, core::CaptureOutcome outcome, const QString& customerUid, const QString& reason)
{
    const QDateTime now = m_clock.nowUtc();
    const QString key = outcomeKey(outcome);
    return m_worker.run<bool>([cashierUid, key, customerUid, reason, now](Connection& connection) -> Result<bool> {
        auto insert = Statement::prepare(connection,
            "INSERT INTO capture_events(cashier_id, customer_id, outcome, reason, at)"
            " SELECT id, (SELECT id FROM customers WHERE uid = ?2), ?3, ?4, ?5"
            " FROM cashiers WHERE uid = ?1");
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, cashierUid).bind(2, customerUid).bind(3, key);
        insert->bind(4, reason.isEmpty() ? QStringLiteral("") : reason.left(80))
            .bind(5, now); // NOT NULL: no reason is ''
        if (auto r = insert->run(); !r)
            return std::unexpected(r.error());
        return connection.changes() == 1;
    });
}

QFuture<Result<core::CaptureCounts>> SqlCustomers::captureCounts(const QString& cashierUid)
{
    return m_worker.run<core::CaptureCounts>([cashierUid](Connection& connection) -> Result<core::CaptureCounts> {
        auto statement = Statement::prepare(connection,
            "SELECT coalesce(sum(outcome = 'created'), 0), coalesce(sum(outcome = 'found'), 0),"
            " coalesce(sum(outcome = 'skipped'), 0) FROM capture_events"
            " WHERE cashier_id = (SELECT id FROM cashiers WHERE uid = ?1)");
        if (!statement)
            return std::unexpected(statement.error());
        statement->bind(1, cashierUid);
        core::CaptureCounts counts;
        if (auto r = statement->forEach([&](const Statement& row) {
                counts = {row.columnInt(0), row.columnInt(1), row.columnInt(2)};
            });
            !r)
            return std::unexpected(r.error());
        return counts;
    });
}

} // namespace ss::db
