// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"
#include "TestSupport.h"

#include <QString>

namespace ss::test {

/// A real PostgreSQL server (Debian's postgresql package) in a temporary folder, reached over its
/// Unix socket there, stopped and removed at the end of the test. initdb refuses to run as root,
/// so under root (CI) the server runs as the unprivileged user `nobody`, which then owns the folder.
class PgTestServer
{
public:
    /// Socket: a Unix socket in the folder, no TLS. Tls: TCP on 127.0.0.1 with a certificate for
    /// "localhost" signed by a CA made for the test (caFile()), as a shop's server would be.
    enum class Transport { Socket, Tls };

    explicit PgTestServer(Transport transport = Transport::Socket);
    ~PgTestServer();
    PgTestServer(const PgTestServer&) = delete;
    PgTestServer& operator=(const PgTestServer&) = delete;

    /// The endpoint of the database "secondsale" on this server.
    [[nodiscard]] db::sync::CentralEndpoint endpoint() const;
    /// An endpoint where nothing listens: the network is down, as the till sees it.
    [[nodiscard]] db::sync::CentralEndpoint unreachable() const;

    void stop();
    void start();

    /// The test CA's certificate (Tls only).
    [[nodiscard]] QString caFile() const { return m_dir.file(QStringLiteral("ca.pem")); }
    /// Makes another CA, one that did not sign the server's certificate, and returns its file.
    [[nodiscard]] QString strangerCaFile() const;

private:
    void makeCertificates();
    [[nodiscard]] static int run(const QString& program, const QStringList& arguments);

    [[nodiscard]] int runAsServerUser(const QString& program, const QStringList& arguments) const;

    TempDir m_dir;
    QString m_bin;
    QString m_data;
    int m_port = 0;
    Transport m_transport;
    bool m_running = false;
};

} // namespace ss::test
