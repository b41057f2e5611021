// SPDX-License-Identifier: GPL-3.0-or-later
// The settings rules and the manager permissions, without a store.
#include "staff/Permissions.h"
#include "store/StoreSettings.h"

#include <catch2/catch.hpp>

using namespace ss::core;

namespace {
StoreSettings validSettings()
{
    StoreSettings settings;
    settings.profile = {QStringLiteral("Hobby Corner"), QStringLiteral("1 High St"), QStringLiteral("GBP"),
        QStringLiteral("GB"), QStringLiteral("T01")};
    settings.taxClasses = {{{QStringLiteral("standard"), QStringLiteral("VAT standard"), 2000, true}, 5},
        {{QStringLiteral("zero"), QStringLiteral("VAT zero"), 0, true}, 0}};
    return settings;
}
} // namespace

TEST_CASE("Manager permissions round-trip through their stored form", "[settings][permissions]")
{
    CHECK(RolePermissions::fromKey(std::nullopt) == RolePermissions::defaults());
    RolePermissions none = RolePermissions::fromKey(QString());
    for (Permission p : kPermissions) {
        CHECK(RolePermissions::defaults().allows(Role::Manager, p));
        CHECK_FALSE(none.allows(Role::Manager, p));
        CHECK(none.allows(Role::Owner, p));
        CHECK_FALSE(RolePermissions::defaults().allows(Role::Cashier, p));
        CHECK(permissionFromKey(permissionKey(p)) == p);
        CHECK_FALSE(RolePermissions::label(p).isEmpty());
    }
    // A name from a newer version is ignored, the known ones kept.
    const RolePermissions some = RolePermissions::fromKey(QStringLiteral("stock, teleport,prices"));
    CHECK(some.managerMay(Permission::Stock));
    CHECK(some.managerMay(Permission::Prices));
    CHECK_FALSE(some.managerMay(Permission::Catalogue));
    CHECK(some.toKey() == QStringLiteral("prices,stock"));
    CHECK(RolePermissions::fromKey(some.toKey()) == some);
}

TEST_CASE("Store settings rules refuse what would break receipts, figures or products", "[settings]")
{
    const StoreSettings current = validSettings();
    CHECK(StoreSettingsRules::problems(current, current).isEmpty());
    CHECK(StoreSettingsRules::changes(current, current).isEmpty());

    auto refused = [&](auto change) {
        StoreSettings next = current;
        change(next);
        return StoreSettingsRules::problems(current, next);
    };
    CHECK(refused([](StoreSettings& s) { s.profile.name.clear(); }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.profile.name = QStringLiteral("Two\nlines"); }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.profile.terminalId = QStringLiteral("T02"); }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.profile.receiptHeader = QString(49, u'x'); }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.profile.receiptFooter = QStringLiteral("a\nb\nc\nd\ne"); }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.profile.addressLines = QStringLiteral("bell\x07"); }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.profile.taxRegistration = QStringLiteral("<script>"); }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.taxClasses.erase(s.taxClasses.begin()); }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.taxClasses.pop_back(); }).isEmpty()); // unused: may go
    CHECK(refused([](StoreSettings& s) { s.taxClasses[1].rate.code = QStringLiteral("STANDARD"); }).size() >= 1);
    CHECK(refused([](StoreSettings& s) { s.coupons.perReceipt = 0; }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.coupons.validDays = 400; }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.segments = {90, 60, 180}; }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.segments = {30, 180, 180}; }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.receiptLogoPng = QByteArrayLiteral("GIF89a"); }).size() == 1);
    CHECK(refused([](StoreSettings& s) { s.profile.currency = QStringLiteral("EUR"); }).isEmpty());

    StoreSettings sold = current;
    sold.hasSales = true;
    StoreSettings euro = sold;
    euro.profile.currency = QStringLiteral("EUR");
    CHECK(StoreSettingsRules::problems(sold, euro).size() == 1);

    StoreSettings next = current;
    next.taxClasses[0].rate.rateBasisPoints = 2100;
    next.taxClasses.pop_back();
    next.taxClasses.push_back({{QStringLiteral("books"), QStringLiteral("Books"), 0, true}, 0});
    next.permissions.setManagerMay(Permission::Prices, false);
    CHECK(StoreSettingsRules::changes(current, next)
        == QStringList {QStringLiteral("tax_class_changed:standard"), QStringLiteral("tax_class_removed:zero"),
            QStringLiteral("tax_class_added:books"), QStringLiteral("manager_permissions")});
}
