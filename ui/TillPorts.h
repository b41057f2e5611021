// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace ss::core {
class BackOfficePort;
class BackupPort;
class BarcodeScanner;
class ChainReportsPort;
class CatalogPort;
class CheckoutSession;
class CustomerPort;
class CustomerRecordsPort;
class DeviceInventoryPort;
class OfferRulesPort;
struct PrintedReceipt;
struct ReceiptDocument;
class PosPrinter;
class PrintQueuePort;
class PrintSpooler;
class ReportsPort;
class SalesPort;
class ShiftPort;
class StaffPort;
class StoreSettingsPort;
} // namespace ss::core

namespace ss::ui {

/// What the till's screens work with: the checkout session and the storage ports, owned by the app.
struct TillPorts
{
    core::CheckoutSession& session;
    core::CatalogPort& catalog;
    core::StaffPort& staff;
    core::SalesPort& sales;
    core::ShiftPort& shifts;
    core::CustomerPort& customers;
    core::CustomerRecordsPort& customerRecords; ///< Manager and owner screens only.
    core::PrintQueuePort& printQueue;
    core::PrintSpooler& spooler;
    core::PosPrinter& printer;
    core::BarcodeScanner* scanner = nullptr; ///< A USB scanner, when there is one; wedge scanners need none.
    core::DeviceInventoryPort* devices = nullptr; ///< The device settings; null where there are none (tests).
    core::OfferRulesPort* offerRules = nullptr; ///< The owner's offers; null where there are none.
    /// What the printer in use prints for a document (its encoder read back), for previews.
    std::function<core::PrintedReceipt(const core::ReceiptDocument&)> printPreview;
    int printerColumns = 48;
    core::ReportsPort* reports = nullptr; ///< The owner's dashboard; null where there is none.
    core::BackupPort* backups = nullptr; ///< Scheduled backups (the owner's); null where there are none.
    core::BackOfficePort* backOffice = nullptr; ///< Catalogue import/export; null where there is none.
    core::StoreSettingsPort* settings = nullptr; ///< The owner's store settings; null where there are none.
    core::ChainReportsPort* chainReports = nullptr; ///< All shops' figures; null on a till that works alone.
};

} // namespace ss::ui
