// SPDX-License-Identifier: GPL-3.0-or-later
// The till's USB printer end to end on the "usb" thread, against an emulated TM-T20III: the spooler
// sends a job, the printer is unplugged half-way (or runs out of paper), the job waits and prints
// whole, once, after re-plugging (or a new roll).
#include "FakeUsb.h" // first, on its own: glib before Qt

#include "EscPosEncoder.h"
#include "UsbHub.h"
#include "UsbPosPrinter.h"
#include "ports/PrintQueuePort.h"
#include "print/PrintSpooler.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <map>

using namespace ss;
using namespace ss::devices;
using test::waitUntil;

namespace {

/// The durable queue, in memory: enough for the spooler; the SQL one is tested in tests/db.
class MemoryQueue final : public core::PrintQueuePort
{
public:
    std::map<qint64, core::PrintJob> pending;
    std::vector<qint64> printed;
    std::vector<QString> errors;

    template<typename T> static QFuture<core::Result<T>> ready(core::Result<T> value)
    {
        return QtFuture::makeReadyFuture(std::move(value));
    }
    QFuture<core::Result<std::optional<core::PrintJob>>> nextPending() override
    {
        if (pending.empty())
            return ready<std::optional<core::PrintJob>>(std::nullopt);
        return ready<std::optional<core::PrintJob>>(pending.begin()->second);
    }
    QFuture<core::Result<bool>> markPrinted(qint64 id) override
    {
        printed.push_back(id);
        return ready<bool>(pending.erase(id) == 1);
    }
    QFuture<core::Result<bool>> markAttemptFailed(qint64 id, const QString& error) override
    {
        errors.push_back(error);
        ++pending[id].attempts;
        return ready<bool>(true);
    }
    QFuture<core::Result<qint64>> pendingCount() override { return ready<qint64>(static_cast<qint64>(pending.size())); }
    QFuture<core::Result<qint64>> queueReprint(const QString&) override
    {
        return ready<qint64>(core::fail(core::ErrorCode::NotFound));
    }
    QFuture<core::Result<qint64>> queueText(const QString&, const QString&) override
    {
        return ready<qint64>(core::fail(core::ErrorCode::InvalidArgument));
    }
};

/// The printer takes its time over the first chunk of a job: long enough to pull the cable.
std::atomic<int> g_slowChunks {0};
void slowPrinter(FakeUsbDevice* device, guint8, const guint8* data, gsize length, gpointer)
{
    if (length > 3 && g_slowChunks > 0) {
        --g_slowChunks;
        g_usleep(400'000);
    }
    for (gsize i = 0; i + 2 < length; ++i) { // status: online, paper present
        if (data[i] == 0x10 && data[i + 1] == 0x04) {
            const guint8 ok = 0x12;
            fake_usb_device_queue_in(device, 0x82, &ok, 1);
        }
    }
}

/// A printer whose paper can run out: its status replies say so (offline, paper end).
std::atomic<bool> g_paperOut {false};
/// The roll ends once this many bytes of print data have come in (0: it never does). Decided by
/// the device as the data arrives, so a busy machine cannot print the whole job first.
std::atomic<gsize> g_rollEndsAfter {0};
std::atomic<gsize> g_printBytes {0};
void paperPrinter(FakeUsbDevice* device, guint8, const guint8* data, gsize length, gpointer)
{
    if (length > 3 && g_rollEndsAfter > 0) { // print data, not a status request
        g_printBytes += length;
        if (g_printBytes >= g_rollEndsAfter && !g_paperOut) {
            g_paperOut = true;
            fake_usb_device_set_out_busy(device, TRUE); // its buffer full, it takes nothing more
        }
    }
    for (gsize i = 0; i + 2 < length; ++i) {
        if (data[i] != 0x10 || data[i + 1] != 0x04)
            continue;
        guint8 reply = 0x12;
        if (g_paperOut) {
            switch (data[i + 2]) {
            case 1: reply = 0x1A; break; // offline
            case 2: reply = 0x32; break; // stopped at paper end
            case 4: reply = 0x7E; break; // paper near end and end
            default: break;
            }
        }
        fake_usb_device_queue_in(device, 0x82, &reply, 1);
    }
}

/// What the printer was sent for print, without the status requests in between.
QByteArray printedBytes(const test::FakeUsb& usb)
{
    QByteArray received = usb.received(0x01);
    for (char request : {'\x01', '\x02', '\x03', '\x04'})
        received.replace(QByteArray("\x10\x04", 2) + request, {});
    return received;
}

core::ReceiptDocument longReceipt()
{
    core::ReceiptDocument document;
    for (int i = 0; i < 400; ++i)
        document.blocks.push_back(
            {core::ReceiptBlock::Kind::Columns, QStringLiteral("Line %1 of a long Z report, padded to width").arg(i),
                QStringLiteral("9.99"), core::ReceiptBlock::Align::Left, false, false});
    return document;
}

} // namespace

TEST_CASE("USB: unplugged mid-job, the receipt waits and prints whole after re-plugging", "[usb][printer][spool]")
{
    test::FakeUsb usb("tm-t20iii.umockdev", "/dev/bus/usb/001/002");
    fake_usb_device_set_out_handler(usb.device(), slowPrinter, nullptr);
    const PrinterProfile profile = *printerProfile(QStringLiteral("epson-tm-t20iii"));
    UsbThread thread;
    UsbPosPrinter printer(thread, profile);
    MemoryQueue queue;
    core::PrintSpooler spooler(queue, printer);
    int held = 0;
    QObject::connect(&spooler, &core::PrintSpooler::held, [&](const core::Error&) { ++held; });

    REQUIRE(waitUntil([&] { return printer.status().canPrint(); }));
    const core::ReceiptDocument document = longReceipt();
    const QByteArray expected = *encodeEscPos(document, profile);
    REQUIRE(expected.size() > 3 * 4096);
    queue.pending[1] = {1, QStringLiteral("report"), {}, 0, document};

    g_slowChunks = 1;
    spooler.wake();
    REQUIRE(waitUntil([&] { return usb.received(0x01).size() >= 4096; }));
    usb.unplug(); // while the printer is still chewing on the first chunk
    REQUIRE(waitUntil([&] { return held > 0; }));
    CHECK(queue.printed.empty());
    CHECK(queue.pending.count(1) == 1);
    REQUIRE_FALSE(queue.errors.empty());
    REQUIRE(waitUntil([&] { return !printer.status().connected; }));

    usb.replug();
    fake_usb_device_set_out_handler(usb.device(), slowPrinter, nullptr);
    REQUIRE(waitUntil([&] { return queue.printed == std::vector<qint64> {1}; }, 15000));
    // The new device got the whole job, once, from its first byte (status requests aside).
    QByteArray received = usb.received(0x01);
    received.replace(QByteArray("\x10\x04\x01", 3), {}).replace(QByteArray("\x10\x04\x02", 3), {});
    received.replace(QByteArray("\x10\x04\x04", 3), {});
    CHECK(received == expected);
    CHECK_FALSE(spooler.holdReason());
}

TEST_CASE("USB: the drawer kick reaches the printer as ESC p", "[usb][printer]")
{
    test::FakeUsb usb("tm-t20iii.umockdev", "/dev/bus/usb/001/002");
    fake_usb_device_set_out_handler(usb.device(), slowPrinter, nullptr);
    UsbThread thread;
    UsbPosPrinter printer(thread, *printerProfile(QStringLiteral("epson-tm-t20iii")));
    REQUIRE(waitUntil([&] { return printer.status().canPrint(); }));
    printer.openDrawer();
    REQUIRE(waitUntil([&] { return usb.received(0x01).contains(QByteArray("\x1bp\x00\x19\xfa", 5)); }));
}

TEST_CASE("USB: the paper runs out mid-receipt — the job waits, then prints whole, once, on a new roll",
    "[usb][printer][spool]")
{
    test::FakeUsb usb("tm-t20iii.umockdev", "/dev/bus/usb/001/002");
    g_paperOut = false;
    fake_usb_device_set_out_handler(usb.device(), paperPrinter, nullptr);
    const PrinterProfile profile = *printerProfile(QStringLiteral("epson-tm-t20iii"));
    UsbThread thread;
    UsbPosPrinter printer(thread, profile);
    MemoryQueue queue;
    core::PrintSpooler spooler(queue, printer);
    std::vector<core::Error> holds;
    QObject::connect(&spooler, &core::PrintSpooler::held, [&](const core::Error& why) { holds.push_back(why); });

    REQUIRE(waitUntil([&] { return printer.status().canPrint(); }));
    const core::ReceiptDocument document = longReceipt();
    const QByteArray expected = *encodeEscPos(document, profile);
    queue.pending[1] = {1, QStringLiteral("report"), {}, 0, document};

    // The roll ends after the first 4 KiB: the printer says so and, its buffer full, takes nothing more.
    g_printBytes = 0;
    g_rollEndsAfter = 4096;
    spooler.wake();
    REQUIRE(waitUntil([&] { return !holds.empty(); }, 15000));
    CHECK(queue.printed.empty());
    CHECK(queue.pending.count(1) == 1); // still queued: nothing lost
    const QByteArray beforeTheRollEnded = printedBytes(usb);
    CHECK(beforeTheRollEnded.size() < expected.size());
    CHECK(expected.startsWith(beforeTheRollEnded));

    // A new roll: the printer takes data again and reports paper; the job prints from its start.
    g_rollEndsAfter = 0;
    g_paperOut = false;
    usb.setOutBusy(false);
    REQUIRE(waitUntil([&] { return queue.printed == std::vector<qint64> {1}; }, 20000));
    const QByteArray all = printedBytes(usb);
    // The torn-off part, then the whole receipt exactly once (nothing after it: no second copy).
    REQUIRE(all.size() >= expected.size());
    CHECK(all.endsWith(expected));
    CHECK(all.size() - expected.size() <= beforeTheRollEnded.size() + 4096);
    CHECK(queue.pending.empty());
    QElapsedTimer settle; // and nothing more comes
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    CHECK(printedBytes(usb).size() == all.size());
    CHECK_FALSE(spooler.holdReason());
}
