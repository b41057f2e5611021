// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "TillPorts.h"
#include "customers/CaptureMode.h"
#include "ports/CustomerPort.h"
#include "scan/ScanEvent.h"
#include "staff/Role.h"
#include "store/StoreProfile.h"
#include "store/StoreSettings.h"
#include "sync/SyncStatus.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTableView;

namespace ss::core {
class CatalogPort;
class CheckoutSession;
class SalesPort;
class ShiftPort;
class StaffPort;
struct CommittedSale;
} // namespace ss::core

namespace ss::ui {

class CartModel;
class WedgeScannerFilter;

/// The cashier's screen: scan or search, the cart, big totals, and every action on a key.
/// Scans are taken application-wide while the screen is shown, whatever has focus.
class CheckoutScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutScreen)

public:
    CheckoutScreen(const TillPorts& ports, const core::StoreProfile& profile, core::CaptureMode captureMode,
        QWidget* parent = nullptr);
    ~CheckoutScreen() override;

    void setCashierName(const QString& name);
    /// Takes the owner's settings at once: when to ask for the customer, the receipt logo, the
    /// dashboard's segments and a new offer's validity. Receipts read the rest from the store.
    void applySettings(const core::StoreSettings& settings);

    /// The sync with the other tills: hidden on a till that works alone; otherwise when it last
    /// synced, what waits to go, and a double-redeemed coupon for the owner to look at.
    void showSyncStatus(const core::SyncStatus& status);

signals:
    void logOutRequested();
    /// The cashier asked for a sync round now, not at the next timed one.
    void syncRequested();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildLayout();
    void connectSession();
    void onScan(const core::ScanEvent& event);
    void submitEntry();
    void searchNow();
    void addFromSearch(QListWidgetItem* item);
    void updateTotals();
    void showMessage(const QString& text, bool problem);
    void showSyncNowReady();
    [[nodiscard]] std::optional<std::size_t> selectedLine() const;
    /// Runs `action` with the cashier's own authority; if that needs a manager, asks for one and
    /// runs it again with the approver's role.
    void withApproval(const QString& what, const std::function<core::Result<void>(std::optional<core::Role>)>& action);
    void report(const core::Result<void>& result);
    void present(QDialog* dialog);

    void openTender();
    void openDiscount();
    void changeQuantity();
    void voidSelected();
    void overridePrice();
    void voidSale();
    void suspendSale();
    void resumeSale();
    void openRefund(const QString& receiptNumber = {});
    void noSale();
    void openShift();
    void addUnknownProduct();
    void openCapture(bool thenTender);
    void startTender();
    void refreshCaptureCounts();
    void showCustomer();
    void openCustomerRecords();
    void reprint();
    void openDevices();
    void openOffers();
    void openDashboard();
    void openBackups();
    void openBackOffice();
    void showPrinterState();

    core::CheckoutSession& m_session;
    core::CatalogPort& m_catalog;
    core::StaffPort& m_staff;
    core::SalesPort& m_sales;
    core::ShiftPort& m_shifts;
    core::CustomerPort& m_customers;
    core::CustomerRecordsPort& m_customerRecords;
    core::PrintQueuePort& m_printQueue;
    core::PrintSpooler& m_spooler;
    core::PosPrinter& m_printer;
    core::BarcodeScanner* m_usbScanner = nullptr;
    core::DeviceInventoryPort* m_devices = nullptr;
    core::OfferRulesPort* m_offerRules = nullptr;
    core::ReportsPort* m_reports = nullptr;
    core::BackupPort* m_backups = nullptr;
    core::ChainReportsPort* m_chainReports = nullptr;
    core::BackOfficePort* m_backOffice = nullptr;
    core::StoreSettingsPort* m_settings = nullptr;
    std::function<core::PrintedReceipt(const core::ReceiptDocument&)> m_printPreview;
    int m_printerColumns = 48;
    QString m_lastReceipt;
    QLabel* m_printerStatus = nullptr;
    QLabel* m_syncStatus = nullptr;
    QPushButton* m_syncNow = nullptr;
    QString m_storeName;
    QString m_currency;
    QString m_region;
    core::CaptureMode m_captureMode;
    core::reports::SegmentThresholds m_segments;
    int m_couponValidDays = core::CouponDefaults {}.validDays;
    bool m_logoFromSettings = false; ///< Else the logo (if any) came from a file named at start.
    bool m_captureAsked = false;
    std::optional<core::CustomerMatch> m_customer;
    QLabel* m_customerLabel = nullptr;
    QLabel* m_captureCounts = nullptr;
    CartModel* m_model = nullptr;
    WedgeScannerFilter* m_scanner = nullptr;
    QLabel* m_cashier = nullptr;
    QLineEdit* m_entry = nullptr;
    QListWidget* m_results = nullptr;
    QTableView* m_cart = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_addUnknown = nullptr;
    QString m_unknownCode;
    QLabel* m_items = nullptr;
    QLabel* m_subtotal = nullptr;
    QLabel* m_discount = nullptr;
    QLabel* m_tax = nullptr;
    QLabel* m_total = nullptr;
    QTimer m_searchDelay;
    quint64 m_searchGeneration = 0;
};

} // namespace ss::ui
