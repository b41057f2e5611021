// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ss::devices {

/// One ESC/POS character table a printer offers: the ICU converter for our text and its `ESC t` number.
struct CodePage
{
    QString icu; ///< e.g. "ibm-858" (CP858: CP850 with €)
    int table = 0;
};

/// What an ESC/POS printer can do: data, one entry per model in profiles.json (built in).
struct PrinterProfile
{
    QString key;
    QString name;
    int paperMm = 80;
    int columns = 48; ///< Font A characters per line: 48 on 80 mm paper, 32 on 58 mm.
    int columnsFontB = 64;
    QString icuCodePage; ///< The code page in use (the first of codePages unless chosen otherwise).
    int escposCodePage = 19; ///< Its `ESC t n` number on this printer.
    std::vector<CodePage> codePages;
    bool hasCutter = true;
    bool hasDrawerPort = true;
    int drawerOnMs = 50;
    int drawerOffMs = 500;
    bool hasQr = true; ///< Understands GS ( k (QR code, model 2).
    bool drawerOpenWhenPinHigh = false; ///< How the drawer's switch reads on kick-connector pin 3.
    QStringList barcodes; ///< "CODE128", "EAN13"
    std::vector<std::pair<quint16, quint16>> usbIds;

    /// The same printer set to another of its code pages; std::nullopt when it has no such page.
    [[nodiscard]] std::optional<PrinterProfile> withCodePage(const QString& icu) const;
};

/// The built-in profiles (Epson TM-T20III and TM-T88VI, generic 58 and 80 mm, Bixolon, Citizen).
[[nodiscard]] const std::vector<PrinterProfile>& printerProfiles();
[[nodiscard]] std::optional<PrinterProfile> printerProfile(const QString& key);

} // namespace ss::devices
