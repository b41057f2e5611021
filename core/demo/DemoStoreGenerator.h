// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace ss::core {

class DemoStoreSink;

/// What the demo hobby shop looks like. The defaults are the store a newcomer opens; the same
/// generator scales to benchmark sizes (100k products, 200k customers, 36 months).
struct DemoOptions
{
    quint64 seed = 42;
    int products = 300;
    int customers = 600;
    int months = 18;
    QDate lastDay; ///< Last day of the history (UTC). Required: the generator never reads the clock.
    QString terminalId = QStringLiteral("T01");
};

struct DemoSummary
{
    qint64 products = 0;
    qint64 customers = 0;
    qint64 sales = 0;
    qint64 saleLines = 0;
    qint64 couponsIssued = 0;
    qint64 couponsRedeemed = 0;
};

/// The staff of the demo store and their published PINs (the demo is not a secret).
struct DemoCashier
{
    const char16_t* name;
    const char16_t* role;
    const char16_t* pin;
};
inline constexpr DemoCashier kDemoCashiers[] = {
    {u"Margaret Hale", u"owner", u"1975"},
    {u"Sam Okafor", u"manager", u"2468"},
    {u"Priya Shah", u"cashier", u"1357"},
};

/// Invents a model-railway and hobby shop, deterministically from `options.seed`: the same options
/// give the same store byte for byte. Customers behave like real ones: many buy once, some come back
/// now and then, some are regulars, some lapsed months ago.
[[nodiscard]] Result<DemoSummary> generateDemoStore(const DemoOptions& options, DemoStoreSink& sink);

} // namespace ss::core
