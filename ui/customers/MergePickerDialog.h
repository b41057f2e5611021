// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/CustomerRecordsPort.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ss::ui {

class CustomerListModel;

/// "Which record is the duplicate?" — the manager finds the other record of the same person; it is
/// merged into the one open on the customer screen, which keeps all history of both.
class MergePickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergePickerDialog)

public:
    MergePickerDialog(core::CustomerRecordsPort& records, QString actorUid, core::CustomerSummary kept,
        QString currency, QString region, QWidget* parent = nullptr);
    ~MergePickerDialog() override;

signals:
    void mergeChosen(const QString& duplicateUid);

private:
    void search();
    void choose();

    core::CustomerRecordsPort& m_records;
    QString m_actorUid;
    core::CustomerSummary m_kept;
    QString m_region;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    CustomerListModel* m_model = nullptr;
    QPushButton* m_merge = nullptr;
    QLabel* m_message = nullptr;
    QTimer m_searchDelay;
    quint64 m_generation = 0;
};

} // namespace ss::ui
