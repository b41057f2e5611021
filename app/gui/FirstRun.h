// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SetupWizard.h"
#include "store/StoreProfile.h"

#include <QObject>

#include <memory>
#include <optional>

namespace ss::db {
class DbWorker;
}

namespace ss::app {

class KeyringKeySource;

/// The first start on a terminal with no store: shows the set-up wizard and does what it asks —
/// keeps a new store's key in the keyring (before the store exists, so a store is never left without
/// its key), creates and opens the store, or restores a backup — reporting failures back to the
/// wizard, which stays open with everything typed.
class FirstRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRun)

public:
    FirstRun(db::DbWorker& database, QString storePath, KeyringKeySource& keyring, ui::SetupPorts ports,
        QObject* parent = nullptr);
    ~FirstRun() override;

    void start();
    [[nodiscard]] ui::SetupWizard& wizard() const { return *m_wizard; }
    /// Once storeOpened: the key the store was made or restored with (the sync service opens its own
    /// connection with it), and the other tills' settings from the last page.
    [[nodiscard]] const QByteArray& storeKey() const { return m_storeKey; }
    [[nodiscard]] const core::SyncSetup& syncSetup() const { return m_syncSetup; }

signals:
    /// The store is open on the database thread; `devices` is the printer chosen in the wizard
    /// (none after a restore: the terminal keeps its saved choice).
    void storeOpened(const ss::core::StoreOverview& overview, const std::optional<ss::core::DeviceSettings>& devices);
    void demoChosen();
    void cancelled();

private:
    void create(const core::StoreSetup& setup);
    void createStore(const core::StoreSetup& setup);
    void restore(const QString& backupFile, const QByteArray& key);
    void failed(const core::Error& error);

    db::DbWorker& m_database;
    QString m_storePath;
    KeyringKeySource& m_keyring;
    std::unique_ptr<ui::SetupWizard> m_wizard;
    QByteArray m_storeKey;
    core::SyncSetup m_syncSetup;
};

} // namespace ss::app
