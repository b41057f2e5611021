// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/DeviceInventory.h"
#include "ports/PosPrinter.h"
#include "store/StoreProfile.h"

#include <QWizardPage>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;

namespace ss::ui {

/// Makes the printer a choice stands for ("virtual", "usb:VVVV:PPPP" with its profile).
using PrinterFactory = std::function<std::unique_ptr<core::PosPrinter>(const core::DeviceSettings&)>;

/// Finds the receipt printers plugged in, offers the virtual printer when there is none, and prints
/// the test page on the one chosen, so the owner sees the store's name come out before the first sale.
class PrinterPage final : public QWizardPage
{
    Q_OBJECT

public:
    PrinterPage(core::DeviceInventoryPort* devices, PrinterFactory makePrinter,
        std::function<core::StoreProfile()> storeProfile, QWidget* parent = nullptr);
    ~PrinterPage() override;
    void initializePage() override;
    [[nodiscard]] int nextId() const override;
    [[nodiscard]] core::DeviceSettings chosen() const;
    /// Looks at the bus again (the "Look again" button).
    void refresh();
    /// Prints the test page on the chosen printer; the page's status line tells how it went.
    void printTestPage();

signals:
    void testPageFinished(bool printed);

private:
    void listed(const core::Result<std::vector<core::DeviceEntry>>& found);

    core::DeviceInventoryPort* m_devices;
    PrinterFactory m_makePrinter;
    std::function<core::StoreProfile()> m_storeProfile;
    QListWidget* m_list;
    QLabel* m_status;
    std::unique_ptr<core::PosPrinter> m_testPrinter; ///< Alive until its test page is done.
};

} // namespace ss::ui
