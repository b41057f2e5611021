// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customers/CaptureMode.h"
#include "reports/RepeatReport.h"
#include "staff/Permissions.h"
#include "store/StoreSetup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace ss::core {

/// What a receipt's coupons look like unless an offer says otherwise.
struct CouponDefaults
{
    int perReceipt = 1; ///< At most this many coupons print on one receipt (best first).
    int validDays = 60; ///< A new offer's coupons are valid this long; each offer can change it.

    friend bool operator==(const CouponDefaults&, const CouponDefaults&) = default;
};

/// A tax class as the settings screen shows it: the setup's fields and whether products use it.
struct TaxClassSetting
{
    TaxRateSetup rate;
    qint64 productCount = 0; ///< Products on this class; a class in use cannot be removed.
};

/// Everything the owner sets on the one settings screen, read and saved as a whole.
struct StoreSettings
{
    StoreProfile profile; ///< The terminal id is shown but not changed here: receipts are numbered by it.
    std::vector<TaxClassSetting> taxClasses;
    CaptureMode captureMode = CaptureMode::WhenNoCustomer;
    CouponDefaults coupons;
    reports::SegmentThresholds segments;
    RolePermissions permissions = RolePermissions::defaults();
    QByteArray receiptLogoPng; ///< Empty: no logo. PNG, already scaled for the paper by the screen.
    bool hasSales = false; ///< Read-only: once the till has sold, the currency stays.
};

/// The rules a settings change must meet, so the screen and the store refuse the same things.
class StoreSettingsRules
{
    Q_DECLARE_TR_FUNCTIONS(StoreSettingsRules)

public:
    static constexpr int kMaxLogoBytes = 256 * 1024;
    static constexpr int kMaxCouponsPerReceipt = 3;
    static constexpr int kMaxTextLines = 4;
    static constexpr int kMaxLineLength = 48; ///< The widest receipt paper's line.

    /// What is wrong with changing `current` into `next`, in words for the owner; empty when it may be saved.
    [[nodiscard]] static QStringList problems(const StoreSettings& current, const StoreSettings& next);
    /// The names of what changed, for the audit log and the screen (values are not repeated there).
    [[nodiscard]] static QStringList changes(const StoreSettings& current, const StoreSettings& next);
};

} // namespace ss::core
