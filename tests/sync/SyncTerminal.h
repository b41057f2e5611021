// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CentralCoupons.h"
#include "CentralSchema.h"
#include "DbTestSupport.h"
#include "DbWorker.h"
#include "SqlCatalog.h"
#include "SqlSales.h"
#include "SqlStaff.h"
#include "StoreSetupWriter.h"
#include "SyncRound.h"
#include "WorkerQueries.h"
#include "sale/CheckoutSession.h"

#include <memory>
#include <optional>

namespace ss::test {

/// One till as the app runs it: its own SQLCipher file, the database thread, the checkout session,
/// and the sync service's own connection to the same file, pointed at a central PostgreSQL.
struct SyncTerminal
{
    enum class Start { DemoHistory, NewStore };

    TempDir dir;
    QString path;
    db::DbWorker worker;
    WorkerQueries queries {worker};
    core::SystemClock clock;
    db::SqlCatalog catalog {worker};
    db::SqlSales sales {worker, clock};
    db::SqlStaff staff {worker};
    db::sync::TerminalIdentity identity;
    std::unique_ptr<core::CheckoutSession> session;
    std::optional<db::Connection> syncStore;
    db::sync::CentralEndpoint endpoint;

    std::vector<core::CommittedSale> committed;
    std::vector<core::Error> failures;
    std::vector<core::CouponRefusal> refusals;
    int couponsApplied = 0;

    SyncTerminal(Start start, const QString& terminalId, const db::sync::CentralEndpoint& central,
        const QString& shop = QStringLiteral("HIGHST"))
        : identity {shop, terminalId}
        , endpoint(central)
    {
        if (start == Start::DemoHistory) {
            path = makeTinyStore(dir);
        } else {
            path = dir.file(QStringLiteral("new.db"));
            core::StoreSetup setup;
            setup.profile = testProfile();
            setup.profile.terminalId = terminalId;
            setup.taxRates = core::StoreSetupRules::defaultTaxRates(QStringLiteral("GB"));
            setup.ownerName = QStringLiteral("Ada Wheeler");
            setup.ownerPin = QStringLiteral("8642");
            setup.keyKeeping = core::KeyKeeping::Passphrase;
            setup.key = kTestKey;
            REQUIRE(db::createConfiguredStore(path, setup));
        }
        auto opened = worker.open(path, kTestKey);
        opened.waitForFinished();
        REQUIRE(opened.result());
        auto own = db::openStore(path, kTestKey);
        REQUIRE(own);
        syncStore.emplace(std::move(*own));
        session = std::make_unique<core::CheckoutSession>(
            catalog, sales, clock, core::CheckoutContext {terminalId, QStringLiteral("GBP"), {}});
        QObject::connect(session.get(), &core::CheckoutSession::saleCommitted,
            [this](const core::CommittedSale& sale) { committed.push_back(sale); });
        QObject::connect(session.get(), &core::CheckoutSession::saleFailed,
            [this](const core::Error& error) { failures.push_back(error); });
        QObject::connect(session.get(), &core::CheckoutSession::couponRefused,
            [this](core::CouponRefusal why, const core::CouponLookup&) { refusals.push_back(why); });
        QObject::connect(session.get(), &core::CheckoutSession::couponApplied,
            [this](const core::CouponLookup&) { ++couponsApplied; });
        connectCoupons(central);
        logIn(start == Start::DemoHistory ? core::Role::Cashier : core::Role::Owner,
            start == Start::DemoHistory ? QStringLiteral("1357") : QStringLiteral("8642"));
    }

    ~SyncTerminal() { worker.drain(); }

    /// Points the coupon check (and the next sync rounds) at `central`: the real server, or nowhere.
    void connectCoupons(
        const db::sync::CentralEndpoint& central, core::OfflineCouponRule offlineRule = core::OfflineCouponRule::Accept)
    {
        endpoint = central;
        db::sync::CentralCoupons::Options options;
        options.retryAfter = std::chrono::seconds(0);
        options.offlineRule = offlineRule;
        sales.setCouponClaims(std::make_shared<db::sync::CentralCoupons>(central, identity, options));
    }

    /// One sync round as the service runs it: connect, make sure of the schema, push, pull.
    core::Result<db::sync::RoundResult> sync()
    {
        auto central = db::sync::PgConnection::connect(endpoint);
        if (!central) {
            (void)db::sync::noteSyncFailure(*syncStore, central.error().detail);
            return std::unexpected(central.error());
        }
        if (auto joined = db::sync::joinCentral(*central, *syncStore, identity); !joined)
            return std::unexpected(joined.error());
        return db::sync::syncRound(*syncStore, *central, identity);
    }

    void logIn(core::Role role, const QString& pin)
    {
        auto people = staff.activeStaff();
        people.waitForFinished();
        REQUIRE(people.result());
        const std::vector<core::CashierRecord> list = *people.result();
        const auto member
            = std::find_if(list.begin(), list.end(), [role](const core::CashierRecord& c) { return c.role == role; });
        REQUIRE(member != list.end());
        auto verified = staff.verifyPin(member->uid, pin);
        verified.waitForFinished();
        REQUIRE(verified.result());
        REQUIRE(verified.result()->has_value());
        session->setCashier(**verified.result());
    }

    /// Rings up one item by barcode, with a coupon code if given, and pays by card. The commit's
    /// answer (a sale or a failure) has arrived when this returns.
    void sell(const QString& barcode, const QString& couponCode = {})
    {
        const std::size_t before = committed.size() + failures.size();
        const std::size_t failedBefore = failures.size();
        session->scan({barcode, core::Symbology::Ean13});
        REQUIRE(waitUntil([&] { return !session->cart().isEmpty(); }));
        if (!couponCode.isEmpty()) {
            const int applied = couponsApplied;
            const std::size_t refused = refusals.size();
            session->scan({couponCode, core::Symbology::Code128});
            REQUIRE(waitUntil([&] { return couponsApplied > applied || refusals.size() > refused; }));
            if (refusals.size() > refused) {
                session->voidSale();
                return;
            }
        }
        REQUIRE(session->beginTender());
        REQUIRE(session->tendering()->addCard(session->tendering()->due()));
        REQUIRE(session->completeSale());
        REQUIRE(waitUntil([&] { return committed.size() + failures.size() == before + 1; }));
        if (failures.size() > failedBefore)
            session->voidSale(); // a failed commit keeps the cart; the cashier starts again
    }

    qint64 count(const std::string& sql) { return queries.count(sql); }
    QString text(const std::string& sql) { return queries.text(sql); }
};

} // namespace ss::test
