// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A umockdev testbed with emulated USB devices (tests/support/usb/fake_usbfs), for libusb code
// under test that is not changed at all. The binary must run under umockdev-wrapper.

// glib's headers use `signals` as a name, which Qt defines as a keyword: they come first.
#include "fake_usbfs.h"

#include "TestSupport.h"

#include <QFile>

#include <sys/stat.h>

namespace ss::test {

/// Owns the testbed and one emulated device; unplugs and frees it on destruction.
class FakeUsb
{
public:
    FakeUsb(const char* descriptionFile, const char* devnode)
        : m_devnode(devnode)
    {
        REQUIRE(qEnvironmentVariable("LD_PRELOAD").contains(QStringLiteral("libumockdev-preload")));
        m_testbed = umockdev_testbed_new();
        QFile file(QStringLiteral(SECONDSALE_USB_DATA "/") + QString::fromLatin1(descriptionFile));
        REQUIRE(file.open(QIODevice::ReadOnly));
        m_description = file.readAll();
        plugIn();
    }
    /// Pulls the cable: pending transfers fail with "no device", the sysfs entry goes.
    void unplug() const { fake_usb_device_unplug(m_device); }
    /// The device stops taking data (NAKs every OUT transfer), as a printer out of paper does once
    /// its buffer is full; `false` takes what waits and goes on.
    void setOutBusy(bool busy) const { fake_usb_device_set_out_busy(m_device, busy ? TRUE : FALSE); }
    /// Plugs the same device in again (a new emulated device at the same node; handlers unset).
    void replug()
    {
        fake_usb_device_free(m_device);
        plugIn();
    }
    ~FakeUsb()
    {
        fake_usb_device_free(m_device);
        g_object_unref(m_testbed);
    }
    FakeUsb(const FakeUsb&) = delete;
    FakeUsb& operator=(const FakeUsb&) = delete;

    FakeUsbDevice* device() const { return m_device; }
    QByteArray received(guint8 endpoint) const
    {
        GBytes* bytes = fake_usb_device_get_out_data(m_device, endpoint);
        gsize size = 0;
        const auto* data = static_cast<const char*>(g_bytes_get_data(bytes, &size));
        QByteArray copy(data, static_cast<qsizetype>(size));
        g_bytes_unref(bytes);
        return copy;
    }
    void queueIn(guint8 endpoint, const QByteArray& data) const
    {
        fake_usb_device_queue_in(
            m_device, endpoint, reinterpret_cast<const guint8*>(data.constData()), static_cast<gsize>(data.size()));
    }
    /// The emulated device node's file in the testbed (to take its permissions away).
    QString nodeFile() const
    {
        gchar* root = umockdev_testbed_get_root_dir(m_testbed);
        const QString path = QString::fromUtf8(root) + QString::fromLatin1(m_devnode);
        g_free(root);
        return path;
    }

private:
    void plugIn()
    {
        GError* error = nullptr;
        m_device = fake_usb_device_new(m_testbed, m_description.constData(), m_devnode, &error);
        if (!m_device)
            FAIL(error->message);
    }

    QByteArray m_description;
    const char* m_devnode;
    UMockdevTestbed* m_testbed = nullptr;
    FakeUsbDevice* m_device = nullptr;
};

} // namespace ss::test
