// SPDX-License-Identifier: GPL-3.0-or-later
// Staff accounts on a real store: who may do what, audited, and never a shop without its owner.
#include "DbTestSupport.h"
#include "PinHash.h"
#include "StaffAccounts.h"
#include "Statement.h"

#include <catch2/catch.hpp>

using namespace ss;

TEST_CASE("Staff accounts: a manager looks after cashiers, the owner after everyone, and an owner always remains",
    "[db][staff]")
{
    test::TempDir dir;
    auto store = db::openStore(test::makeTinyStore(dir), test::kTestKey);
    REQUIRE(store);
    const QString owner = test::staffUid(*store, "owner");
    const QString manager = test::staffUid(*store, "manager");
    const QString cashier = test::staffUid(*store, "cashier");

    // A cashier reaches nothing, not even the list.
    CHECK(db::listStaff(*store, cashier).error().code == core::ErrorCode::PermissionDenied);
    CHECK(db::addStaff(*store, cashier, QStringLiteral("Friend"), core::Role::Cashier, QStringLiteral("1111"))
              .error()
              .code
        == core::ErrorCode::PermissionDenied);

    // A manager adds a cashier, not a manager; changes cashiers, not the owner.
    auto added
        = db::addStaff(*store, manager, QStringLiteral("  Tom Reyes "), core::Role::Cashier, QStringLiteral("4321"));
    REQUIRE(added);
    CHECK(added->record.name == QStringLiteral("Tom Reyes"));
    CHECK(
        db::addStaff(*store, manager, QStringLiteral("Boss"), core::Role::Manager, QStringLiteral("4321")).error().code
        == core::ErrorCode::PermissionDenied);
    CHECK(db::setStaffActive(*store, manager, owner, false).error().code == core::ErrorCode::PermissionDenied);
    CHECK(db::resetStaffPin(*store, manager, owner, QStringLiteral("0000")).error().code
        == core::ErrorCode::PermissionDenied);
    CHECK(db::addStaff(*store, manager, QStringLiteral("Short Pin"), core::Role::Cashier, QStringLiteral("12"))
              .error()
              .code
        == core::ErrorCode::InvalidArgument);
    CHECK(db::addStaff(*store, manager, QStringLiteral("   "), core::Role::Cashier, QStringLiteral("1234")).error().code
        == core::ErrorCode::InvalidArgument);

    // A new PIN works and the old one no longer does; the hash, never the PIN, is stored.
    REQUIRE(db::resetStaffPin(*store, manager, added->record.uid, QStringLiteral("98765")));
    const QString hash = store->queryText("SELECT pin_hash FROM cashiers WHERE name = 'Tom Reyes'", u"t").value();
    CHECK(db::verifyPin(hash, QStringLiteral("98765")));
    CHECK_FALSE(db::verifyPin(hash, QStringLiteral("4321")));
    CHECK(store->queryInt("SELECT count(*) FROM audit_log WHERE detail LIKE '%98765%' OR detail LIKE '%4321%'", u"t")
              .value()
        == 0);

    // Deactivated: off the log-in list, still in the books; back again when reactivated.
    REQUIRE(db::setStaffActive(*store, manager, added->record.uid, false));
    CHECK(store->queryInt("SELECT active FROM cashiers WHERE name = 'Tom Reyes'", u"t").value() == 0);
    REQUIRE(db::setStaffActive(*store, manager, added->record.uid, true));

    // The owner promotes; but the last owner can neither leave nor step down.
    REQUIRE(db::setStaffRole(*store, owner, added->record.uid, core::Role::Manager));
    auto lastOwner = db::setStaffActive(*store, owner, owner, false);
    REQUIRE_FALSE(lastOwner);
    CHECK(lastOwner.error().detail.contains(QStringLiteral("owner")));
    CHECK_FALSE(db::setStaffRole(*store, owner, owner, core::Role::Manager));
    // With a second owner, the first may step down.
    REQUIRE(db::setStaffRole(*store, owner, manager, core::Role::Owner));
    REQUIRE(db::setStaffRole(*store, owner, owner, core::Role::Manager));

    auto listed = db::listStaff(*store, manager); // the former manager is now an owner
    REQUIRE(listed);
    CHECK(listed->size() == 4);
    CHECK(store
              ->queryInt("SELECT count(*) FROM audit_log WHERE action IN ('staff_added', 'pin_reset',"
                         " 'staff_deactivated', 'staff_reactivated', 'role_changed')",
                  u"t")
              .value()
        == 7);
}
