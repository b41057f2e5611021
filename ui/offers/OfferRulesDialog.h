// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/OfferRulesPort.h"
#include "receipt/PrintedReceipt.h"
#include "receipt/ReceiptDocument.h"

#include <QDialog>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace ss::ui {

/// The owner's offers: every rule with what it has issued and had redeemed, and an editor for a
/// rule's kind, discount, validity, minimum spend, visit, priority and whether it is on. The preview
/// shows the coupon exactly as the printer will print it (`printPreview` is the printer's own
/// encode-and-read-back, injected by the app).
class OfferRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfferRulesDialog)

public:
    using PrintPreview = std::function<core::PrintedReceipt(const core::ReceiptDocument&)>;

    OfferRulesDialog(core::OfferRulesPort& rules, QString ownerUid, QString currency, int columns,
        PrintPreview printPreview, QWidget* parent = nullptr);
    ~OfferRulesDialog() override;

    /// How long a new offer's coupons are valid unless the owner types otherwise (the store's setting).
    void setDefaultValidDays(int days);

private:
    void reload();
    void showRule(int index);
    void newRule();
    void save();
    void updatePreview();
    [[nodiscard]] std::optional<core::OfferRuleRecord> readForm(QString& problem) const;

    core::OfferRulesPort& m_rules;
    QString m_ownerUid;
    QString m_currency;
    int m_columns;
    PrintPreview m_printPreview;
    std::vector<core::OfferRuleSummary> m_shown;
    QString m_editingUid;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_discountKind = nullptr;
    QLineEdit* m_value = nullptr;
    QSpinBox* m_days = nullptr;
    int m_defaultDays = 60;
    QLineEdit* m_minimum = nullptr;
    QSpinBox* m_visit = nullptr;
    QComboBox* m_fromCategory = nullptr;
    QComboBox* m_toCategory = nullptr;
    QComboBox* m_rewardKind = nullptr;
    QLineEdit* m_rewardValue = nullptr;
    QSpinBox* m_rewardDays = nullptr;
    QSpinBox* m_priority = nullptr;
    QCheckBox* m_active = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ss::ui
