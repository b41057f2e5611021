// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "SqlCatalog.h"
#include "SqlCustomerRecords.h"
#include "SqlCustomers.h"
#include "SqlSales.h"
#include "SqlShifts.h"
#include "SqlStaff.h"
#include "sale/CheckoutSession.h"
#include "store/StoreProfile.h"

namespace ss::app {

/// Everything one till needs once its store is open: the storage adapters and the checkout session,
/// built in dependency order and destroyed in reverse.
class TillContext final
{
public:
    TillContext(db::DbWorker& worker, const core::StoreProfile& profile)
        : catalog(worker)
        , sales(worker, clock)
        , staff(worker)
        , shifts(worker, clock, profile.terminalId)
        , customers(worker, clock)
        , customerRecords(worker, clock)
        , session(catalog, sales, clock, core::CheckoutContext {profile.terminalId, profile.currency, {}})
    { }

    core::SystemClock clock;
    db::SqlCatalog catalog;
    db::SqlSales sales;
    db::SqlStaff staff;
    db::SqlShifts shifts;
    db::SqlCustomers customers;
    db::SqlCustomerRecords customerRecords;
    core::CheckoutSession session;
};

} // namespace ss::app
