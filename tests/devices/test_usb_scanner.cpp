// SPDX-License-Identifier: GPL-3.0-or-later
// USB scanners read by our libusb code on the usb thread, against an emulated HID POS scanner
// (0c2e:0b61, interrupt IN 0x81) with the kernel's usbhid "bound" to it.
#include "FakeUsb.h" // first, on its own: glib before Qt

#include "HidPosReports.h"
#include "UsbHub.h"
#include "UsbScanner.h"

using namespace ss;
using namespace ss::devices;
using test::waitUntil;

namespace {

void queueHidPosScan(test::FakeUsb& usb, const QByteArray& code, const QByteArray& aim)
{
    for (const QByteArray& report : test::hidPosReports(code, aim))
        usb.queueIn(0x81, report);
}

void queueKeys(test::FakeUsb& usb, const QList<unsigned char>& usages)
{
    for (unsigned char usage : usages) {
        QByteArray down(8, '\0');
        down[2] = static_cast<char>(usage);
        usb.queueIn(0x81, down);
        usb.queueIn(0x81, QByteArray(8, '\0'));
    }
}

struct Scans
{
    std::vector<core::ScanEvent> events;
    explicit Scans(core::BarcodeScanner& scanner)
    {
        QObject::connect(&scanner, &core::BarcodeScanner::scanned,
            [this](const core::ScanEvent& event) { events.push_back(event); });
    }
};

} // namespace

TEST_CASE("USB: a HID POS scanner's scans arrive whole with their symbology — unplug and back", "[usb][scanner]")
{
    test::FakeUsb usb("hid-pos-scanner.umockdev", "/dev/bus/usb/001/003");
    fake_usb_device_set_kernel_driver(usb.device(), "usbhid");
    UsbThread thread;
    UsbScanner scanner(thread, ScannerMode::HidPos);
    Scans scans(scanner);
    REQUIRE(waitUntil([&] { return scanner.isConnected(); }));
    CHECK(fake_usb_device_interface_claimed(usb.device(), 0));

    queueHidPosScan(usb, "4006381333931", "]E0");
    queueHidPosScan(usb, "SSC:" + QByteArray(70, 'Q'), "]Q1"); // two reports
    REQUIRE(waitUntil([&] { return scans.events.size() == 2; }));
    CHECK(scans.events[0].data == u"4006381333931"_qs);
    CHECK(scans.events[0].symbology == core::Symbology::Ean13);
    CHECK(scans.events[1].data.size() == 74);
    CHECK(scans.events[1].symbology == core::Symbology::Qr);

    usb.unplug();
    // Usually the pending transfer fails at once; when the cable goes between a report and the next
    // transfer, the hub's rescan (every 10 s with hot-plug) is what notices: wait past one of those.
    REQUIRE(waitUntil([&] { return !scanner.isConnected(); }, 25000));
    usb.replug();
    REQUIRE(waitUntil([&] { return scanner.isConnected(); }, 15000));
    queueHidPosScan(usb, "5012345678900", "]E0");
    REQUIRE(waitUntil([&] { return scans.events.size() == 3; }));
    CHECK(scans.events[2].data == u"5012345678900"_qs);
}

TEST_CASE("USB: a keyboard-boot scanner read directly gives the digits whatever the layout", "[usb][scanner]")
{
    test::FakeUsb usb("hid-pos-scanner.umockdev", "/dev/bus/usb/001/003");
    UsbThread thread;
    UsbScanner scanner(thread, ScannerMode::BootKeyboard, 0x0c2e, 0x0b61);
    Scans scans(scanner);
    REQUIRE(waitUntil([&] { return scanner.isConnected(); }));
    // 5 0 1 2 then Return: on an AZERTY desktop these keys would type (à&é — not here.
    queueKeys(usb, {0x22, 0x27, 0x1E, 0x1F, 0x28});
    REQUIRE(waitUntil([&] { return scans.events.size() == 1; }));
    CHECK(scans.events[0].data == u"5012"_qs);
}
