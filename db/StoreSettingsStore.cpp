// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSettingsStore.h"

#include "ActingStaff.h"
#include "Statement.h"
#include "StoreFile.h"
#include "Transaction.h"

#include <algorithm>

namespace ss::db {

using core::ErrorCode;
using core::Result;

namespace {

namespace key {
const QString captureMode = QStringLiteral("capture_mode");
const QString couponsPerReceipt = QStringLiteral("coupons_per_receipt");
const QString couponValidDays = QStringLiteral("coupon_valid_days");
const QString segmentNewDays = QStringLiteral("segment_new_days");
const QString segmentActiveDays = QStringLiteral("segment_active_days");
const QString segmentLapsedDays = QStringLiteral("segment_lapsed_days");
const QString managerPermissions = QStringLiteral("manager_permissions");
const QString receiptLogo = QStringLiteral("receipt_logo_png"); ///< Base64: meta holds text.
} // namespace key

/// A whole-number setting; `fallback` when unset or unreadable (a hand-edited file).
Result<int> readNumber(Connection& connection, const QString& name, int fallback)
{
    auto stored = readMeta(connection, name);
    if (!stored)
        return std::unexpected(stored.error());
    bool ok = false;
    const int value = stored->value_or(QString()).toInt(&ok);
    return ok ? value : fallback;
}

Result<std::vector<core::TaxClassSetting>> readTaxClasses(Connection& connection)
{
    auto statement = Statement::prepare(connection,
        "SELECT t.code, t.name, t.rate_bp, t.inclusive,"
        " (SELECT count(*) FROM products p WHERE p.tax_class_id = t.id) FROM tax_classes t ORDER BY t.id");
    if (!statement)
        return std::unexpected(statement.error());
    std::vector<core::TaxClassSetting> classes;
    if (auto r = statement->forEach([&](const Statement& row) {
            classes.push_back(
                {{row.columnText(0), row.columnText(1), static_cast<int>(row.columnInt(2)), row.columnInt(3) != 0},
                    row.columnInt(4)});
        });
        !r)
        return std::unexpected(r.error());
    return classes;
}

Result<void> writeTaxClasses(
    Connection& connection, const core::StoreSettings& current, const core::StoreSettings& next)
{
    static constexpr std::string_view kSql[] = {
        "UPDATE tax_classes SET name = ?2, rate_bp = ?3, inclusive = ?4 WHERE code = ?1",
        "INSERT INTO tax_classes(code, name, rate_bp, inclusive) VALUES (?1, ?2, ?3, ?4)",
        "DELETE FROM tax_classes WHERE code = ?1",
    };
    auto statements = Statement::prepareAll(connection, kSql);
    if (!statements)
        return std::unexpected(statements.error());
    Statement& update = (*statements)[0];
    Statement& insert = (*statements)[1];
    Statement& remove = (*statements)[2];
    const auto known = [](const std::vector<core::TaxClassSetting>& classes, const QString& code) {
        return std::any_of(
            classes.begin(), classes.end(), [&](const core::TaxClassSetting& c) { return c.rate.code == code; });
    };
    for (const core::TaxClassSetting& c : next.taxClasses) {
        Statement& write = known(current.taxClasses, c.rate.code) ? update : insert;
        write.bind(1, c.rate.code.trimmed())
            .bind(2, c.rate.name.trimmed())
            .bind(3, c.rate.rateBasisPoints)
            .bind(4, c.rate.inclusive);
        if (auto r = write.run(); !r)
            return r;
    }
    for (const core::TaxClassSetting& c : current.taxClasses) {
        if (known(next.taxClasses, c.rate.code))
            continue;
        if (auto r = remove.bind(1, c.rate.code).run(); !r)
            return r;
    }
    return {};
}

Result<void> writeSettingsMeta(Connection& connection, const core::StoreSettings& next)
{
    const std::pair<QString, QString> values[] = {
        {key::captureMode, core::captureModeKey(next.captureMode)},
        {key::couponsPerReceipt, QString::number(next.coupons.perReceipt)},
        {key::couponValidDays, QString::number(next.coupons.validDays)},
        {key::segmentNewDays, QString::number(next.segments.newDays)},
        {key::segmentActiveDays, QString::number(next.segments.activeDays)},
        {key::segmentLapsedDays, QString::number(next.segments.lapsedDays)},
        {key::managerPermissions, next.permissions.toKey()},
        {key::receiptLogo, QString::fromLatin1(next.receiptLogoPng.toBase64())},
    };
    for (const auto& [name, value] : values) {
        if (auto r = writeMeta(connection, name, value); !r)
            return r;
    }
    return {};
}

} // namespace

Result<core::StoreSettings> readStoreSettings(Connection& connection)
{
    core::StoreSettings settings;
    auto profile = readStoreProfile(connection);
    if (!profile)
        return std::unexpected(profile.error());
    settings.profile = *profile;
    auto classes = readTaxClasses(connection);
    if (!classes)
        return std::unexpected(classes.error());
    settings.taxClasses = std::move(*classes);
    auto capture = readMeta(connection, key::captureMode);
    auto permissions = loadRolePermissions(connection);
    auto logo = readMeta(connection, key::receiptLogo);
    auto sales = connection.queryInt("SELECT EXISTS (SELECT 1 FROM sales)", u"any sales");
    if (!capture || !permissions || !logo || !sales)
        return std::unexpected(!capture ? capture.error()
                : !permissions          ? permissions.error()
                : !logo                 ? logo.error()
                                        : sales.error());
    settings.captureMode = core::captureModeFromKey(capture->value_or(QString()));
    settings.permissions = *permissions;
    settings.receiptLogoPng = QByteArray::fromBase64(logo->value_or(QString()).toLatin1());
    settings.hasSales = *sales != 0;
    const core::CouponDefaults coupons;
    const core::reports::SegmentThresholds segments;
    for (auto [name, field, fallback] :
        {std::tuple {key::couponsPerReceipt, &settings.coupons.perReceipt, coupons.perReceipt},
            std::tuple {key::couponValidDays, &settings.coupons.validDays, coupons.validDays},
            std::tuple {key::segmentNewDays, &settings.segments.newDays, segments.newDays},
            std::tuple {key::segmentActiveDays, &settings.segments.activeDays, segments.activeDays},
            std::tuple {key::segmentLapsedDays, &settings.segments.lapsedDays, segments.lapsedDays}}) {
        auto value = readNumber(connection, name, fallback);
        if (!value)
            return std::unexpected(value.error());
        *field = *value;
    }
    return settings;
}

Result<QStringList> saveStoreSettings(Connection& connection, const QString& actorUid, const core::StoreSettings& next)
{
    auto transaction = Transaction::begin(connection);
    if (!transaction)
        return std::unexpected(transaction.error());
    // The settings include who may do what: only the owner may change them, or a manager could
    // grant themselves anything.
    auto owner = requireActingStaff(
        connection, actorUid, [](core::Role role) { return role == core::Role::Owner; },
        "store settings are the owner's");
    if (!owner)
        return std::unexpected(owner.error());
    auto current = readStoreSettings(connection);
    if (!current)
        return std::unexpected(current.error());
    if (const QStringList problems = core::StoreSettingsRules::problems(*current, next); !problems.isEmpty())
        return core::fail(ErrorCode::InvalidArgument, problems.join(u'\n'));
    const QStringList changed = core::StoreSettingsRules::changes(*current, next);
    if (changed.isEmpty())
        return changed;
    if (auto r = writeStoreProfile(connection, next.profile); !r)
        return std::unexpected(r.error());
    if (auto r = writeTaxClasses(connection, *current, next); !r)
        return std::unexpected(r.error());
    if (auto r = writeSettingsMeta(connection, next); !r)
        return std::unexpected(r.error());
    if (auto r = writeAudit(connection, *owner, QStringLiteral("settings_changed"), changed.join(u',')); !r)
        return std::unexpected(r.error());
    if (auto r = transaction->commit(); !r)
        return std::unexpected(r.error());
    return changed;
}

Result<int> couponsPerReceipt(Connection& connection)
{
    auto value = readNumber(connection, key::couponsPerReceipt, core::CouponDefaults {}.perReceipt);
    if (!value)
        return value;
    return std::clamp(*value, 1, core::StoreSettingsRules::kMaxCouponsPerReceipt);
}

} // namespace ss::db
