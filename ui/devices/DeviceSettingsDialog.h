// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/DeviceInventory.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace ss::core {
class PosPrinter;
class BarcodeScanner;
class PrintQueuePort;
class PrintSpooler;
} // namespace ss::core

namespace ss::ui {

/// Devices for a manager: what is plugged in, the printer's live status, which printer, profile,
/// code page and scanner the till uses (from the next start), a test print through the real print
/// queue, a drawer kick, and plain-language help when Linux refuses access to a device.
class DeviceSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSettingsDialog)

public:
    DeviceSettingsDialog(core::DeviceInventoryPort& inventory, core::PosPrinter& printer, core::BarcodeScanner* scanner,
        core::PrintQueuePort& queue, core::PrintSpooler& spooler, QWidget* parent = nullptr);
    ~DeviceSettingsDialog() override;

    void refresh();

private:
    void showDevices(const std::vector<core::DeviceEntry>& devices);
    void showStatus();
    void fillCodePages();
    void save();
    void testPrint();

    core::DeviceInventoryPort& m_inventory;
    core::PosPrinter& m_printer;
    core::BarcodeScanner* m_scanner;
    core::PrintQueuePort& m_queue;
    core::PrintSpooler& m_spooler;
    QTreeWidget* m_devices = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_help = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_printerChoice = nullptr;
    QComboBox* m_profile = nullptr;
    QComboBox* m_codePage = nullptr;
    QComboBox* m_scannerChoice = nullptr;
};

} // namespace ss::ui
