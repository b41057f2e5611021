// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrinterProfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ss::devices {

namespace {

std::vector<PrinterProfile> loadProfiles()
{
    // Built into the binary (qt_add_resources): a profile table that fails to parse is a build bug,
    // caught by the tests, not something a shop can cause.
    QFile file(QStringLiteral(":/secondsale/printers/profiles.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<PrinterProfile> profiles;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(u"profiles").toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject o = value.toObject();
        PrinterProfile p;
        p.key = o.value(u"key").toString();
        p.name = o.value(u"name").toString();
        p.paperMm = o.value(u"paperMm").toInt(80);
        p.columns = o.value(u"columns").toInt(48);
        p.columnsFontB = o.value(u"columnsFontB").toInt(64);
        for (const QJsonValue& page : o.value(u"codePages").toArray())
            p.codePages.push_back({page.toObject().value(u"icu").toString(), page.toObject().value(u"table").toInt()});
        if (p.key.isEmpty() || p.codePages.empty())
            continue;
        p.icuCodePage = p.codePages.front().icu;
        p.escposCodePage = p.codePages.front().table;
        p.hasCutter = o.value(u"cutter").toBool(true);
        p.hasDrawerPort = o.value(u"drawerPort").toBool(true);
        const QJsonArray pulse = o.value(u"drawerPulseMs").toArray();
        p.drawerOnMs = pulse.size() == 2 ? pulse[0].toInt(50) : 50;
        p.drawerOffMs = pulse.size() == 2 ? pulse[1].toInt(500) : 500;
        p.drawerOpenWhenPinHigh = o.value(u"drawerOpenWhenPinHigh").toBool(false);
        p.hasQr = o.value(u"qr").toBool(true);
        for (const QJsonValue& symbology : o.value(u"barcodes").toArray())
            p.barcodes << symbology.toString();
        for (const QJsonValue& id : o.value(u"usb").toArray())
            p.usbIds.emplace_back(id.toObject().value(u"vendor").toString().toUShort(nullptr, 16),
                id.toObject().value(u"product").toString().toUShort(nullptr, 16));
        profiles.push_back(std::move(p));
    }
    return profiles;
}

} // namespace

std::optional<PrinterProfile> PrinterProfile::withCodePage(const QString& icu) const
{
    for (const CodePage& page : codePages) {
        if (page.icu == icu) {
            PrinterProfile changed = *this;
            changed.icuCodePage = page.icu;
            changed.escposCodePage = page.table;
            return changed;
        }
    }
    return std::nullopt;
}

const std::vector<PrinterProfile>& printerProfiles()
{
    static const std::vector<PrinterProfile> profiles = loadProfiles();
    return profiles;
}

std::optional<PrinterProfile> printerProfile(const QString& key)
{
    for (const PrinterProfile& profile : printerProfiles()) {
        if (profile.key == key)
            return profile;
    }
    return std::nullopt;
}

} // namespace ss::devices
