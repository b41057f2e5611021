// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace ss::db::sync {

/// Where the central PostgreSQL is and how to reach it. The password is not kept here on disk: the
/// app reads it from the OS keyring and hands it over for the connection only.
struct CentralEndpoint
{
    QString host; ///< A host name, an address, or a directory holding the server's Unix socket.
    int port = 5432;
    QString database = QStringLiteral("secondsale");
    QString user = QStringLiteral("secondsale");
    QString password;
    /// libpq's sslmode: "verify-full" in a shop (the default), "disable" only for a local socket.
    QString sslMode = QStringLiteral("verify-full");
    QString sslRootCert; ///< The CA that signed the server's certificate, when not the system's.
    std::chrono::seconds connectTimeout {3};
};

/// The rows of one finished query. Owns the PGresult.
class PgRows final
{
public:
    [[nodiscard]] int count() const;
    [[nodiscard]] bool isNull(int row, int column) const;
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] qint64 integer(int row, int column) const;

private:
    friend class PgConnection;
    struct Clear
    {
        void operator()(pg_result* result) const;
    };
    explicit PgRows(pg_result* result);
    std::unique_ptr<pg_result, Clear> m_result;
};

/// One libpq connection, owned (PQfinish on destruction). Use it from one thread. Every query is
/// parameterised: values never become part of the SQL text.
class PgConnection final
{
public:
    /// Connects, with the endpoint's timeout. The error names the server's reason, never a password.
    [[nodiscard]] static core::Result<PgConnection> connect(const CentralEndpoint& endpoint);

    PgConnection(PgConnection&&) noexcept = default;
    PgConnection& operator=(PgConnection&&) noexcept = default;
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection() = default;

    /// Runs one statement; `parameters` are $1, $2, … (a null QString is SQL NULL). Waits at most
    /// `within` for the answer: a pulled cable must not hang the till, so past it the query is
    /// cancelled, the connection is dropped and the error is ErrorCode::Io.
    [[nodiscard]] core::Result<PgRows> exec(
        const char* sql, const QStringList& parameters = {}, std::chrono::milliseconds within = kDefaultWait);
    static constexpr std::chrono::milliseconds kDefaultWait {15000};
    /// Runs several statements without parameters (the central schema).
    [[nodiscard]] core::Result<void> execScript(const QByteArray& sql);

    /// False once the server has gone (a query failed on a broken connection): connect again.
    [[nodiscard]] bool isUsable() const;
    [[nodiscard]] bool usesTls() const;

private:
    struct Finish
    {
        void operator()(pg_conn* connection) const;
    };
    explicit PgConnection(pg_conn* connection);
    /// The result of the query just sent, or an error once `within` has passed.
    [[nodiscard]] core::Result<PgRows> awaitResult(std::chrono::milliseconds within);
    std::unique_ptr<pg_conn, Finish> m_connection;
};

/// BEGIN … COMMIT on the central store, rolled back by the destructor unless committed.
class PgTransaction final
{
public:
    [[nodiscard]] static core::Result<PgTransaction> begin(PgConnection& connection);
    PgTransaction(PgTransaction&& other) noexcept;
    PgTransaction& operator=(PgTransaction&&) = delete;
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    ~PgTransaction();
    [[nodiscard]] core::Result<void> commit();

private:
    explicit PgTransaction(PgConnection& connection);
    PgConnection* m_connection = nullptr;
};

} // namespace ss::db::sync
