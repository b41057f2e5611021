// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "ports/ChainReportsPort.h"

#include <QMutex>

namespace ss::db::sync {

/// The chain's dashboard figures from the central store, each request on a pool thread with its
/// own connection (a report may take seconds; the till's database thread is never involved).
class CentralReports final : public core::ChainReportsPort
{
public:
    explicit CentralReports(CentralEndpoint endpoint);

    /// The password arrives from the keyring after start-up.
    void setPassword(const QString& password);

    QFuture<core::Result<QStringList>> shops() override;
    QFuture<core::Result<core::reports::RepeatReport>> repeatCustomers(
        const core::RepeatReportRequest& request, const QString& shop) override;

private:
    [[nodiscard]] CentralEndpoint endpoint() const;

    mutable QMutex m_mutex;
    CentralEndpoint m_endpoint;
};

} // namespace ss::db::sync
