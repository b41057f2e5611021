// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "SqlCatalog.h"
#include "SqlSales.h"
#include "SqlStaff.h"
#include "sale/CheckoutSession.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTextStream>

namespace ss::db {
class DbWorker;
}

namespace ss::app {

/// Rings up sales through the same CheckoutSession the screen uses: scans demo barcodes, sometimes
/// for a known customer, pays cash, card or split, and prints `committed <receipt>` the moment each
/// commit returns (crash tests kill the process at random and then check every printed sale).
/// One sale in five redeems an open coupon for its customer: `committed <receipt> redeemed <code>`.
class SaleSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleSimulator)

public:
    SaleSimulator(db::DbWorker& worker, QTextStream& out, int count, quint64 seed, QObject* parent = nullptr);

    void start(const QString& terminalId, const QString& currency);

signals:
    /// All sales done (`error` empty) or stopped by the first failure.
    void finished(const std::optional<ss::core::Error>& error);

private:
    void loadFixtures();
    void nextSale();
    void ringUp();
    void onScanDone();
    void pay();
    void stop(const std::optional<core::Error>& error);

    db::DbWorker& m_worker;
    QTextStream& m_out;
    int m_remaining;
    QRandomGenerator m_random;
    core::SystemClock m_clock;
    db::SqlCatalog m_catalog;
    db::SqlSales m_sales;
    db::SqlStaff m_staff;
    std::unique_ptr<core::CheckoutSession> m_session;
    QStringList m_barcodes;
    QStringList m_customerUids;
    std::vector<core::CashierRecord> m_cashiers;
    int m_scansPending = 0;
    QString m_couponCode; ///< The coupon this sale tries to redeem, if any.
    bool m_couponApplied = false;
};

} // namespace ss::app
