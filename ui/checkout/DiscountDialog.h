// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sale/Cart.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ss::ui {

/// Asks for a discount: "10%" or an amount such as "2.50", on the selected line or the whole sale.
class DiscountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscountDialog)

public:
    explicit DiscountDialog(bool lineSelected, QWidget* parent = nullptr);
    ~DiscountDialog() override;

    /// "15%", "12.5 %" → percent in basis points; "2.50" → amount in minor units; nullopt otherwise.
    [[nodiscard]] static std::optional<core::Discount> parse(const QString& text);

signals:
    void requested(const ss::core::Discount& discount, bool wholeSale);

private:
    void submit(bool wholeSale);

    QLineEdit* m_value = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ss::ui
