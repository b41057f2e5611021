// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanEvent.h"

#include <QByteArray>

#include <optional>

namespace ss::devices {

/// Symbology from an AIM identifier ("]E0" EAN-13/UPC, "]E4" EAN-8, "]C0"/"]C1" Code 128, "]Q1"…
/// QR), as HID POS scanners report it.
[[nodiscard]] core::Symbology symbologyFromAim(const QByteArray& aim);

/// Reassembles scans from a HID POS barcode scanner's input reports (usage page 0x8C, the layout
/// Honeywell and Zebra use): byte 0 report id 2, byte 1 data length (≤ 56), data from byte 2, the AIM
/// identifier at bytes 58–60, byte 63 set while more reports of the same scan follow. A report that
/// does not fit is dropped with whatever was half-assembled — a misread is rescanned, never guessed.
class HidPosDecoder final
{
public:
    static constexpr int kReportSize = 64;
    static constexpr qsizetype kMaxScan = 4096;

    /// One input report; a complete scan when it was the last of its scan.
    [[nodiscard]] std::optional<core::ScanEvent> feed(const QByteArray& report);
    [[nodiscard]] int droppedReports() const { return m_dropped; }

private:
    QByteArray m_data;
    int m_dropped = 0;
};

/// Reads a keyboard-boot scanner's 8-byte reports (modifiers, reserved, six key usages) through the
/// HID usage table, not the desktop's keyboard layout, so AZERTY or QWERTZ cannot change a digit.
/// Return or Tab ends a scan.
class BootKeyboardDecoder final
{
public:
    [[nodiscard]] std::optional<core::ScanEvent> feed(const QByteArray& report);

private:
    QByteArray m_pressed; ///< Usages down in the previous report: a key counts once, when it goes down.
    QString m_data;
};

} // namespace ss::devices
