// SPDX-License-Identifier: GPL-3.0-or-later
#include "MergePickerDialog.h"

#include "CustomerListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ss::ui {

MergePickerDialog::MergePickerDialog(core::CustomerRecordsPort& records, QString actorUid, core::CustomerSummary kept,
    QString currency, QString region, QWidget* parent)
    : QDialog(parent)
    , m_records(records)
    , m_actorUid(std::move(actorUid))
    , m_kept(std::move(kept))
    , m_region(std::move(region))
{
    setObjectName(QStringLiteral("mergePickerDialog"));
    setWindowTitle(tr("Merge a duplicate record"));
    resize(720, 420);
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(tr("Find the other record of %1. Its sales, coupons, consent history and "
                                      "interests move to this customer; the duplicate is then closed.")
                                       .arg(QStringList {m_kept.firstName, m_kept.lastName}.join(u' ').trimmed()),
        this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mergeSearchLineEdit"));
    m_search->setPlaceholderText(tr("Phone digits, email or name"));
    m_model = new CustomerListModel(std::move(currency), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("mergeCandidatesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("Merge into this customer"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("confirmMergeButton"));
    m_merge->setEnabled(false);
    layout->addWidget(explanation);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this, &MergePickerDialog::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        m_merge->setEnabled(!rows.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &MergePickerDialog::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MergePickerDialog::~MergePickerDialog() = default;

void MergePickerDialog::search()
{
    const core::CustomerQuery query = core::customerQueryFor(m_search->text(), m_region);
    if (query.isEmpty()) {
        m_model->setCustomers({});
        return;
    }
    const quint64 generation = ++m_generation;
    m_records.list(m_actorUid, query, 50)
        .then(this, [this, generation](const core::Result<std::vector<core::CustomerSummary>>& found) {
            if (generation != m_generation) // a newer search is on its way
                return;
            if (!found) {
                m_message->setText(tr("The search failed. Try again."));
                return;
            }
            std::vector<core::CustomerSummary> others;
            for (const core::CustomerSummary& customer : *found) {
                if (customer.uid != m_kept.uid)
                    others.push_back(customer);
            }
            m_message->setText(others.empty() ? tr("No other customer matches.") : QString());
            m_model->setCustomers(std::move(others));
        });
}

void MergePickerDialog::choose()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const core::CustomerSummary* duplicate = rows.isEmpty() ? nullptr : m_model->customerAt(rows.first().row());
    if (!duplicate)
        return;
    emit mergeChosen(duplicate->uid);
    accept();
}

} // namespace ss::ui
