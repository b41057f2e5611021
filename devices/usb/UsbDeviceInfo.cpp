// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbDeviceInfo.h"

#include <algorithm>

namespace ss::devices {

bool UsbDeviceInfo::hasInterfaceClass(quint8 interfaceClass) const
{
    return std::find(interfaceClasses.begin(), interfaceClasses.end(), interfaceClass) != interfaceClasses.end();
}

QString UsbDeviceInfo::describe() const
{
    return QStringLiteral("%1:%2 on bus %3 address %4")
        .arg(vendorId, 4, 16, QLatin1Char('0'))
        .arg(productId, 4, 16, QLatin1Char('0'))
        .arg(busNumber)
        .arg(deviceAddress);
}

} // namespace ss::devices
