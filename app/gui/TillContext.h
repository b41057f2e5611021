// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupScheduler.h"
#include "Clock.h"
#include "SqlBackOffice.h"
#include "SqlCatalog.h"
#include "SqlCustomerRecords.h"
#include "SqlCustomers.h"
#include "SqlOfferRules.h"
#include "SqlPrintQueue.h"
#include "SqlReports.h"
#include "SqlSales.h"
#include "SqlShifts.h"
#include "SqlStaff.h"
#include "SqlStoreSettings.h"
#include "TillPorts.h"
#include "ports/BarcodeScanner.h"
#include "ports/DeviceInventory.h"
#include "ports/PosPrinter.h"
#include "print/PrintSpooler.h"
#include "sale/CheckoutSession.h"
#include "store/StoreProfile.h"

#include <memory>

namespace ss::app {

/// Everything one till needs once its store is open: the storage adapters and the checkout session,
/// built in dependency order and destroyed in reverse.
class TillContext final
{
public:
    /// `printer` is the receipt printer the app chose (USB, or the virtual one); the till owns it.
    TillContext(db::DbWorker& worker, const core::StoreProfile& profile,
        std::unique_ptr<core::PosPrinter> chosenPrinter, std::unique_ptr<core::BarcodeScanner> chosenScanner,
        core::DeviceInventoryPort* deviceSettings = nullptr)
        : catalog(worker)
        , sales(worker, clock)
        , staff(worker)
        , shifts(worker, clock, profile.terminalId)
        , customers(worker, clock)
        , customerRecords(worker, clock)
        , session(catalog, sales, clock, core::CheckoutContext {profile.terminalId, profile.currency, {}})
        , printQueue(worker, clock)
        , offerRules(worker, clock)
        , reports(worker, clock)
        , printer(std::move(chosenPrinter))
        , spooler(printQueue, *printer)
        , scanner(std::move(chosenScanner))
        , devices(deviceSettings)
        , backups(worker)
        , backOffice(worker)
        , settings(worker)
    {
        // A committed sale's receipt is in the queue: print it. The drawer opens at the commit
        // itself, whatever the printer's paper is doing.
        QObject::connect(&session, &core::CheckoutSession::saleCommitted, &spooler, &core::PrintSpooler::wake);
        QObject::connect(
            &session, &core::CheckoutSession::drawerOpenRequested, printer.get(), &core::PosPrinter::openDrawer);
        spooler.wake(); // whatever was left unprinted when the app last stopped
        backups.start();
    }

    [[nodiscard]] ui::TillPorts ports()
    {
        return {session, catalog, staff, sales, shifts, customers, customerRecords, printQueue, spooler, *printer,
            scanner.get(), devices, &offerRules, {}, 48, &reports, &backups, &backOffice, &settings};
    }

    core::SystemClock clock;
    db::SqlCatalog catalog;
    db::SqlSales sales;
    db::SqlStaff staff;
    db::SqlShifts shifts;
    db::SqlCustomers customers;
    db::SqlCustomerRecords customerRecords;
    core::CheckoutSession session;
    db::SqlPrintQueue printQueue;
    db::SqlOfferRules offerRules;
    db::SqlReports reports;
    std::unique_ptr<core::PosPrinter> printer;
    core::PrintSpooler spooler;
    std::unique_ptr<core::BarcodeScanner> scanner; ///< Null without a USB scanner.
    core::DeviceInventoryPort* devices; ///< Owned by the app's start-up.
    BackupScheduler backups;
    db::SqlBackOffice backOffice;
    db::SqlStoreSettings settings;
};

} // namespace ss::app
