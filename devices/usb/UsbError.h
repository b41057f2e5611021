// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to devices/: includes libusb.h, so never included from a public header.
#pragma once

#include "Error.h"

#include <libusb.h>

namespace ss::devices {

/// A libusb error as our Error: the code decides what the cashier is told, the detail names the
/// call and libusb's error name (never data from the device).
[[nodiscard]] inline core::Error usbError(int code, QStringView context)
{
    core::ErrorCode mapped = core::ErrorCode::DeviceIo;
    switch (code) {
    case LIBUSB_ERROR_NO_DEVICE:
    case LIBUSB_ERROR_NOT_FOUND: mapped = core::ErrorCode::DeviceNotFound; break;
    case LIBUSB_ERROR_BUSY: mapped = core::ErrorCode::DeviceBusy; break;
    case LIBUSB_ERROR_ACCESS: mapped = core::ErrorCode::PermissionDenied; break;
    case LIBUSB_ERROR_TIMEOUT: mapped = core::ErrorCode::DeviceTimeout; break;
    default: break;
    }
    return {mapped, QStringLiteral("%1: %2").arg(context, QString::fromLatin1(libusb_error_name(code)))};
}

} // namespace ss::devices
