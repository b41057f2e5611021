// SPDX-License-Identifier: GPL-3.0-or-later
// The owner's settings on a real store: validated against the store as it is, saved whole,
// audited, and the manager permissions they hold enforced by the store itself.
#include "ActingStaff.h"
#include "CatalogAdmin.h"
#include "DbTestSupport.h"
#include "StaffAccounts.h"
#include "Statement.h"
#include "StockLedger.h"
#include "StoreSettingsStore.h"

#include <catch2/catch.hpp>

using namespace ss;

namespace {

core::TaxClassSetting* findClass(core::StoreSettings& settings, const char* code)
{
    for (auto& c : settings.taxClasses) {
        if (c.rate.code == QLatin1String(code))
            return &c;
    }
    return nullptr;
}
} // namespace

TEST_CASE("Store settings: read whole, saved whole by the owner, audited, refused when they break the store",
    "[db][settings]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    const QString owner = test::staffUid(*store, "owner");
    const QString manager = test::staffUid(*store, "manager");

    auto current = db::readStoreSettings(*store);
    REQUIRE(current);
    REQUIRE_FALSE(current->taxClasses.empty());
    CHECK(current->permissions == core::RolePermissions::defaults());
    CHECK(current->coupons.perReceipt == 1);

    core::StoreSettings next = *current;
    next.profile.name = QStringLiteral("Hobby Corner");
    next.profile.taxRegistration = QStringLiteral("GB 123 4567 89");
    next.captureMode = core::CaptureMode::EverySale;
    next.coupons.perReceipt = 2;
    next.segments = {14, 60, 120};
    next.taxClasses.push_back({{QStringLiteral("books"), QStringLiteral("Books"), 0, true}, 0});

    // Saving is the owner's: a manager could otherwise grant themselves anything.
    CHECK(db::saveStoreSettings(*store, manager, next).error().code == core::ErrorCode::PermissionDenied);
    CHECK(db::readStoreSettings(*store)->profile.name == current->profile.name);

    auto changed = db::saveStoreSettings(*store, owner, next);
    REQUIRE(changed);
    CHECK(*changed
        == QStringList {QStringLiteral("store_name"), QStringLiteral("tax_registration"),
            QStringLiteral("tax_class_added:books"), QStringLiteral("capture_mode"), QStringLiteral("coupon_defaults"),
            QStringLiteral("segments")});
    auto reread = db::readStoreSettings(*store);
    REQUIRE(reread);
    CHECK(reread->profile.name == QStringLiteral("Hobby Corner"));
    CHECK(reread->profile.taxRegistration == QStringLiteral("GB 123 4567 89"));
    CHECK(reread->captureMode == core::CaptureMode::EverySale);
    CHECK(reread->segments == core::reports::SegmentThresholds {14, 60, 120});
    CHECK(db::couponsPerReceipt(*store).value() == 2);
    REQUIRE(findClass(*reread, "books"));
    CHECK(store->queryText("SELECT detail FROM audit_log WHERE action = 'settings_changed'", u"t").value()
        == changed->join(u','));

    // Saving the same again changes and audits nothing.
    CHECK(db::saveStoreSettings(*store, owner, *reread).value().isEmpty());
    CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE action = 'settings_changed'", u"t").value() == 1);

    SECTION("a tax class products use cannot be removed, and nothing else of the change is saved")
    {
        core::StoreSettings broken = *reread;
        const auto used = std::find_if(broken.taxClasses.begin(), broken.taxClasses.end(),
            [](const core::TaxClassSetting& c) { return c.productCount > 0; });
        REQUIRE(used != broken.taxClasses.end());
        const QString usedCode = used->rate.code;
        broken.taxClasses.erase(used);
        broken.profile.name = QStringLiteral("Changed too");
        auto refused = db::saveStoreSettings(*store, owner, broken);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == core::ErrorCode::InvalidArgument);
        CHECK(refused.error().detail.contains(usedCode));
        CHECK(db::readStoreSettings(*store)->profile.name == QStringLiteral("Hobby Corner"));
    }
    SECTION("an unused class is removed and a rate changes; the till number and a sold-in currency stay")
    {
        core::StoreSettings edit = *reread;
        edit.taxClasses.erase(std::find_if(edit.taxClasses.begin(), edit.taxClasses.end(),
            [](const core::TaxClassSetting& c) { return c.rate.code == QStringLiteral("books"); }));
        edit.taxClasses.front().rate.rateBasisPoints = 2100;
        REQUIRE(db::saveStoreSettings(*store, owner, edit));
        auto after = db::readStoreSettings(*store);
        CHECK_FALSE(findClass(*after, "books"));
        CHECK(after->taxClasses.front().rate.rateBasisPoints == 2100);

        core::StoreSettings renumbered = *after;
        renumbered.profile.terminalId = QStringLiteral("T99");
        CHECK(db::saveStoreSettings(*store, owner, renumbered).error().code == core::ErrorCode::InvalidArgument);
        if (after->hasSales) {
            core::StoreSettings recurrency = *after;
            recurrency.profile.currency
                = after->profile.currency == u"EUR" ? QStringLiteral("GBP") : QStringLiteral("EUR");
            CHECK(db::saveStoreSettings(*store, owner, recurrency).error().code == core::ErrorCode::InvalidArgument);
        }
    }
}

