// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QTextStream>

namespace ss::db {
class Connection;
}

namespace ss::app {

/// secondsale-admin's device commands: what is plugged in, a test print, and the exact bytes of a
/// receipt. They run on the command's own thread; nothing else touches libusb in that process.
class DeviceCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCommands)

public:
    explicit DeviceCommands(QTextStream& out);

    /// Lists the USB devices we support, each with its model, profile and status. Exit 0 even when
    /// none is there (that is an answer); 1 when USB itself cannot be read.
    [[nodiscard]] core::Result<void> listDevices();
    /// Prints the test page on the first supported printer (or writes its bytes to `outFile`).
    [[nodiscard]] core::Result<void> printTest(const QString& profileKey, const QString& outFile);
    /// The bytes a printer with `profileKey` would get for the receipt of `receiptNumber`.
    [[nodiscard]] core::Result<void> receiptBytes(
        db::Connection& store, const QString& receiptNumber, const QString& profileKey, const QString& outFile);

private:
    core::Result<void> writeFile(const QString& path, const QByteArray& bytes);

    QTextStream& m_out;
};

} // namespace ss::app
