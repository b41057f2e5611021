// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportedDevices.h"
#include "TestSupport.h"
#include "UsbContext.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace ss::devices;

TEST_CASE("Known devices are recognised from the table, unknown printer-class devices as generic", "[devices]")
{
    UsbDeviceInfo epson {0x04b8, 0x0e28, 1, 2, 0, {7}};
    auto recognised = recognise(epson);
    REQUIRE(recognised);
    CHECK(recognised->role == DeviceRole::ReceiptPrinter);
    CHECK(QString::fromUtf16(recognised->model) == QStringLiteral("Epson TM-T20III"));

    UsbDeviceInfo generic {0xdead, 0xbeef, 1, 3, 0, {7}};
    recognised = recognise(generic);
    REQUIRE(recognised);
    CHECK(QString::fromUtf16(recognised->profile) == QStringLiteral("generic-80"));

    UsbDeviceInfo keyboard {0x046d, 0xc31c, 1, 4, 0, {3}};
    CHECK_FALSE(recognise(keyboard));
    CHECK(epson.describe() == QStringLiteral("04b8:0e28 on bus 1 address 2"));
}

TEST_CASE("Every supported device has a unique USB id", "[devices]")
{
    const auto devices = supportedDevices();
    for (std::size_t i = 0; i < devices.size(); ++i) {
        for (std::size_t j = i + 1; j < devices.size(); ++j) {
            CHECK_FALSE((devices[i].vendorId == devices[j].vendorId && devices[i].productId == devices[j].productId));
        }
    }
}

TEST_CASE("The udev rules grant access to exactly the supported devices", "[devices][packaging]")
{
    QFile rules(QStringLiteral(SECONDSALE_UDEV_RULES));
    REQUIRE(rules.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rules.readAll());
    const QRegularExpression rule(
        QString::fromLatin1("ATTR\\{idVendor\\}==\"([0-9a-f]{4})\", ATTR\\{idProduct\\}==\"([0-9a-f]{4})\""));
    QStringList inRules;
    for (const auto& match : rule.globalMatch(text))
        inRules << match.captured(1) + u':' + match.captured(2);
    QStringList inTable;
    for (const SupportedDevice& device : supportedDevices())
        inTable << QStringLiteral("%1:%2")
                       .arg(device.vendorId, 4, 16, QLatin1Char('0'))
                       .arg(device.productId, 4, 16, QLatin1Char('0'));
    inRules.sort();
    inTable.sort();
    CHECK(inRules == inTable);
}

// Runs under `umockdev-run --device tests/data/usb/printers-and-scanner.umockdev` (see CMake):
// real libusb enumeration against emulated devices.
TEST_CASE("libusb enumerates emulated printers and a scanner and we recognise each", "[devices][umockdev]")
{
    REQUIRE(qEnvironmentVariable("LD_PRELOAD").contains(QStringLiteral("umockdev")));
    auto context = UsbContext::create();
    REQUIRE(context);
    auto devices = context->enumerate();
    REQUIRE(devices);
    REQUIRE(devices->size() == 3);

    auto find = [&](quint16 vendor, quint16 product) {
        return std::find_if(devices->begin(), devices->end(),
            [&](const UsbDeviceInfo& d) { return d.vendorId == vendor && d.productId == product; });
    };
    auto epson = find(0x04b8, 0x0202);
    REQUIRE(epson != devices->end());
    CHECK(epson->hasInterfaceClass(7));
    CHECK(epson->busNumber == 1);
    CHECK(epson->deviceAddress == 3);
    CHECK(recognise(*epson)->role == DeviceRole::ReceiptPrinter);

    auto generic = find(0x1234, 0x5678);
    REQUIRE(generic != devices->end());
    CHECK(QString::fromUtf16(recognise(*generic)->model) == QStringLiteral("Generic USB receipt printer"));

    auto scanner = find(0x0c2e, 0x0b61);
    REQUIRE(scanner != devices->end());
    CHECK(scanner->hasInterfaceClass(3));
    CHECK(recognise(*scanner)->role == DeviceRole::BarcodeScanner);
}