TEST_CASE("Manager permissions: what the owner takes away, the store refuses; the owner keeps everything",
    "[db][settings][permissions]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    const QString owner = test::staffUid(*store, "owner");
    const QString manager = test::staffUid(*store, "manager");
    const QString cashier = test::staffUid(*store, "cashier");
    const QString product = store->queryText("SELECT uid FROM products ORDER BY id LIMIT 1", u"t").value();

    // By default a manager may, as before the setting existed.
    REQUIRE(db::setProductActive(*store, manager, product, false));
    REQUIRE(db::listStaff(*store, manager));

    auto settings = db::readStoreSettings(*store);
    REQUIRE(settings);
    settings->permissions.setManagerMay(core::Permission::Catalogue, false);
    settings->permissions.setManagerMay(core::Permission::StaffAccounts, false);
    auto saved = db::saveStoreSettings(*store, owner, *settings);
    REQUIRE(saved);
    CHECK(saved->contains(QStringLiteral("manager_permissions")));

    CHECK(db::setProductActive(*store, manager, product, true).error().code == core::ErrorCode::PermissionDenied);
    CHECK(db::listStaff(*store, manager).error().code == core::ErrorCode::PermissionDenied);
    CHECK(db::requirePermission(*store, manager, core::Permission::Stock, "stock"));
    CHECK(db::setProductActive(*store, owner, product, true));
    CHECK(db::listStaff(*store, owner));
    for (core::Permission permission : core::kPermissions)
        CHECK(
            db::requirePermission(*store, cashier, permission, "x").error().code == core::ErrorCode::PermissionDenied);
    CHECK(db::readStoreSettings(*store)->permissions.toKey()
        == QStringLiteral("prices,import_export,stock,customer_records,shelf_labels"));

    // Stock kept for the owner: a manager's delivery is refused and the stock stays as it was.
    settings = db::readStoreSettings(*store);
    settings->permissions.setManagerMay(core::Permission::Stock, false);
    REQUIRE(db::saveStoreSettings(*store, owner, *settings));
    const qint64 before = store->queryInt("SELECT stock FROM products ORDER BY id LIMIT 1", u"t").value();
    const core::StockChange delivery {product, core::StockReason::Receive, 5, std::nullopt};
    CHECK(db::recordStockChange(*store, manager, delivery).error().code == core::ErrorCode::PermissionDenied);
    CHECK(store->queryInt("SELECT stock FROM products ORDER BY id LIMIT 1", u"t").value() == before);
    CHECK(db::recordStockChange(*store, owner, delivery).value() == before + 5);
}
