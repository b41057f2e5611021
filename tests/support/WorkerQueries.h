// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DbWorker.h"
#include "TestSupport.h"

#include <string>

namespace ss::test {

/// Test-only reads through the store's database thread, waiting for the answer.
class WorkerQueries
{
public:
    explicit WorkerQueries(db::DbWorker& worker)
        : m_worker(worker)
    {}

    template<typename T>
    T query(std::function<core::Result<T>(db::Connection&)> job)
    {
        auto future = m_worker.run<T>(std::move(job));
        future.waitForFinished();
        REQUIRE(future.result());
        return *future.result();
    }
    qint64 count(const std::string& sql)
    {
        return query<qint64>([sql](db::Connection& c) { return c.queryInt(sql, u"test"); });
    }
    QString text(const std::string& sql)
    {
        return query<QString>([sql](db::Connection& c) { return c.queryText(sql, u"test"); });
    }

private:
    db::DbWorker& m_worker;
};

} // namespace ss::test
