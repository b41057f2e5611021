// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace ss::core {

/// A receipt printer's state as UnifiedPOS describes it: whether it is there and can print, and the
/// conditions a cashier must fix (cover, paper). `drawerOpen` is the cash drawer on its kick port.
struct PrinterStatus
{
    bool connected = false; ///< Plugged in and claimed by us.
    bool online = false; ///< Ready to print (not offline for cover, paper or error).
    bool coverOpen = false;
    bool paperNearEnd = false;
    bool paperEmpty = false;
    bool errorState = false; ///< A mechanical, cutter or unrecoverable error.
    bool drawerOpen = false;

    /// Ready to take a job now.
    [[nodiscard]] bool canPrint() const { return connected && online && !coverOpen && !paperEmpty && !errorState; }
    friend bool operator==(const PrinterStatus&, const PrinterStatus&) = default;
};

} // namespace ss::core

Q_DECLARE_METATYPE(ss::core::PrinterStatus)
