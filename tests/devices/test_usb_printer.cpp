// SPDX-License-Identifier: GPL-3.0-or-later
// The real libusb printer code against an emulated Epson TM-T20III (04b8:0e28, bulk OUT 0x01, bulk IN
// 0x82): the test plays the printer's side of every usbdevfs URB (tests/support/usb/fake_usbfs).
// Runs under umockdev-wrapper (see tests/CMakeLists.txt).
#include "FakeUsb.h" // first, on its own: glib before Qt

#include "EscPosEncoder.h"
#include "EscPosStatus.h"
#include "UsbContext.h"
#include "UsbPrinterConnection.h"

#include <atomic>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace ss;
using namespace ss::devices;
using namespace std::chrono_literals;

namespace {

constexpr const char* kNode = "/dev/bus/usb/001/002";

/// What the emulated printer answers to DLE EOT 1, 2 and 4.
struct PrinterState
{
    std::atomic<quint8> printer {0x12}; // online, drawer pin low
    std::atomic<quint8> offlineCause {0x12};
    std::atomic<quint8> paper {0x12};
};

void answerStatus(FakeUsbDevice* device, guint8, const guint8* data, gsize length, gpointer user)
{
    auto* state = static_cast<PrinterState*>(user);
    for (gsize i = 0; i + 2 < length; ++i) {
        if (data[i] != 0x10 || data[i + 1] != 0x04)
            continue;
        guint8 reply = 0;
        switch (data[i + 2]) {
        case 1: reply = state->printer; break;
        case 2: reply = state->offlineCause; break;
        case 4: reply = state->paper; break;
        default: continue;
        }
        fake_usb_device_queue_in(device, 0x82, &reply, 1);
    }
}

struct EmulatedPrinter
{
    test::FakeUsb usb {"tm-t20iii.umockdev", kNode};
    PrinterState state;
    UsbContext context = *UsbContext::create();

    EmulatedPrinter() { fake_usb_device_set_out_handler(usb.device(), answerStatus, &state); }

