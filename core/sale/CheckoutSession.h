// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "ports/CatalogPort.h"
#include "ports/SalesPort.h"
#include "sale/Cart.h"
#include "sale/Tendering.h"
#include "scan/ScanEvent.h"

#include <QObject>
#include <QQueue>

#include <optional>

namespace ss::core {

struct CheckoutContext
{
    QString terminalId;
    QString currency;
    DiscountLimits limits;
};

/// Why a scan did not add a line.
enum class ScanProblem {
    Unknown, ///< Valid code, not in the catalogue.
    Invalid, ///< Bad check digit, control characters, absurd length: a misread.
    NotAdded, ///< Found, but the cart refused it (quantity limit, line limit).
    Unavailable, ///< The catalogue could not be read.
};

/// One till's checkout: the cart, who is serving, tendering, and the commit. The screen and
/// `secondsale-admin simulate-sales` both drive sales through this class. Storage is reached only
/// through the ports; every storage answer arrives asynchronously as a signal.
///
/// Invariants: the cart is never lost — a failed commit keeps it, a scan during a commit waits for
/// the next sale; a sale is reported committed only after the store says so.
class CheckoutSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutSession)

public:
    CheckoutSession(
        CatalogPort& catalog, SalesPort& sales, const Clock& clock, CheckoutContext context, QObject* parent = nullptr);
    ~CheckoutSession() override;

    void setCashier(const std::optional<CashierRecord>& cashier);
    [[nodiscard]] const std::optional<CashierRecord>& cashier() const { return m_cashier; }
    /// The customer this sale is for (empty: anonymous). Cleared when the sale commits.
    void attachCustomer(const QString& customerUid);
    [[nodiscard]] const QString& customerUid() const { return m_customerUid; }
    [[nodiscard]] const Cart& cart() const { return m_cart; }
    [[nodiscard]] CartTotals totals() const { return m_cart.totals(); }
    [[nodiscard]] bool isBusy() const { return m_busy; }

    /// Looks the code up and adds the product; scans are applied strictly in the order they came.
    /// A product code, a coupon code (see couponcode::looksLikeCode) or a receipt number.
    void scan(const ScanEvent& event);
    /// Looks the coupon up and, when it may be used, puts its discount on the sale; it is redeemed in
    /// the sale's own transaction. The answer is couponApplied or couponRefused.
    void applyCoupon(const QString& code);
    [[nodiscard]] const std::optional<CouponLookup>& coupon() const { return m_coupon; }
    [[nodiscard]] Result<void> addProduct(const ProductSnapshot& product, qint64 quantity = 1);
    [[nodiscard]] Result<void> setQuantity(std::size_t line, qint64 quantity);
    /// Voids are audited with the line's product and quantity.
    [[nodiscard]] Result<void> voidLine(std::size_t line);
    void voidSale();
    /// `approvedBy`: the role of a manager who entered their PIN; otherwise the cashier's own role.
    [[nodiscard]] Result<void> setLineDiscount(
        std::size_t line, Discount discount, std::optional<Role> approvedBy = {});
    [[nodiscard]] Result<void> setSaleDiscount(Discount discount, std::optional<Role> approvedBy = {});
    [[nodiscard]] Result<void> overridePrice(std::size_t line, Money price, std::optional<Role> approvedBy = {});

    /// Starts taking payment for the cart's total.
    [[nodiscard]] Result<void> beginTender();
    [[nodiscard]] Tendering* tendering() { return m_tendering ? &*m_tendering : nullptr; }
    void cancelTender();
    /// Commits the sale once it is fully paid; saleCommitted or saleFailed follows.
    [[nodiscard]] Result<void> completeSale();

    void suspend(const QString& label);
    void resume(const QString& suspendedUid);

    void findSaleForRefund(const QString& receiptNumber);
    /// Refunds the chosen lines of `original` in one tender (cash back or back to the card).
    [[nodiscard]] Result<void> refund(const OriginalSale& original, const std::vector<RefundRequest>& requests,
        Tender tender, const QString& reference = {});

    /// A return without a receipt, at the product's current price: only with a manager's authority
    /// (NeedsApproval otherwise). Restocks the item; audited.
    [[nodiscard]] Result<void> blindReturn(
        const ProductSnapshot& product, qint64 quantity, Tender tender, std::optional<Role> approvedBy = {});

    /// Opens the drawer without a sale (giving change for the bus): audited.
    [[nodiscard]] Result<void> noSale();

signals:
    void cartChanged();
    void scanAccepted(int line);
    void scanRejected(const QString& code, ss::core::ScanProblem problem);
    void busyChanged(bool busy);
    void saleCommitted(const ss::core::CommittedSale& sale);
    void saleFailed(const ss::core::Error& error);
    void couponApplied(const ss::core::CouponLookup& coupon);
    void couponRefused(ss::core::CouponRefusal why, const ss::core::CouponLookup& coupon);
    void drawerOpenRequested();
    void refundSaleFound(const ss::core::OriginalSale& sale);
    void lookupFailed(const ss::core::Error& error);
    void suspended(const QString& label);

private:
    void processNextScan();
    void setBusy(bool busy);
    void commit(const SaleRecord& sale);
    [[nodiscard]] Result<void> requireCashier() const;
    [[nodiscard]] Role actingRole(std::optional<Role> approvedBy) const;
    /// The cart lines a coupon is for: all, or those of its category.
    [[nodiscard]] std::vector<std::size_t> couponLines(const CouponRecord& coupon) const;
    [[nodiscard]] Money couponSpend(const CouponRecord& coupon) const;
    [[nodiscard]] Result<void> applyCouponDiscount(const CouponRecord& coupon, const std::vector<std::size_t>& lines);
    [[nodiscard]] SaleRecord newSaleRecord() const;
    void audit(const QString& action, const QString& detail);

    CatalogPort& m_catalog;
    SalesPort& m_sales;
    const Clock& m_clock;
    CheckoutContext m_context;
    std::optional<CashierRecord> m_cashier;
    QString m_customerUid;
    std::optional<CouponLookup> m_coupon;
    Cart m_cart;
    std::optional<Tendering> m_tendering;
    QQueue<QString> m_pendingScans;
    bool m_lookupInFlight = false;
    bool m_busy = false;
};

} // namespace ss::core
