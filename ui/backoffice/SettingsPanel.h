// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/StoreSettingsPort.h"
#include "staff/Role.h"

#include <QWidget>

#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ss::ui {

class TaxRatesEditor;

/// The owner's one settings screen: who the store is and what its receipts say, tax classes,
/// when the till asks for the customer, coupon defaults, the dashboard's segments, what managers
/// may do, and the receipt logo. Saved as a whole: the screen shows every problem at once, the
/// store checks the same rules again and records what changed in the audit log.
class SettingsPanel final : public QWidget
{
    Q_OBJECT

public:
    SettingsPanel(core::StoreSettingsPort& settings, core::CashierRecord actor, QWidget* parent = nullptr);

    void reload();
    /// Checks and saves the form (the "Save" button).
    void save();
    /// Takes a picture file as the receipt logo (what "Choose a logo…" does once a file is picked).
    bool useLogoFile(const QString& path);

    [[nodiscard]] static constexpr int logoMaxWidth() { return 384; } ///< Dots on 80 mm paper, two thirds of it.

signals:
    /// What was saved, so the till applies it at once (capture mode, logo, name).
    void settingsSaved(const core::StoreSettings& settings);

private:
    void showSettings(const core::StoreSettings& settings);
    [[nodiscard]] std::optional<core::StoreSettings> fromForm(QStringList& problems) const;
    void showLogo();
    void chooseLogo();

    core::StoreSettingsPort& m_settings;
    core::CashierRecord m_actor;
    std::optional<core::StoreSettings> m_current;
    QByteArray m_logoPng;
    QLineEdit* m_name;
    QPlainTextEdit* m_address;
    QComboBox* m_country;
    QComboBox* m_currency;
    QLineEdit* m_taxRegistration;
    QPlainTextEdit* m_header;
    QPlainTextEdit* m_footer;
    QLabel* m_terminal;
    TaxRatesEditor* m_taxRates;
    QComboBox* m_captureMode;
    QSpinBox* m_couponsPerReceipt;
    QSpinBox* m_couponDays;
    QSpinBox* m_newDays;
    QSpinBox* m_activeDays;
    QSpinBox* m_lapsedDays;
    std::map<core::Permission, QCheckBox*> m_managerMay;
    QLabel* m_logo;
    QPushButton* m_removeLogo;
    QPushButton* m_saveButton;
    QLabel* m_problems;
    QLabel* m_message;
};

} // namespace ss::ui
