// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sale/Cart.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ss::core {
class CatalogPort;
}

namespace ss::ui {

/// A manager adds an unknown scanned item to the catalogue on the spot, so the customer is not
/// sent away: name, price and tax class now, the rest later in the back office.
class AddProductDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddProductDialog)

public:
    AddProductDialog(core::CatalogPort& catalog, QString barcode, QString cashierUid, QWidget* parent = nullptr);
    ~AddProductDialog() override;

signals:
    void added(const ss::core::ProductSnapshot& product);

private:
    void submit();

    core::CatalogPort& m_catalog;
    QString m_barcode;
    QString m_cashierUid;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_price = nullptr;
    QComboBox* m_tax = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ss::ui
