// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbHub.h"

#include "UsbContext.h"

#include <QTimer>

#include <libusb.h>

namespace ss::devices {

namespace {

int onHotplug(libusb_context*, libusb_device*, libusb_hotplug_event, void* user)
{
    // Inside libusb_handle_events, on the usb thread: note it; devicesChanged goes out after.
    *static_cast<bool*>(user) = true;
    return 0;
}

} // namespace

UsbHub::UsbHub(QObject* parent)
    : QObject(parent)
{ }

UsbHub::~UsbHub()
{
    stop();
}

void UsbHub::start()
{
    auto context = UsbContext::create();
    if (!context) {
        emit started(false);
        return;
    }
    m_context = std::make_unique<UsbContext>(std::move(*context));
    m_timers = new QObject(this); // parent of the timers, so stop() can end them all at once
    auto* events = new QTimer(m_timers);
    events->setInterval(kEventMs);
    connect(events, &QTimer::timeout, this, &UsbHub::handleEvents);
    events->start();
    const bool hotplug = libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)
        && libusb_hotplug_register_callback(m_context->handle(),
               static_cast<libusb_hotplug_event>(
                   LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
               LIBUSB_HOTPLUG_NO_FLAGS, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
               onHotplug, &m_changed, &m_hotplugHandle)
            == LIBUSB_SUCCESS;
    // Even with hot-plug, a slow re-scan catches a device that was refused (permissions fixed since).
    auto* rescan = new QTimer(m_timers);
    rescan->setInterval(hotplug ? kRescanMs * 5 : kRescanMs);
    connect(rescan, &QTimer::timeout, this, &UsbHub::devicesChanged);
    rescan->start();
    emit started(true);
    emit devicesChanged(); // whatever is plugged in already
}

void UsbHub::stop()
{
    delete m_timers;
    m_timers = nullptr;
    if (m_context && m_hotplugHandle != 0)
        libusb_hotplug_deregister_callback(m_context->handle(), m_hotplugHandle);
    m_hotplugHandle = 0;
    m_context.reset();
}

void UsbHub::handleEvents()
{
    timeval zero {0, 0};
    libusb_handle_events_timeout_completed(m_context->handle(), &zero, nullptr);
    if (m_changed) {
        m_changed = false;
        emit devicesChanged();
    }
}

UsbThread::UsbThread()
{
    m_thread.setObjectName(QStringLiteral("usb"));
    m_hub = new UsbHub; // moved to the thread; deleted there on finish
    m_hub->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, m_hub, &UsbHub::start);
    QObject::connect(&m_thread, &QThread::finished, m_hub, &QObject::deleteLater);
    m_thread.start();
}

UsbThread::~UsbThread()
{
    QMetaObject::invokeMethod(m_hub, &UsbHub::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace ss::devices
