// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/StoreSetup.h"

#include <QSet>
#include <QWidget>

#include <optional>
#include <vector>

class QStandardItemModel;
class QTableView;

namespace ss::ui {

/// The table of tax classes (code, name, rate, prices include it) with add and remove, as the
/// set-up wizard and the store's settings both edit it.
class TaxRatesEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit TaxRatesEditor(QWidget* parent = nullptr);

    /// Shows `rates`; the codes in `locked` cannot be retyped (products and sales refer to them).
    void setRates(const std::vector<core::TaxRateSetup>& rates, const QSet<QString>& locked = {});
    /// The rates as typed, or nullopt with the reasons added to `problems`.
    [[nodiscard]] std::optional<std::vector<core::TaxRateSetup>> parsed(QStringList& problems) const;

    /// Basis points as a percentage without floating point: 550 → "5.5", 2000 → "20".
    [[nodiscard]] static QString percentText(int basisPoints);

signals:
    void edited();

private:
    enum Column { CodeColumn, NameColumn, RateColumn, InclusiveColumn };
    void appendRate(const core::TaxRateSetup& rate, bool codeLocked);

    QStandardItemModel* m_model;
    QTableView* m_table;
};

} // namespace ss::ui
