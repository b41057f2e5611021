// SPDX-License-Identifier: GPL-3.0-or-later
#include "CentralReports.h"

#include "CentralReport.h"

#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

namespace ss::db::sync {

using core::Result;

CentralReports::CentralReports(CentralEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{ }

void CentralReports::setPassword(const QString& password)
{
    const QMutexLocker lock(&m_mutex);
    m_endpoint.password = password;
}

CentralEndpoint CentralReports::endpoint() const
{
    const QMutexLocker lock(&m_mutex);
    return m_endpoint;
}

QFuture<Result<QStringList>> CentralReports::shops()
{
    return QtConcurrent::run([endpoint = endpoint()]() -> Result<QStringList> {
        auto central = PgConnection::connect(endpoint);
        if (!central)
            return std::unexpected(central.error());
        return centralShops(*central);
    });
}

QFuture<Result<core::reports::RepeatReport>> CentralReports::repeatCustomers(
    const core::RepeatReportRequest& request, const QString& shop)
{
    return QtConcurrent::run([endpoint = endpoint(), request, shop]() -> Result<core::reports::RepeatReport> {
        auto central = PgConnection::connect(endpoint);
        if (!central)
            return std::unexpected(central.error());
        return loadCentralRepeatReport(*central, request, shop);
    });
}

} // namespace ss::db::sync
