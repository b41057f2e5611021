// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeySource.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ss::app {

core::Result<QByteArray> readKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::fail(core::ErrorCode::Io, QStringLiteral("cannot read the key file"));
    QByteArray key = file.read(4096);
    while (key.endsWith('\n') || key.endsWith('\r'))
        key.chop(1);
    if (key.isEmpty())
        return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("the key file is empty"));
    return key;
}

core::Result<QByteArray> scriptKey(const QString& keyFile, const char* environmentVariable)
{
    if (!keyFile.isEmpty())
        return readKeyFile(keyFile);
    const QByteArray fromEnvironment = qgetenv(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return core::fail(core::ErrorCode::NotFound, QStringLiteral("no key given"));
}

namespace {
QString dataFile(const QString& name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(name);
}
} // namespace

QString defaultStorePath()
{
    return dataFile(QStringLiteral("secondsale.db"));
}

QString defaultDemoStorePath()
{
    return dataFile(QStringLiteral("secondsale-demo.db"));
}

} // namespace ss::app
