// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "ports/ReportsPort.h"

#include <QFuture>
#include <QStringList>

namespace ss::core {

/// The owner's figures over every till and shop that syncs, from the central store
/// (docs/scaling.md). Offered to the owner only; the drill-downs stay on each till.
class ChainReportsPort
{
public:
    virtual ~ChainReportsPort() = default;
    [[nodiscard]] virtual QFuture<Result<QStringList>> shops() = 0;
    /// `shop` empty: every shop together.
    [[nodiscard]] virtual QFuture<Result<reports::RepeatReport>> repeatCustomers(
        const RepeatReportRequest& request, const QString& shop)
        = 0;
};

} // namespace ss::core
