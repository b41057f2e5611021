// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgConnection.h"

#include <libpq-fe.h>

#include <poll.h>

#include <cerrno>

#include <vector>

namespace ss::db::sync {

using core::ErrorCode;
using core::fail;
using core::Result;

namespace {

/// The server's primary message only: DETAIL lines can quote the values of a row (personal data).
QString primaryMessage(const PGresult* result, const PGconn* connection)
{
    if (result) {
        if (const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY))
            return QString::fromUtf8(primary);
    }
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

ErrorCode codeFor(const PGresult* result)
{
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    if (!state)
        return ErrorCode::Io; // no answer from the server: the network or the server is down
    const QByteArray sqlState(state);
    if (sqlState.startsWith("23"))
        return ErrorCode::ConstraintViolated;
    if (sqlState.startsWith("08") || sqlState == "57014") // connection exception, query cancelled (timeout)
        return ErrorCode::Io;
    if (sqlState.startsWith("28") || sqlState.startsWith("42501"))
        return ErrorCode::PermissionDenied;
    return ErrorCode::Internal;
}

} // namespace

void PgRows::Clear::operator()(pg_result* result) const
{
    PQclear(result);
}

PgRows::PgRows(pg_result* result)
    : m_result(result)
{ }

int PgRows::count() const
{
    return PQntuples(m_result.get());
}

bool PgRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QString PgRows::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 PgRows::integer(int row, int column) const
{
    return isNull(row, column) ? 0 : QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong();
}

void PgConnection::Finish::operator()(pg_conn* connection) const
{
    PQfinish(connection);
}

PgConnection::PgConnection(pg_conn* connection)
    : m_connection(connection)
{ }

Result<PgConnection> PgConnection::connect(const CentralEndpoint& endpoint)
{
    // Keywords and values as arrays: no conninfo string to quote, so no value can inject a keyword.
    const QByteArray host = endpoint.host.toUtf8();
    const QByteArray port = QByteArray::number(endpoint.port);
    const QByteArray database = endpoint.database.toUtf8();
    const QByteArray user = endpoint.user.toUtf8();
    const QByteArray password = endpoint.password.toUtf8();
    const QByteArray sslMode = endpoint.sslMode.toUtf8();
    const QByteArray rootCert = endpoint.sslRootCert.toUtf8();
    const QByteArray timeout = QByteArray::number(std::max<qint64>(2, endpoint.connectTimeout.count()));
    std::vector<const char*> keywords {"host", "port", "dbname", "user", "sslmode", "connect_timeout",
        "application_name", "options", "keepalives_idle", "keepalives_interval", "tcp_user_timeout"};
    std::vector<const char*> values {host.constData(), port.constData(), database.constData(), user.constData(),
        sslMode.constData(), timeout.constData(), "secondsale",
        // A till never waits long on the centre: a stuck query gives up and the till carries on.
        "-c statement_timeout=10000 -c lock_timeout=5000 -c client_min_messages=warning", "10", "5", "10000"};
    if (!password.isEmpty()) {
        keywords.push_back("password");
        values.push_back(password.constData());
    }
    if (!rootCert.isEmpty()) {
        keywords.push_back("sslrootcert");
        values.push_back(rootCert.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);

    PgConnection connection(PQconnectdbParams(keywords.data(), values.data(), 0));
    if (!connection.m_connection)
        return fail(ErrorCode::Internal, QStringLiteral("out of memory connecting to the central store"));
    if (PQstatus(connection.m_connection.get()) != CONNECTION_OK) {
        const QString reason = QString::fromUtf8(PQerrorMessage(connection.m_connection.get())).trimmed();
        const bool refused = reason.contains(u"password authentication failed") || reason.contains(u"no pg_hba");
        return fail(refused ? ErrorCode::PermissionDenied : ErrorCode::Io,
            QStringLiteral("central store unreachable: %1").arg(reason));
    }
    return connection;
}

Result<PgRows> PgConnection::exec(const char* sql, const QStringList& parameters, std::chrono::milliseconds within)
{
    if (!isUsable())
        return fail(ErrorCode::Io, QStringLiteral("central store: not connected"));
    std::vector<QByteArray> encoded;
    encoded.reserve(parameters.size());
    std::vector<const char*> values;
    values.reserve(parameters.size());
    for (const QString& parameter : parameters) {
        encoded.push_back(parameter.toUtf8());
        values.push_back(parameter.isNull() ? nullptr : encoded.back().constData());
    }
    if (PQsendQueryParams(
            m_connection.get(), sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0)
        == 0)
        return fail(
            ErrorCode::Io, QStringLiteral("central store: %1").arg(primaryMessage(nullptr, m_connection.get())));
    return awaitResult(within);
}

Result<PgRows> PgConnection::awaitResult(std::chrono::milliseconds within)
{
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + within;
    pg_conn* connection = m_connection.get();
    while (PQisBusy(connection) != 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        pollfd wait {PQsocket(connection), POLLIN, 0};
        const int ready = left.count() > 0 ? ::poll(&wait, 1, static_cast<int>(left.count())) : 0;
        if (ready == 0 || (ready < 0 && errno != EINTR)) {
            // No answer in time: the network or the server is gone. Drop the connection rather than
            // wait on it; the caller connects again later.
            m_connection.reset();
            return fail(ErrorCode::Io, QStringLiteral("central store did not answer within %1 ms").arg(within.count()));
        }
        if (PQconsumeInput(connection) == 0)
            return fail(ErrorCode::Io, QStringLiteral("central store: %1").arg(primaryMessage(nullptr, connection)));
    }
    // Collect every result; the last error or the last rows win (one statement gives one result).
    std::optional<PgRows> rows;
    std::optional<core::Error> failure;
    while (pg_result* next = PQgetResult(connection)) {
        PgRows result(next);
        const ExecStatusType status = PQresultStatus(next);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            if (!failure)
                failure = core::Error {
                    codeFor(next), QStringLiteral("central store: %1").arg(primaryMessage(next, connection))};
        } else {
            rows = std::move(result);
        }
    }
    if (failure)
        return std::unexpected(*failure);
    if (!rows)
        return fail(ErrorCode::Io, QStringLiteral("central store: %1").arg(primaryMessage(nullptr, connection)));
    return std::move(*rows);
}

Result<void> PgConnection::execScript(const QByteArray& sql)
{
    if (!isUsable())
        return fail(ErrorCode::Io, QStringLiteral("central store: not connected"));
    if (PQsendQuery(m_connection.get(), sql.constData()) == 0)
        return fail(
            ErrorCode::Io, QStringLiteral("central store: %1").arg(primaryMessage(nullptr, m_connection.get())));
    if (auto r = awaitResult(kDefaultWait); !r)
        return std::unexpected(r.error());
    return {};
}

bool PgConnection::isUsable() const
{
    return m_connection && PQstatus(m_connection.get()) == CONNECTION_OK;
}

bool PgConnection::usesTls() const
{
    return m_connection && PQsslInUse(m_connection.get()) != 0;
}

PgTransaction::PgTransaction(PgConnection& connection)
    : m_connection(&connection)
{ }

PgTransaction::PgTransaction(PgTransaction&& other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
{ }

Result<PgTransaction> PgTransaction::begin(PgConnection& connection)
{
    if (auto r = connection.exec("BEGIN"); !r)
        return std::unexpected(r.error());
    return PgTransaction(connection);
}

PgTransaction::~PgTransaction()
{
    if (m_connection && m_connection->isUsable())
        (void)m_connection->exec("ROLLBACK");
}

Result<void> PgTransaction::commit()
{
    PgConnection* connection = std::exchange(m_connection, nullptr);
    if (auto r = connection->exec("COMMIT"); !r)
        return std::unexpected(r.error());
    return {};
}

} // namespace ss::db::sync
