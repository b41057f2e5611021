// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTestServer.h"

#include <QDir>
#include <QFile>
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

PgTestServer::PgTestServer(Transport transport)
    : m_bin(serverBinDir())
    , m_data(m_dir.file(QStringLiteral("data")))
    , m_port(20000 + static_cast<int>(QRandomGenerator::global()->bounded(20000)))
    , m_transport(transport)
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
    if (m_transport == Transport::Tls)
        makeCertificates();
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
    // Over the socket: no TCP at all (listen_addresses=''), so parallel tests cannot collide on a port.
    QString options = QStringLiteral("-c unix_socket_directories=%1 -p %2 -c fsync=off").arg(m_dir.path()).arg(m_port);
    options += m_transport == Transport::Tls
        ? QStringLiteral(" -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=%1 -c ssl_key_file=%2")
              .arg(m_dir.file(QStringLiteral("server.pem")), m_dir.file(QStringLiteral("server.key")))
        : QStringLiteral(" -c listen_addresses=''");
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
    endpoint.port = m_port;
    if (m_transport == Transport::Tls) {
        endpoint.host = QStringLiteral("localhost");
        endpoint.sslMode = QStringLiteral("verify-full");
        endpoint.sslRootCert = caFile();
        return endpoint;
    }
    endpoint.host = m_dir.path();
    endpoint.sslMode = QStringLiteral("disable"); // a Unix socket on this machine: nothing to encrypt
    return endpoint;
}

int PgTestServer::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        WARN(program.toStdString() << ": " << process.readAll().toStdString());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void PgTestServer::makeCertificates()
{
    const auto file = [this](const char* name) { return m_dir.file(QString::fromLatin1(name)); };
    const QString openssl = QStringLiteral("openssl");
    // A CA of the test's own, and a server certificate for "localhost" it signs.
    REQUIRE(run(openssl,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=SecondSale test CA"), QStringLiteral("-keyout"), file("ca.key"),
                    QStringLiteral("-out"), file("ca.pem")})
        == 0);
    REQUIRE(run(openssl,
                {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-keyout"),
                    file("server.key"), QStringLiteral("-out"), file("server.csr")})
        == 0);
    QFile extensions(file("server.ext"));
    REQUIRE(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName = DNS:localhost\n");
    extensions.close();
    REQUIRE(run(openssl,
                {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), file("server.csr"),
                    QStringLiteral("-CA"), file("ca.pem"), QStringLiteral("-CAkey"), file("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), file("server.ext"), QStringLiteral("-out"), file("server.pem")})
        == 0);
    // The server refuses a key others may read; under root the server runs as nobody, who must own it.
    QFile::setPermissions(file("server.key"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (::geteuid() == 0) {
        REQUIRE(QProcess::execute(QStringLiteral("chown"),
                    {QStringLiteral("nobody"), file("server.key"), file("server.pem"), file("ca.pem")})
            == 0);
    }
}

QString PgTestServer::strangerCaFile() const
{
    const QString key = m_dir.file(QStringLiteral("stranger.key"));
    const QString pem = m_dir.file(QStringLiteral("stranger.pem"));
    REQUIRE(run(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Somebody else"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), pem})
        == 0);
    return pem;
}

db::sync::CentralEndpoint PgTestServer::unreachable() const
{
    db::sync::CentralEndpoint endpoint = this->endpoint();
    endpoint.host = m_dir.file(QStringLiteral("no-such-socket-dir"));
    return endpoint;
}

} // namespace ss::test
