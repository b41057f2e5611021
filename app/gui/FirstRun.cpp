// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRun.h"

#include "DbWorker.h"
#include "ErrorText.h"
#include "KeyringKeySource.h"
#include "SyncSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFirstRun, "secondsale.firstrun")

namespace ss::app {

FirstRun::FirstRun(
    db::DbWorker& database, QString storePath, KeyringKeySource& keyring, ui::SetupPorts ports, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_storePath(std::move(storePath))
    , m_keyring(keyring)
    , m_wizard(std::make_unique<ui::SetupWizard>(std::move(ports)))
{
    connect(m_wizard.get(), &ui::SetupWizard::createRequested, this, &FirstRun::create);
    connect(m_wizard.get(), &ui::SetupWizard::restoreRequested, this, &FirstRun::restore);
    connect(m_wizard.get(), &ui::SetupWizard::demoRequested, this, [this] {
        m_wizard->finishSucceeded();
        emit demoChosen();
    });
    connect(m_wizard.get(), &QWizard::rejected, this, &FirstRun::cancelled);
}

FirstRun::~FirstRun() = default;

void FirstRun::start()
{
    m_wizard->show();
}

void FirstRun::failed(const core::Error& error)
{
    qCWarning(lcFirstRun) << "set-up failed:" << error.detail;
    // A refused setup names what to change; anything else gets the usual words for its code.
    m_wizard->finishFailed(
        error.code == core::ErrorCode::InvalidArgument ? error.detail : ErrorText::describe(error.code));
}

void FirstRun::create(const core::StoreSetup& setup)
{
    if (!QDir().mkpath(QFileInfo(m_storePath).absolutePath())) {
        failed(core::Error {core::ErrorCode::Io, QStringLiteral("cannot make the data folder")});
        return;
    }
    if (setup.keyKeeping == core::KeyKeeping::Passphrase) {
        createStore(setup);
        return;
    }
    // The key goes into the keyring first: a store whose key is nowhere must never exist.
    auto written = std::make_shared<QMetaObject::Connection>();
    auto refused = std::make_shared<QMetaObject::Connection>();
    auto disconnectBoth = [written, refused] {
        QObject::disconnect(*written);
        QObject::disconnect(*refused);
    };
    *written = connect(&m_keyring, &KeyringKeySource::written, this, [this, setup, disconnectBoth] {
        disconnectBoth();
        createStore(setup);
    });
    *refused = connect(&m_keyring, &KeyringKeySource::writeFailed, this, [this, disconnectBoth](const QString& why) {
        disconnectBoth();
        qCWarning(lcFirstRun) << "keyring refused the key:" << why;
        m_wizard->finishFailed(tr("This computer's keyring could not keep the store's key. Go back to the key "
                                  "page and choose a passphrase instead."));
    });
    m_keyring.write(m_storePath, setup.key);
}

void FirstRun::createStore(const core::StoreSetup& setup)
{
    m_database.create(m_storePath, setup).then(this, [this, setup](const core::Result<core::StoreOverview>& opened) {
        if (!opened) {
            failed(opened.error());
            return;
        }
        m_storeKey = setup.key;
        m_syncSetup = setup.sync;
        if (setup.sync.enabled) {
            saveSyncSettings(setup.sync);
            // The password only in the keyring; the till has it in memory for this first run.
            m_keyring.writeEntry(
                syncKeyringEntry({setup.sync.shop, opened->profile.terminalId}), setup.sync.password.toUtf8());
        }
        m_wizard->finishSucceeded();
        emit storeOpened(*opened, setup.devices);
    });
}

void FirstRun::restore(const QString& backupFile, const QByteArray& key)
{
    if (!QDir().mkpath(QFileInfo(m_storePath).absolutePath())) {
        failed(core::Error {core::ErrorCode::Io, QStringLiteral("cannot make the data folder")});
        return;
    }
    m_database.restoreAndOpen(backupFile, key, m_storePath)
        .then(this, [this, key](const core::Result<core::StoreOverview>& opened) {
            if (!opened) {
                failed(opened.error());
                return;
            }
            m_storeKey = key;
            m_wizard->finishSucceeded();
            emit storeOpened(*opened, std::nullopt);
        });
}

} // namespace ss::app
