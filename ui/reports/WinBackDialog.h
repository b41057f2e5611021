// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/ReportsPort.h"
#include "receipt/PrintedReceipt.h"
#include "receipt/ReceiptDocument.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTextDocument;

namespace ss::ui {

/// The owner invites lapsed customers back: the ones who said yes on a channel, optionally each with
/// a win-back coupon, as a CSV for the shop's mail tool or as printed letters (one page each, the
/// coupon on it exactly as the receipt printer would print it, so it scans at the till).
class WinBackDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WinBackDialog)

public:
    using PrintPreview = std::function<core::PrintedReceipt(const core::ReceiptDocument&)>;

    WinBackDialog(core::ReportsPort& reports, QString actorUid, QString storeName, QString currency, int lapsedDays,
        PrintPreview printPreview, int printerColumns, QWidget* parent = nullptr);
    ~WinBackDialog() override;

    [[nodiscard]] const core::WinBackInvitations& invitations() const { return m_invitations; }
    /// Writes one letter per customer as a PDF (no dialog: the tests use it too).
    bool saveLetters(const QString& path);
    /// The letters as a document, one page each (what saveLetters prints).
    void buildLetters(QTextDocument& document) const;

signals:
    void listReady();

private:
    void makeList();
    void show(const core::WinBackInvitations& invitations);
    void saveCsv();
    void askLetters();

    core::ReportsPort& m_reports;
    QString m_actorUid;
    QString m_storeName;
    QString m_currency;
    PrintPreview m_printPreview;
    int m_printerColumns;
    core::WinBackInvitations m_invitations;
    QSpinBox* m_days = nullptr;
    QComboBox* m_channel = nullptr;
    QCheckBox* m_issue = nullptr;
    QPushButton* m_make = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_letters = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
};

} // namespace ss::ui
