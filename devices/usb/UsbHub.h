// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <memory>

namespace ss::devices {

class UsbContext;

/// The one libusb context of the process and its event handling, on the "usb" thread. Hot-plug
/// arrives through libusb's callbacks (serviced here, and nowhere else) or, where the platform has
/// none, a periodic re-enumeration; either way workers hear `devicesChanged`.
class UsbHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsbHub)

public:
    explicit UsbHub(QObject* parent = nullptr);
    ~UsbHub() override;

    /// Null until start() ran (on the usb thread) or when libusb cannot start.
    [[nodiscard]] UsbContext* context() const { return m_context.get(); }

    static constexpr int kEventMs = 20; ///< Async transfers (scanners) and hot-plug are serviced this often.
    static constexpr int kRescanMs = 2000; ///< Without hot-plug support, look for new devices this often.

public slots:
    void start();
    void stop();

signals:
    void started(bool ok);
    /// A device came or went (or, without hot-plug, it is time to look again).
    void devicesChanged();

private:
    void handleEvents();

    std::unique_ptr<UsbContext> m_context;
    int m_hotplugHandle = 0;
    bool m_changed = false;
    QObject* m_timers = nullptr;
};

/// Owns the "usb" thread and its hub. Everything USB runs there; the objects here are only created
/// and destroyed from the GUI thread. Destroy the printer and scanner facades first.
class UsbThread final
{
public:
    UsbThread();
    ~UsbThread();
    UsbThread(const UsbThread&) = delete;
    UsbThread& operator=(const UsbThread&) = delete;

    [[nodiscard]] UsbHub& hub() const { return *m_hub; }
    [[nodiscard]] QThread& thread() { return m_thread; }

private:
    QThread m_thread;
    UsbHub* m_hub = nullptr; ///< Lives on m_thread; deleted there when it finishes.
};

} // namespace ss::devices
