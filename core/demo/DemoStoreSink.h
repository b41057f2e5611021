// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "catalog/Product.h"
#include "customers/Customer.h"
#include "offers/Coupon.h"
#include "sale/SaleRecord.h"
#include "staff/Role.h"
#include "store/StoreProfile.h"

namespace ss::core {

/// Where the demo generator puts the store it invents: the database in the app, a recorder in tests.
/// Calls arrive in dependency order (store, tax classes, categories, products, cashiers, customers,
/// consents, offer rules, sales in time order, stock counts); the first failure stops generation.
class DemoStoreSink
{
public:
    virtual ~DemoStoreSink() = default;
    [[nodiscard]] virtual Result<void> addStore(const StoreProfile& profile) = 0;
    [[nodiscard]] virtual Result<void> addTaxClass(const TaxClass& taxClass) = 0;
    [[nodiscard]] virtual Result<void> addCategory(const CategoryRecord& category) = 0;
    [[nodiscard]] virtual Result<void> addProduct(const ProductRecord& product) = 0;
    /// `pin` is the clear demo PIN; the sink stores only a hash of it.
    [[nodiscard]] virtual Result<void> addCashier(const CashierRecord& cashier, const QString& pin) = 0;
    [[nodiscard]] virtual Result<void> addCustomer(const CustomerRecord& customer) = 0;
    [[nodiscard]] virtual Result<void> addConsent(const ConsentRecord& consent) = 0;
    [[nodiscard]] virtual Result<void> addOfferRule(const OfferRuleRecord& rule) = 0;
    [[nodiscard]] virtual Result<void> addSale(const SaleRecord& sale) = 0;
    /// A stock count at the end of the history: sets the product's stock to `counted`.
    [[nodiscard]] virtual Result<void> countStock(const QString& productUid, qint64 counted, const QDateTime& atUtc)
        = 0;
    /// The store's coupon key, so the invented history's coupons are real, redeemable codes.
    [[nodiscard]] virtual QByteArray couponKey() const = 0;
};

} // namespace ss::core