    UsbDeviceInfo where()
    {
        auto devices = context.enumerate();
        REQUIRE(devices);
        REQUIRE(devices->size() == 1);
        return devices->front();
    }
};

core::ReceiptDocument sampleReceipt()
{
    core::ReceiptDocument document;
    document.blocks.push_back({core::ReceiptBlock::Kind::Text, QStringLiteral("Junction Models & Hobbies"), {},
        core::ReceiptBlock::Align::Centre, true, true});
    document.blocks.push_back({core::ReceiptBlock::Kind::Columns, QStringLiteral("Hornby R3954 Flying Scotsman"),
        QStringLiteral("€249.99"), core::ReceiptBlock::Align::Left, false, false});
    document.blocks.push_back(
        {core::ReceiptBlock::Kind::Barcode, QStringLiteral("T01-00000042"), {}, core::ReceiptBlock::Align::Centre});
    return document;
}

/// Runs `attempt` with the file-permission override of root switched off, so root gets EACCES
/// from a mode-000 node like any user would.
template<typename F> auto withoutDacOverride(F attempt)
{
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct saved[2] {};
    REQUIRE(syscall(SYS_capget, &header, saved) == 0);
    __user_cap_data_struct lowered[2] = {saved[0], saved[1]};
    lowered[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
    REQUIRE(syscall(SYS_capset, &header, lowered) == 0);
    auto result = attempt();
    REQUIRE(syscall(SYS_capset, &header, saved) == 0);
    return result;
}

} // namespace

TEST_CASE("libusb: the printer is claimed with usblp detached and gets the receipt's exact bytes", "[usb][printer]")
{
    EmulatedPrinter printer;
    fake_usb_device_set_kernel_driver(printer.usb.device(), "usblp");
    const UsbDeviceInfo where = printer.where();
    CHECK(where.vendorId == 0x04b8);
    CHECK(where.productId == 0x0e28);
    {
        auto connection = UsbPrinterConnection::open(printer.context, where);
        REQUIRE(connection);
        CHECK(fake_usb_device_interface_claimed(printer.usb.device(), 0));
        const auto bytes = encodeEscPos(sampleReceipt(), *printerProfile(QStringLiteral("epson-tm-t20iii")));
        REQUIRE(bytes);
        REQUIRE(connection->write(*bytes, 2000ms));
        CHECK(printer.usb.received(0x01) == *bytes);

        // A raster-sized job goes out in chunks, byte for byte.
        fake_usb_device_clear_out_data(printer.usb.device(), 0x01);
        QByteArray big(43'200, '\0');
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = static_cast<char>((i * 7) & 0x7f);
        REQUIRE(connection->write(big, 2000ms));
        CHECK(printer.usb.received(0x01) == big);
    }
    CHECK_FALSE(fake_usb_device_interface_claimed(printer.usb.device(), 0));
}

TEST_CASE("libusb: real-time status replies are decoded: online, cover open, paper near end and out", "[usb][printer]")
{
    EmulatedPrinter printer;
    auto connection = UsbPrinterConnection::open(printer.context, printer.where());
    REQUIRE(connection);

    auto status = connection->queryStatus();
    REQUIRE(status);
    CHECK(status->canPrint());
    CHECK_FALSE(status->paperNearEnd);

    printer.state.paper = 0x12 | 0x0C; // near-end sensor
    status = connection->queryStatus();
    REQUIRE(status);
    CHECK(status->paperNearEnd);
    CHECK(status->canPrint());

    printer.state.printer = 0x12 | 0x08; // offline …
    printer.state.offlineCause = 0x12 | 0x04; // … because the cover is open
    status = connection->queryStatus();
    REQUIRE(status);
    CHECK_FALSE(status->online);
    CHECK(status->coverOpen);
    CHECK_FALSE(status->canPrint());

    printer.state.offlineCause = 0x12 | 0x20;
    printer.state.paper = 0x12 | 0x0C | 0x60; // paper out
    status = connection->queryStatus();
    REQUIRE(status);
    CHECK(status->paperEmpty);
    CHECK_FALSE(status->canPrint());

    printer.state.printer = 0xFF; // not a status byte: refused, never half-applied
    auto garbage = connection->queryStatus();
    REQUIRE_FALSE(garbage);
    CHECK(garbage.error().code == core::ErrorCode::DeviceIo);
}

TEST_CASE("libusb: an unplugged printer fails the write with 'not found', never hangs", "[usb][printer]")
{
    EmulatedPrinter printer;
    auto connection = UsbPrinterConnection::open(printer.context, printer.where());
    REQUIRE(connection);
    fake_usb_device_unplug(printer.usb.device());
    auto written = connection->write(QByteArray(1000, 'x'), 1000ms);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == core::ErrorCode::DeviceNotFound);
}

TEST_CASE("libusb: no permission on the device names the udev rule to install", "[usb][printer]")
{
    EmulatedPrinter printer;
    const UsbDeviceInfo where = printer.where();
    const QByteArray node = QFile::encodeName(printer.usb.nodeFile());
    REQUIRE(chmod(node.constData(), 0) == 0);
    auto denied = withoutDacOverride([&] { return UsbPrinterConnection::open(printer.context, where); });
    REQUIRE(chmod(node.constData(), 0666) == 0);
    REQUIRE_FALSE(denied);
    CHECK(denied.error().code == core::ErrorCode::PermissionDenied);
    CHECK(denied.error().detail.contains(QStringLiteral("70-secondsale.rules")));
}

TEST_CASE("Status bytes: every one of the 256 values is either refused or decoded, for every request", "[printer]")
{
    // The parser's whole input space, exhaustively (a fuzz run of one byte).
    int accepted = 0;
    for (int byte = 0; byte < 256; ++byte) {
        for (StatusRequest request : {StatusRequest::Printer, StatusRequest::OfflineCause, StatusRequest::ErrorCause,
                 StatusRequest::PaperSensor}) {
            const auto status = applyStatusByte({}, request, static_cast<quint8>(byte));
            CHECK(status.has_value() == ((byte & 0x93) == 0x12));
            accepted += status ? 1 : 0;
        }
    }
    CHECK(accepted == 16 * 4);
}
