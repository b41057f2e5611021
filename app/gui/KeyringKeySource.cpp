// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyringKeySource.h"

#include <QFileInfo>

#ifdef SECONDSALE_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace ss::app {

KeyringKeySource::KeyringKeySource(QObject* parent)
    : QObject(parent)
{ }

KeyringKeySource::~KeyringKeySource() = default;

void KeyringKeySource::read(const QString& storePath)
{
    readEntry(QFileInfo(storePath).absoluteFilePath());
}

void KeyringKeySource::readEntry(const QString& entry)
{
#ifdef SECONDSALE_HAVE_QTKEYCHAIN
    // The job deletes itself after finished(); it is parented to us so it cannot outlive us either.
    auto* job = new QKeychain::ReadPasswordJob(QStringLiteral("SecondSale"), this);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (readJob->error() != QKeychain::NoError || readJob->binaryData().isEmpty())
            emit unavailable(readJob->errorString());
        else
            emit found(readJob->binaryData());
    });
    job->start();
#else
    Q_UNUSED(entry);
    QMetaObject::invokeMethod(
        this, [this] { emit unavailable(QStringLiteral("built without qtkeychain")); }, Qt::QueuedConnection);
#endif
}

void KeyringKeySource::write(const QString& storePath, const QByteArray& key)
{
    writeEntry(QFileInfo(storePath).absoluteFilePath(), key);
}

void KeyringKeySource::writeEntry(const QString& entry, const QByteArray& secret)
{
#ifdef SECONDSALE_HAVE_QTKEYCHAIN
    auto* job = new QKeychain::WritePasswordJob(QStringLiteral("SecondSale"), this);
    job->setKey(entry);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            emit writeFailed(finished->errorString());
        else
            emit written();
    });
    job->start();
#else
    Q_UNUSED(entry);
    Q_UNUSED(secret);
    QMetaObject::invokeMethod(
        this, [this] { emit writeFailed(QStringLiteral("built without qtkeychain")); }, Qt::QueuedConnection);
#endif
}

QString KeyringKeySource::unavailableReason()
{
#ifdef SECONDSALE_HAVE_QTKEYCHAIN
    return {};
#else
    return tr("This copy of SecondSale was built without keyring support: choose a passphrase.");
#endif
}

} // namespace ss::app
