// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ShelfLabelSheet.h"
#include "ports/BackOfficePort.h"
#include "ports/StoreSettingsPort.h"
#include "staff/Role.h"

#include <QDialog>

class QLabel;
class QTabWidget;

namespace ss::ui {

class CatalogPanel;

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
    /// For shelf labels: the store's currency and what the receipt printer makes of a document.
    void setLabelPrinting(const QString& currency, const ShelfLabelSheet::Bars& bars);

signals:
    void settingsSaved(const core::StoreSettings& settings);
    /// Something was added to the print queue (shelf labels): the spooler should look.
    void printQueued();

private:
    void exportProducts();
    void limitTo(const core::RolePermissions& permissions);

    core::BackOfficePort& m_backOffice;
    core::CashierRecord m_actor;
    QLabel* m_message;
    CatalogPanel* m_catalogue = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_files = nullptr;
    QWidget* m_categories = nullptr;
    QWidget* m_stock = nullptr;
    QWidget* m_staffPanel = nullptr;
};

} // namespace ss::ui
