// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrinterProfile.h"
#include "Result.h"
#include "receipt/ReceiptDocument.h"

#include <QByteArray>

namespace ss::devices {

/// Receipt document + printer profile → ESC/POS bytes. Pure: no I/O, same input, same bytes.
/// Text is converted to the profile's code page with ICU; a character the code page lacks is
/// transliterated (ë stays ë in CP858, 北京 becomes "bei jing", ł becomes l) and only then replaced
/// by '?', so a receipt never prints mojibake.
[[nodiscard]] core::Result<QByteArray> encodeEscPos(
    const core::ReceiptDocument& document, const PrinterProfile& profile);

/// ESC p on pin 2 with the profile's pulse (50 ms on, 500 ms off by default) for the drawer's solenoid.
[[nodiscard]] QByteArray drawerKickCommand(const PrinterProfile& profile);

} // namespace ss::devices
