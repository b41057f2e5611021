// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ss::devices {

/// What an ESC/POS printer can do: data, one row per model (see profiles()).
struct PrinterProfile
{
    QString key;
    QString name;
    int columns = 48; ///< Font A characters per line: 48 on 80 mm paper, 32 on 58 mm.
    QString icuCodePage; ///< ICU converter for text, e.g. "ibm-858" (CP858: CP850 with €).
    int escposCodePage = 19; ///< The `ESC t n` number of that code page on this printer.
    bool hasCutter = true;
    bool hasDrawerPort = true;
    bool hasQr = true; ///< Understands GS ( k (QR code, model 2).
    bool drawerOpenWhenPinHigh = false; ///< How the drawer's switch reads on kick-connector pin 3.
};

/// The built-in profiles (Epson TM-T20III and TM-T88VI, generic 58 and 80 mm, Bixolon, Citizen).
[[nodiscard]] std::optional<PrinterProfile> printerProfile(const QString& key);

} // namespace ss::devices
