// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrinterProfile.h"

#include <array>

namespace ss::devices {

std::optional<PrinterProfile> printerProfile(const QString& key)
{
    // ESC t 19 is CP858 on Epson-compatible printers; 58 mm models commonly lack a cutter.
    static const std::array profiles = {
        PrinterProfile {QStringLiteral("epson-tm-t20iii"), QStringLiteral("Epson TM-T20III"), 48,
            QStringLiteral("ibm-858"), 19, true, true},
        PrinterProfile {QStringLiteral("epson-tm-t88vi"), QStringLiteral("Epson TM-T88VI"), 48,
            QStringLiteral("ibm-858"), 19, true, true},
        PrinterProfile {QStringLiteral("generic-80"), QStringLiteral("Generic 80 mm ESC/POS"), 48,
            QStringLiteral("ibm-437"), 0, true, true},
        PrinterProfile {QStringLiteral("generic-58"), QStringLiteral("Generic 58 mm ESC/POS"), 32,
            QStringLiteral("ibm-437"), 0, false, true},
        PrinterProfile {QStringLiteral("bixolon-80"), QStringLiteral("Bixolon SRP-350"), 42, QStringLiteral("ibm-858"),
            19, true, true},
        PrinterProfile {QStringLiteral("citizen-80"), QStringLiteral("Citizen CT-S310II"), 48,
            QStringLiteral("ibm-858"), 19, true, true},
    };
    for (const PrinterProfile& profile : profiles) {
        if (profile.key == key)
            return profile;
    }
    return std::nullopt;
}

} // namespace ss::devices
