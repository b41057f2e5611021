// SPDX-License-Identifier: GPL-3.0-or-later
#include "Tendering.h"

#include "CardNumber.h"

namespace ss::core {

namespace {
/// More than this in one payment is a typo (an extra zero), not a customer.
constexpr qint64 kMaxPaymentMinor = 10'000'000;
} // namespace

Tendering::Tendering(Money due)
    : m_due(due)
{ }

Money Tendering::paid() const
{
    Money sum;
    for (const PaymentRecord& payment : m_payments)
        sum += payment.amount;
    return sum;
}

Money Tendering::change() const
{
    Money sum;
    for (const PaymentRecord& payment : m_payments)
        sum += payment.change;
    return sum;
}

Result<void> Tendering::addCash(Money tendered)
{
    if (tendered.minor() <= 0 || tendered.minor() > kMaxPaymentMinor)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("cash amount out of range"));
    if (isComplete())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("already paid"));
    const Money remainingNow = remaining();
    const Money applied = tendered < remainingNow ? tendered : remainingNow;
    m_payments.push_back({Tender::Cash, applied, tendered - applied, {}});
    return {};
}

Result<void> Tendering::addCard(Money amount, const QString& reference)
{
    if (amount.minor() <= 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("card amount must be positive"));
    if (amount > remaining())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("card amount exceeds what is due"));
    if (looksLikeCardNumber(reference))
        return fail(
            ErrorCode::InvalidArgument, QStringLiteral("a card number is never stored: use the terminal's reference"));
    m_payments.push_back({Tender::Card, amount, {}, reference.trimmed().left(64)});
    return {};
}

void Tendering::removeLast()
{
    if (!m_payments.empty())
        m_payments.pop_back();
}

} // namespace ss::core
