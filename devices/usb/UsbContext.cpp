// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsbContext.h"

#include "UsbError.h"

#include <libusb.h>

namespace ss::devices {

namespace {

struct DeviceListDeleter
{
    void operator()(libusb_device** list) const { libusb_free_device_list(list, 1); }
};

struct ConfigDeleter
{
    void operator()(libusb_config_descriptor* config) const { libusb_free_config_descriptor(config); }
};

} // namespace

void UsbContext::Exit::operator()(libusb_context* context) const
{
    libusb_exit(context);
}

UsbContext::UsbContext(libusb_context* context)
    : m_context(context)
{ }

UsbContext::UsbContext(UsbContext&&) noexcept = default;
UsbContext& UsbContext::operator=(UsbContext&&) noexcept = default;
UsbContext::~UsbContext() = default;

core::Result<UsbContext> UsbContext::create()
{
    libusb_context* context = nullptr;
    const int rc = libusb_init(&context);
    if (rc != LIBUSB_SUCCESS)
        return std::unexpected(usbError(rc, u"libusb_init"));
    return UsbContext(context);
}

core::Result<std::vector<UsbDeviceInfo>> UsbContext::enumerate() const
{
    libusb_device** raw = nullptr;
    const ssize_t count = libusb_get_device_list(m_context.get(), &raw);
    if (count < 0)
        return std::unexpected(usbError(static_cast<int>(count), u"libusb_get_device_list"));
    const std::unique_ptr<libusb_device*, DeviceListDeleter> list(raw);

    std::vector<UsbDeviceInfo> devices;
    for (ssize_t i = 0; i < count; ++i) {
        libusb_device* device = raw[i];
        libusb_device_descriptor descriptor {};
        if (libusb_get_device_descriptor(device, &descriptor) != LIBUSB_SUCCESS)
            continue; // a device that vanished mid-enumeration is simply not there
        UsbDeviceInfo info;
        info.vendorId = descriptor.idVendor;
        info.productId = descriptor.idProduct;
        info.deviceClass = descriptor.bDeviceClass;
        info.busNumber = libusb_get_bus_number(device);
        info.deviceAddress = libusb_get_device_address(device);
        libusb_config_descriptor* rawConfig = nullptr;
        if (libusb_get_config_descriptor(device, 0, &rawConfig) == LIBUSB_SUCCESS) {
            const std::unique_ptr<libusb_config_descriptor, ConfigDeleter> config(rawConfig);
            for (int n = 0; n < config->bNumInterfaces; ++n) {
                const libusb_interface& interface = config->interface[n];
                if (interface.num_altsetting > 0)
                    info.interfaceClasses.push_back(interface.altsetting[0].bInterfaceClass);
            }
        }
        devices.push_back(std::move(info));
    }
    return devices;
}

} // namespace ss::devices
