// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/BackOfficePort.h"
#include "ports/StoreSettingsPort.h"
#include "staff/Role.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace ss::ui {

/// The back office (a manager or the owner, approved in person at the till): products and their
/// import and export, stock, staff accounts and, for the owner, the store's settings. What a
/// manager may not do (the owner's setting) is greyed out here and refused by the store anyway.
class BackOfficeDialog final : public QDialog
{
    Q_OBJECT

public:
    BackOfficeDialog(core::BackOfficePort& backOffice, core::CashierRecord actor,
        core::StoreSettingsPort* settings = nullptr, QWidget* parent = nullptr);

    /// Opens the import wizard (the "Import products…" button).
    void openImport();

signals:
    void settingsSaved(const core::StoreSettings& settings);

private:
    void exportProducts();
    void limitTo(const core::RolePermissions& permissions);

    core::BackOfficePort& m_backOffice;
    core::CashierRecord m_actor;
    QLabel* m_message;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_files = nullptr;
    QWidget* m_stock = nullptr;
    QWidget* m_staffPanel = nullptr;
};

} // namespace ss::ui
