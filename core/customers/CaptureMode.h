// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ss::core {

/// When the till asks who the customer is (the owner's setting, meta key "capture_mode").
enum class CaptureMode {
    EverySale, ///< "every_sale"
    WhenNoCustomer, ///< "when_no_customer" (default): ask unless a customer is already attached
    Off, ///< "off"
};

[[nodiscard]] inline CaptureMode captureModeFromKey(const QString& key)
{
    if (key == QStringLiteral("every_sale"))
        return CaptureMode::EverySale;
    if (key == QStringLiteral("off"))
        return CaptureMode::Off;
    return CaptureMode::WhenNoCustomer;
}

[[nodiscard]] inline QString captureModeKey(CaptureMode mode)
{
    switch (mode) {
    case CaptureMode::EverySale: return QStringLiteral("every_sale");
    case CaptureMode::Off: return QStringLiteral("off");
    case CaptureMode::WhenNoCustomer: break;
    }
    return QStringLiteral("when_no_customer");
}

/// The consent wording shown at capture; its version is recorded with every answer.
inline constexpr char16_t kCaptureWordingVersion[] = u"capture-v1";

} // namespace ss::core
