// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoStoreSink.h"

#include <QCryptographicHash>

#include <vector>

namespace ss::test {

/// Keeps what the demo generator produced, and a fingerprint of it to prove determinism.
class RecordingDemoSink final : public core::DemoStoreSink
{
public:
    std::vector<core::ProductRecord> products;
    std::vector<core::CustomerRecord> customers;
    std::vector<core::ConsentRecord> consents;
    std::vector<core::SaleRecord> sales;
    std::vector<QString> cashierPins;
    QCryptographicHash fingerprint {QCryptographicHash::Sha256};

    core::Result<void> addStore(const core::StoreProfile& profile) override { return note(profile.name); }
    core::Result<void> addTaxClass(const core::TaxClass& tax) override { return note(tax.code); }
    core::Result<void> addCategory(const core::CategoryRecord& category) override { return note(category.uid); }
    core::Result<void> addProduct(const core::ProductRecord& product) override
    {
        products.push_back(product);
        return note(product.uid + product.barcode + product.name + QString::number(product.price.minor()));
    }
    core::Result<void> addCashier(const core::CashierRecord& cashier, const QString& pin) override
    {
        cashierPins.push_back(pin);
        return note(cashier.uid);
    }
    core::Result<void> addCustomer(const core::CustomerRecord& customer) override
    {
        customers.push_back(customer);
        return note(customer.uid + customer.email + customer.phoneE164);
    }
    core::Result<void> addConsent(const core::ConsentRecord& consent) override
    {
        consents.push_back(consent);
        return note(consent.uid);
    }
    core::Result<void> addOfferRule(const core::OfferRuleRecord& rule) override { return note(rule.uid); }
    core::Result<void> addSale(const core::SaleRecord& sale) override
    {
        sales.push_back(sale);
        return note(sale.uid + sale.receiptNumber + QString::number(sale.total.minor()));
    }
    core::Result<void> countStock(const QString& uid, qint64 counted, const QDateTime&) override
    {
        return note(uid + QString::number(counted));
    }
    QByteArray couponKey() const override { return QByteArrayLiteral("recording sink's coupon key"); }

private:
    core::Result<void> note(const QString& text)
    {
        fingerprint.addData(text.toUtf8());
        return {};
    }
};

} // namespace ss::test
