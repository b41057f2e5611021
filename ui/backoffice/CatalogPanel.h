// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ShelfLabelSheet.h"
#include "ports/BackOfficePort.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace ss::ui {

/// The catalogue in the back office: find products by SKU, barcode or name and category; deactivate
/// or reactivate them (never delete: sales refer to them); change the prices of what is listed by a
/// percentage, previewed (old and new price side by side) before it applies.
class CatalogPanel final : public QWidget
{
    Q_OBJECT

public:
    CatalogPanel(core::BackOfficePort& backOffice, core::CashierRecord actor, QWidget* parent = nullptr);

    void search();
    /// Reads the category filter's choices again (after the categories tab changed them).
    void reloadCategories();
    void toggleSelectedActive();
    /// Opens the product screen for a new product, or for the selected one.
    void openProduct(bool selected);
    /// For shelf labels on paper: the store's currency and the receipt printer's bars.
    void setLabelPrinting(QString currency, ShelfLabelSheet::Bars bars);
    /// The selected products' labels to the receipt printer's queue.
    void printLabels();
    /// The selected products' labels as an A4 sheet PDF at `path`.
    void saveLabelsPdf(const QString& path);
    /// Shows the new prices for the listed products (the Preview button); nothing changes yet.
    void previewPrices();
    /// Applies the previewed prices (the Apply button).
    void applyPrices();

signals:
    void listed();
    void productSaved(const QString& productUid);
    void labelsQueued();
    void labelsSaved(bool ok);
    void pricesApplied(bool ok);

private:
    void fill(const std::vector<core::CatalogRow>& rows);
    [[nodiscard]] QStringList selectedUids() const;

    core::BackOfficePort& m_backOffice;
    core::CashierRecord m_actor;
    std::vector<core::CatalogRow> m_rows;
    std::vector<core::PriceChangeLine> m_preview;
    QLineEdit* m_search;
    QComboBox* m_category;
    QCheckBox* m_inactive;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QComboBox* m_direction;
    QLineEdit* m_percent;
    QLabel* m_message;
    QString m_currency;
    ShelfLabelSheet::Bars m_bars;
    QString m_afterSearch; ///< What the last change did, said once the list is read again.
};

} // namespace ss::ui
