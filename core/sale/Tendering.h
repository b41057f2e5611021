// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "sale/SaleRecord.h"

#include <vector>

namespace ss::core {

/// Taking payment for an amount due: cash (change when the customer hands over more), card
/// (paid on the shop's external terminal; reference optional) or any split of the two.
class Tendering final
{
public:
    explicit Tendering(Money due);

    /// The customer hands over `tendered` in cash: it pays what remains, the excess is change.
    [[nodiscard]] Result<void> addCash(Money tendered);
    /// `amount` was approved on the card terminal; it cannot exceed what remains (no cash back).
    [[nodiscard]] Result<void> addCard(Money amount, const QString& reference = {});
    /// Takes back the last payment (the card terminal declined after all, a miscounted note).
    void removeLast();

    [[nodiscard]] Money due() const { return m_due; }
    [[nodiscard]] Money paid() const;
    [[nodiscard]] Money remaining() const { return m_due - paid(); }
    [[nodiscard]] Money change() const;
    [[nodiscard]] bool isComplete() const { return !remaining().isNegative() && remaining().isZero(); }
    [[nodiscard]] const std::vector<PaymentRecord>& payments() const { return m_payments; }

private:
    Money m_due;
    std::vector<PaymentRecord> m_payments;
};

} // namespace ss::core
