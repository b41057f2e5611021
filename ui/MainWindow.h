// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TillPorts.h"
#include "customers/CaptureMode.h"
#include "store/StoreProfile.h"
#include "store/StoreSettings.h"
#include "sync/SyncStatus.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace ss::core {
class CatalogPort;
class CheckoutSession;
class SalesPort;
class ShiftPort;
class StaffPort;
} // namespace ss::core

namespace ss::ui {

class CheckoutScreen;
class LoginScreen;

/// The terminal's main window. For now it shows which store is open and what it holds; the checkout
/// and owner screens plug into it. It never touches storage: the app hands it results.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

public slots:
    /// While the store opens on the database thread.
    void showOpening(const QString& storeFile);
    void showStore(const ss::core::StoreOverview& overview);
    /// A start-up failure, already in words for people (the app translates the error code).
    void showStartupError(const QString& message);

public:
    /// Puts the till on screen: the log-in first, then the checkout. The window does not own the
    /// session or the ports; stopTill() must run before they are destroyed.
    void startTill(const TillPorts& ports, const core::StoreProfile& profile, core::CaptureMode captureMode);
    void stopTill();
    /// The owner's settings as read at start (the checkout also hears of later saves itself).
    void applySettings(const core::StoreSettings& settings);
    void showSyncStatus(const core::SyncStatus& status);

signals:
    /// Someone at the till asked for a sync round now.
    void syncRequested();

private:
    QStackedWidget* m_pages = nullptr;
    QWidget* m_overview = nullptr;
    LoginScreen* m_login = nullptr;
    CheckoutScreen* m_checkout = nullptr;
    core::CheckoutSession* m_session = nullptr;
    QLabel* m_storeName = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_demoBanner = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_status = nullptr;
    core::SyncStatus m_syncStatus; ///< The last report of the sync service (none: works alone).
};

} // namespace ss::ui
