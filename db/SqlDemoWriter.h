// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlSaleWriter.h"
#include "Statement.h"
#include "Transaction.h"
#include "demo/DemoStoreSink.h"

#include <optional>

namespace ss::db {

class Connection;

/// Writes the generated demo store. Bulk history, so it batches many records per transaction —
/// unlike a live sale, which always commits on its own.
class SqlDemoWriter final : public core::DemoStoreSink
{
public:
    explicit SqlDemoWriter(Connection& connection);

    /// Commits what is pending and records the last receipt number of the terminal.
    [[nodiscard]] core::Result<void> finish();

    core::Result<void> addStore(const core::StoreProfile& profile) override;
    core::Result<void> addTaxClass(const core::TaxClass& taxClass) override;
    core::Result<void> addCategory(const core::CategoryRecord& category) override;
    core::Result<void> addProduct(const core::ProductRecord& product) override;
    core::Result<void> addCashier(const core::CashierRecord& cashier, const QString& pin) override;
    core::Result<void> addCustomer(const core::CustomerRecord& customer) override;
    core::Result<void> addConsent(const core::ConsentRecord& consent) override;
    core::Result<void> addOfferRule(const core::OfferRuleRecord& rule) override;
    core::Result<void> addSale(const core::SaleRecord& sale) override;
    core::Result<void> countStock(const QString& productUid, qint64 counted, const QDateTime& atUtc) override;
    QByteArray couponKey() const override;

private:
    /// Opens a transaction if none is open and commits every kBatch records.
    core::Result<void> batch();
    core::Result<Statement*> prepared(std::string_view sql);

    Connection& m_connection;
    std::optional<Transaction> m_transaction;
    std::optional<SqlSaleWriter> m_sales;
    std::vector<std::pair<std::string_view, Statement>> m_statements;
    int m_pending = 0;
    mutable QByteArray m_couponKey;
    QString m_terminalId;
    qint64 m_lastSequence = 0;
};

} // namespace ss::db
