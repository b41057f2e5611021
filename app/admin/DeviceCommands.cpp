// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceCommands.h"

#include "EscPosEncoder.h"
#include "SaleReceiptReader.h"
#include "StoreFile.h"
#include "SupportedDevices.h"
#include "UsbContext.h"
#include "UsbPrinterConnection.h"

#include <QSaveFile>

namespace ss::app {

using core::ErrorCode;

namespace {

QString describeStatus(const core::PrinterStatus& status)
{
    QStringList parts;
    parts << (status.online ? QStringLiteral("online") : QStringLiteral("offline"));
    if (status.coverOpen)
        parts << QStringLiteral("cover open");
    if (status.paperEmpty)
        parts << QStringLiteral("paper out");
    else if (status.paperNearEnd)
        parts << QStringLiteral("paper near end");
    if (status.errorState)
        parts << QStringLiteral("error");
    parts << (status.drawerOpen ? QStringLiteral("drawer open") : QStringLiteral("drawer closed"));
    return parts.join(QStringLiteral(", "));
}

core::Result<devices::PrinterProfile> profileFor(const QString& key, const QString& fallback)
{
    const QString wanted = key.isEmpty() ? fallback : key;
    auto profile = devices::printerProfile(wanted);
    if (!profile)
        return core::fail(ErrorCode::InvalidArgument, QStringLiteral("unknown printer profile %1").arg(wanted));
    return *profile;
}

} // namespace

DeviceCommands::DeviceCommands(QTextStream& out)
    : m_out(out)
{ }

core::Result<void> DeviceCommands::listDevices()
{
    auto context = devices::UsbContext::create();
    if (!context)
        return std::unexpected(context.error());
    auto found = context->enumerate();
    if (!found)
        return std::unexpected(found.error());
    int listed = 0;
    for (const devices::UsbDeviceInfo& device : *found) {
        const auto known = devices::recognise(device);
        if (!known)
            continue;
        ++listed;
        const bool printer = known->role == devices::DeviceRole::ReceiptPrinter;
        m_out << tr("%1  %2  %3")
                     .arg(device.describe(), printer ? tr("printer") : tr("scanner"), QString::fromUtf16(known->model));
        if (printer) {
            m_out << tr("  profile %1").arg(QString::fromUtf16(known->profile));
            auto connection = devices::UsbPrinterConnection::open(*context, device);
            if (!connection) {
                m_out << tr("  — cannot open: %1").arg(connection.error().detail);
            } else if (auto status = connection->queryStatus(); status) {
                m_out << tr("  — %1").arg(describeStatus(*status));
            } else {
                m_out << tr("  — no status reply (%1)").arg(status.error().detail);
            }
        }
        m_out << Qt::endl;
    }
    if (listed == 0)
        m_out << tr("No supported printer or scanner is plugged in.") << Qt::endl;
    return {};
}

core::Result<void> DeviceCommands::printTest(const QString& profileKey, const QString& outFile)
{
    std::optional<devices::UsbDeviceInfo> target;
    std::optional<devices::UsbContext> context;
    QString fallback = QStringLiteral("epson-tm-t20iii");
    if (outFile.isEmpty()) {
        auto created = devices::UsbContext::create();
        if (!created)
            return std::unexpected(created.error());
        context.emplace(std::move(*created));
        auto found = context->enumerate();
        if (!found)
            return std::unexpected(found.error());
        for (const devices::UsbDeviceInfo& device : *found) {
            if (auto known = devices::recognise(device); known && known->role == devices::DeviceRole::ReceiptPrinter) {
                target = device;
                fallback = QString::fromUtf16(known->profile);
                break;
            }
        }
        if (!target)
            return core::fail(ErrorCode::DeviceNotFound, QStringLiteral("no supported printer is plugged in"));
    }
    auto profile = profileFor(profileKey, fallback);
    if (!profile)
        return std::unexpected(profile.error());
    core::StoreProfile store;
    store.name = QStringLiteral("SecondSale");
    auto bytes = devices::encodeEscPos(core::testPage(store, profile->name), *profile);
    if (!bytes)
        return std::unexpected(bytes.error());
    if (!outFile.isEmpty())
        return writeFile(outFile, *bytes);
    auto connection = devices::UsbPrinterConnection::open(*context, *target);
    if (!connection)
        return std::unexpected(connection.error());
    if (auto written = connection->write(*bytes, std::chrono::milliseconds(5000)); !written)
        return written;
    m_out << tr("Test page sent to %1 (%2 bytes).").arg(target->describe()).arg(bytes->size()) << Qt::endl;
    return {};
}

core::Result<void> DeviceCommands::receiptBytes(
    db::Connection& store, const QString& receiptNumber, const QString& profileKey, const QString& outFile)
{
    auto profile = profileFor(profileKey, QStringLiteral("epson-tm-t20iii"));
    if (!profile)
        return std::unexpected(profile.error());
    auto saleId = db::saleIdForReceipt(store, receiptNumber);
    if (!saleId)
        return std::unexpected(saleId.error());
    auto document = db::saleReceipt(store, *saleId, false);
    if (!document)
        return std::unexpected(document.error());
    auto bytes = devices::encodeEscPos(*document, *profile);
    if (!bytes)
        return std::unexpected(bytes.error());
    return writeFile(outFile, *bytes);
}

core::Result<void> DeviceCommands::writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    m_out << tr("%1 bytes written to %2").arg(bytes.size()).arg(path) << Qt::endl;
    return {};
}

} // namespace ss::app
