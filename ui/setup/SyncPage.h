// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "sync/SyncSetup.h"

#include <QFuture>
#include <QWizardPage>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ss::ui {

/// Tries the connection; the value says how it is protected ("encrypted (TLS)"), for the owner.
using SyncConnectionTest = std::function<QFuture<core::Result<QString>>(const core::SyncSetup&)>;

/// The last page: whether this till works with other tills or shops, and how it reaches their
/// central PostgreSQL (TLS, the password for the keyring). Optional: a shop with one till skips it.
class SyncPage final : public QWizardPage
{
    Q_OBJECT

public:
    SyncPage(SyncConnectionTest test, QWidget* parent = nullptr);
    ~SyncPage() override;
    [[nodiscard]] int nextId() const override { return -1; }
    [[nodiscard]] bool validatePage() override;
    [[nodiscard]] core::SyncSetup syncSetup() const;
    /// Tries the connection now (the "Test the connection" button).
    void testConnection();

signals:
    void testFinished(bool connected);

private:
    void enableFields(bool on);

    SyncConnectionTest m_test;
    QCheckBox* m_enabled;
    QLineEdit* m_shop;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_tls;
    QLineEdit* m_caFile;
    QComboBox* m_offline;
    QPushButton* m_testButton;
    QLabel* m_status;
};

} // namespace ss::ui
