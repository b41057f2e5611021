// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoStore.h"
#include "StoreFile.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <string>

namespace ss::test {

inline core::DemoOptions tinyDemo()
{
    core::DemoOptions options;
    options.seed = 11;
    options.products = 30;
    options.customers = 25;
    options.months = 3;
    options.lastDay = QDate(2026, 11, 22);
    return options;
}

/// A small real demo store (SQLCipher file) for tests that need data.
inline QString makeTinyStore(const TempDir& dir, const QString& name = QStringLiteral("store.db"))
{
    const QString path = dir.file(name);
    auto summary = db::createDemoStore(path, kTestKey, tinyDemo());
    REQUIRE(summary);
    return path;
}

inline db::OpenOptions createNew()
{
    db::OpenOptions options;
    options.mode = db::OpenMode::CreateNew;
    return options;
}

inline core::StoreProfile testProfile()
{
    return {QStringLiteral("Test Shop"), QStringLiteral("1 High Street"), QStringLiteral("GBP"), QStringLiteral("GB"),
        QStringLiteral("T09")};
}

/// The uid of the store's first member of staff with `role` ("cashier", "manager", "owner").
inline QString staffUid(db::Connection& store, const char* role)
{
    auto uid = store.queryText(
        "SELECT uid FROM cashiers WHERE role = '" + std::string(role) + "' ORDER BY id LIMIT 1", u"staff uid");
    REQUIRE(uid);
    REQUIRE_FALSE(uid->isEmpty());
    return *uid;
}

} // namespace ss::test
