// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/BackOfficePort.h"
#include "staff/Role.h"

#include <QDialog>

class QLabel;

namespace ss::ui {

/// The back office (a manager or the owner, approved in person at the till): the catalogue's
/// import and export, and the staff accounts.
class BackOfficeDialog final : public QDialog
{
    Q_OBJECT

public:
    BackOfficeDialog(core::BackOfficePort& backOffice, core::CashierRecord actor, QWidget* parent = nullptr);

    /// Opens the import wizard (the "Import products…" button).
    void openImport();

private:
    void exportProducts();

    core::BackOfficePort& m_backOffice;
    core::CashierRecord m_actor;
    QLabel* m_message;
};

} // namespace ss::ui
