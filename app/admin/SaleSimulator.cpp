// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaleSimulator.h"

#include "DbWorker.h"
#include "Statement.h"

namespace ss::app {

namespace {

/// A column of a query, read on the database thread.
QFuture<core::Result<QStringList>> column(db::DbWorker& worker, std::string sql)
{
    return worker.run<QStringList>([sql](db::Connection& connection) -> core::Result<QStringList> {
        auto statement = db::Statement::prepare(connection, sql);
        if (!statement)
            return std::unexpected(statement.error());
        QStringList values;
        if (auto r = statement->forEach([&](const db::Statement& row) { values << row.columnText(0); }); !r)
            return std::unexpected(r.error());
        return values;
    });
}

} // namespace

SaleSimulator::SaleSimulator(db::DbWorker& worker, QTextStream& out, int count, quint64 seed, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_out(out)
    , m_remaining(count)
    , m_random(static_cast<quint32>(seed ^ (seed >> 32)))
    , m_catalog(worker)
    , m_sales(worker, m_clock)
    , m_staff(worker)
{ }

void SaleSimulator::start(const QString& terminalId, const QString& currency)
{
    m_session = std::make_unique<core::CheckoutSession>(
        m_catalog, m_sales, m_clock, core::CheckoutContext {terminalId, currency, {}}, this);
    connect(m_session.get(), &core::CheckoutSession::scanAccepted, this, &SaleSimulator::onScanDone);
    connect(m_session.get(), &core::CheckoutSession::scanRejected, this, &SaleSimulator::onScanDone);
    connect(m_session.get(), &core::CheckoutSession::saleCommitted, this, [this](const core::CommittedSale& sale) {
        // Flushed at once: a line printed here is a sale the store has durably committed.
        m_out << QStringLiteral("committed ") << sale.receiptNumber;
        if (m_couponApplied)
            m_out << QStringLiteral(" redeemed ") << m_couponCode;
        m_out << Qt::endl;
        --m_remaining;
        nextSale();
    });
    connect(
        m_session.get(), &core::CheckoutSession::saleFailed, this, [this](const core::Error& error) { stop(error); });
    connect(m_session.get(), &core::CheckoutSession::couponApplied, this, [this] {
        m_couponApplied = true;
        pay();
    });
    // Spent elsewhere, below its minimum spend, expired: the sale goes ahead without it, as at the till.
    connect(m_session.get(), &core::CheckoutSession::couponRefused, this, [this] { pay(); });
    loadFixtures();
}

void SaleSimulator::loadFixtures()
{
    column(m_worker, "SELECT barcode FROM products WHERE active = 1 AND barcode IS NOT NULL ORDER BY id")
        .then(this, [this](const core::Result<QStringList>& barcodes) {
            if (!barcodes || barcodes->isEmpty())
                return stop(barcodes ? core::Error {core::ErrorCode::NotFound, QStringLiteral("no products to sell")}
                                     : barcodes.error());
            m_barcodes = *barcodes;
            column(m_worker, "SELECT uid FROM customers WHERE erased_at IS NULL ORDER BY id LIMIT 5000")
                .then(this, [this](const core::Result<QStringList>& customers) {
                    if (!customers)
                        return stop(customers.error());
                    m_customerUids = *customers;
                    m_staff.activeStaff().then(
                        this, [this](const core::Result<std::vector<core::CashierRecord>>& staff) {
                            if (!staff || staff->empty())
                                return stop(staff ? core::Error {core::ErrorCode::NotFound, QStringLiteral("no staff")}
                                                  : staff.error());
                            m_cashiers = *staff;
                            nextSale();
                        });
                });
        });
}

void SaleSimulator::nextSale()
{
    if (m_remaining <= 0)
        return stop(std::nullopt);
    m_session->setCashier(m_cashiers.at(m_random.bounded(static_cast<quint32>(m_cashiers.size()))));
    m_couponCode.clear();
    m_couponApplied = false;
    if (m_random.bounded(100u) < 20) {
        // A customer back with the coupon an earlier receipt gave them.
        m_worker
            .run<QStringList>([](db::Connection& connection) -> core::Result<QStringList> {
                auto statement = db::Statement::prepare(connection,
                    "SELECT c.code, coalesce(cu.uid, '') FROM coupons c LEFT JOIN customers cu ON cu.id = c.customer_id"
                    " WHERE c.redeemed_sale_id IS NULL AND cu.erased_at IS NULL ORDER BY random() LIMIT 1");
                if (!statement)
                    return std::unexpected(statement.error());
                QStringList found;
                if (auto r = statement->forEach(
                        [&](const db::Statement& row) { found << row.columnText(0) << row.columnText(1); });
                    !r)
                    return std::unexpected(r.error());
                return found;
            })
            .then(this, [this](const core::Result<QStringList>& found) {
                if (!found)
                    return stop(found.error());
                if (!found->isEmpty()) {
                    m_couponCode = found->at(0);
                    if (!found->at(1).isEmpty())
                        m_session->attachCustomer(found->at(1));
                }
                ringUp();
            });
        return;
    }
    if (!m_customerUids.isEmpty() && m_random.bounded(100u) < 40)
        m_session->attachCustomer(
            m_customerUids.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(m_customerUids.size())))));
    ringUp();
}

void SaleSimulator::ringUp()
{
    m_scansPending = 1 + static_cast<int>(m_random.bounded(5u));
    const int scans = m_scansPending;
    for (int i = 0; i < scans; ++i)
        m_session->scan(
            {m_barcodes.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(m_barcodes.size())))),
                core::Symbology::Ean13});
}

void SaleSimulator::onScanDone()
{
    if (--m_scansPending != 0)
        return;
    if (m_couponCode.isEmpty())
        return pay();
    m_session->applyCoupon(m_couponCode); // couponApplied or couponRefused goes on to pay()
}

void SaleSimulator::pay()
{
    if (m_session->cart().isEmpty())
        return stop(core::Error {core::ErrorCode::NotFound, QStringLiteral("no scanned product was found")});
    if (auto r = m_session->beginTender(); !r)
        return stop(r.error());
    core::Tendering* tendering = m_session->tendering();
    const core::Money due = tendering->due();
    const quint32 roll = m_random.bounded(100u);
    core::Result<void> paid;
    if (roll < 35) {
        const qint64 note = (due.minor() / 2000 + 1) * 2000; // the next £20 up
        paid = tendering->addCash(core::Money::fromMinor(note));
    } else if (roll < 90 || due.minor() < 200) {
        paid = tendering->addCard(due, QStringLiteral("SIM%1").arg(m_random.bounded(1000000u)));
    } else {
        const core::Money cash = core::Money::fromMinor(due.minor() / 2);
        paid = tendering->addCash(cash);
        if (paid)
            paid = tendering->addCard(tendering->remaining(), {});
    }
    if (!paid)
        return stop(paid.error());
    if (auto r = m_session->completeSale(); !r)
        stop(r.error());
}

void SaleSimulator::stop(const std::optional<core::Error>& error)
{
    emit finished(error);
}

} // namespace ss::app
