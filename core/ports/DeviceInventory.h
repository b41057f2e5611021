// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QFuture>
#include <QStringList>

#include <vector>

namespace ss::core {

/// A device found on the terminal's USB bus that SecondSale knows how to use.
struct DeviceEntry
{
    enum class Kind {
        Printer,
        Scanner,
    };
    Kind kind = Kind::Printer;
    QString id; ///< "usb:04b8:0e28": what the settings store to pick it again.
    QString model;
    QString where; ///< "04b8:0e28 on bus 1 address 2"
    QString profileKey; ///< For a printer: its profile.
};

/// A printer profile as the settings screen offers it.
struct ProfileChoice
{
    QString key;
    QString name;
    int columns = 48;
    QStringList codePages; ///< ICU names, the default first.
};

/// Which printer and scanner the till uses; applied at the next start (`id`s as in DeviceEntry,
/// "virtual"/"auto"/"none" for the special choices).
struct DeviceSettings
{
    QString printer = QStringLiteral("auto");
    QString profile;
    QString codePage;
    QString scanner = QStringLiteral("auto");
};

class DeviceInventoryPort
{
public:
    virtual ~DeviceInventoryPort() = default;
    /// What is plugged in now (read on the usb thread).
    [[nodiscard]] virtual QFuture<Result<std::vector<DeviceEntry>>> devices() = 0;
    [[nodiscard]] virtual std::vector<ProfileChoice> profiles() const = 0;
    [[nodiscard]] virtual DeviceSettings current() const = 0;
    virtual void save(const DeviceSettings& settings) = 0;
};

} // namespace ss::core
