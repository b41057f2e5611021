// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/BackOfficePort.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ss::ui {

/// One product, new or existing: SKU, name, category, price, cost, tax class, its barcodes (one a
/// line, the first printed on labels; every one scans) and its reorder level. Stock is shown, not
/// edited: it moves through the stock tab's ledger. The store checks everything again and says
/// what is wrong; the dialog stays open with what was typed.
class ProductDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `productUid` empty: a new product.
    ProductDialog(core::BackOfficePort& backOffice, QString actorUid, QString productUid, QWidget* parent = nullptr);

    /// Checks and saves (the Save button); on success the dialog closes.
    void save();

signals:
    void saved(const QString& productUid);

private:
    void showDraft(const core::ProductDraft& draft);
    /// The category of `uid` when the list has it, else `text` as typed.
    void selectCategory(const QString& uid, const QString& text);
    [[nodiscard]] std::optional<core::ProductDraft> fromForm(QStringList& problems) const;

    core::BackOfficePort& m_backOffice;
    QString m_actorUid;
    core::ProductDraft m_draft;
    QLineEdit* m_sku;
    QLineEdit* m_name;
    QComboBox* m_category;
    QLineEdit* m_price;
    QLineEdit* m_cost;
    QComboBox* m_tax;
    QPlainTextEdit* m_barcodes;
    QSpinBox* m_reorder;
    QLabel* m_problems;
    QPushButton* m_save;
};

} // namespace ss::ui
