// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTestServer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <unistd.h>

namespace ss::test {

namespace {

/// Debian keeps the server's programs out of PATH, under /usr/lib/postgresql/<version>/bin.
QString serverBinDir()
{
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& version : versions) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(version);
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

} // namespace

PgTestServer::PgTestServer()
    : m_bin(serverBinDir())
    , m_data(m_dir.file(QStringLiteral("data")))
    , m_port(20000 + static_cast<int>(QRandomGenerator::global()->bounded(20000)))
{
    // CI installs the server (scripts/install-deps.sh); without it this test cannot say anything.
    REQUIRE_FALSE(m_bin.isEmpty());
    if (::geteuid() == 0)
        REQUIRE(QProcess::execute(QStringLiteral("chown"), {QStringLiteral("nobody"), m_dir.path()}) == 0);
    REQUIRE(runAsServerUser(m_bin + QStringLiteral("/initdb"),
                {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("secondsale"), QStringLiteral("-A"),
                    QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync"),
                    QStringLiteral("--no-instructions")})
        == 0);
    start();
    auto admin = db::sync::PgConnection::connect([this] {
        auto e = endpoint();
        e.database = QStringLiteral("postgres");
        return e;
    }());
    REQUIRE(admin);
    REQUIRE(admin->exec("CREATE DATABASE secondsale"));
}

PgTestServer::~PgTestServer()
{
    stop();
}

int PgTestServer::runAsServerUser(const QString& program, const QStringList& arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0)
        process.start(QStringLiteral("runuser"),
            QStringList {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program} + arguments);
    else
        process.start(program, arguments);
    process.waitForFinished(120000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        WARN("postgres: " << process.readAll().toStdString());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void PgTestServer::start()
{
    if (m_running)
        return;
    // No TCP at all (listen_addresses=''): parallel tests cannot collide on a port.
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories=%1 -p %2 -c fsync=off")
                                .arg(m_dir.path())
                                .arg(m_port);
    REQUIRE(runAsServerUser(m_bin + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                    m_dir.file(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("start")})
        == 0);
    m_running = true;
}

void PgTestServer::stop()
{
    if (!m_running)
        return;
    (void)runAsServerUser(m_bin + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
            QStringLiteral("stop")});
    m_running = false;
}

db::sync::CentralEndpoint PgTestServer::endpoint() const
{
    db::sync::CentralEndpoint endpoint;
    endpoint.host = m_dir.path();
    endpoint.port = m_port;
    endpoint.sslMode = QStringLiteral("disable"); // a Unix socket on this machine: nothing to encrypt
    return endpoint;
}

db::sync::CentralEndpoint PgTestServer::unreachable() const
{
    db::sync::CentralEndpoint endpoint = this->endpoint();
    endpoint.host = m_dir.file(QStringLiteral("no-such-socket-dir"));
    return endpoint;
}

} // namespace ss::test
