// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/CustomerRecordsPort.h"
#include "staff/Role.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ss::ui {

class CustomerListModel;
class CustomerProfileView;

/// The customer records for a manager or the owner: search, profile with history, edit, consent
/// changes, merge of duplicates, export of one customer's data and erasure on request. The acting
/// member of staff is named in every call, so storage checks the role and audits under their name.
class CustomersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersDialog)

public:
    CustomersDialog(core::CustomerRecordsPort& records, core::CashierRecord actor, QString currency, QString region,
        QWidget* parent = nullptr);
    ~CustomersDialog() override;

private:
    void search();
    void openSelected();
    void loadProfile(const QString& uid);
    void save(const core::CustomerEdit& edit);
    void changeConsent(core::ConsentChannel channel, bool granted);
    void askExport();
    void writeExport(const QString& path);
    void askMerge();
    void askErase();
    void showMessage(const QString& text, bool problem);
    void showFailure(const core::Error& error);
    void setBusy(bool busy);

    core::CustomerRecordsPort& m_records;
    core::CashierRecord m_actor;
    QString m_currency;
    QString m_region;
    std::optional<core::CustomerProfile> m_profile;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    CustomerListModel* m_model = nullptr;
    CustomerProfileView* m_view = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_erase = nullptr;
    QLabel* m_message = nullptr;
    QTimer m_searchDelay;
    quint64 m_generation = 0;
};

} // namespace ss::ui
