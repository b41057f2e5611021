// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomersDialog.h"

#include "FileExport.h"

#include "CustomerEditForm.h"
#include "CustomerListModel.h"
#include "CustomerProfileView.h"
#include "MergePickerDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

/// The consent wording a manager confirms on this screen ("the customer told me yes/no").
constexpr auto kScreenWordingVersion = u"customer-screen-v1";

} // namespace

CustomersDialog::CustomersDialog(
    core::CustomerRecordsPort& records, core::CashierRecord actor, QString currency, QString region, QWidget* parent)
    : QDialog(parent)
    , m_records(records)
    , m_actor(std::move(actor))
    , m_currency(std::move(currency))
    , m_region(std::move(region))
{
    setObjectName(QStringLiteral("customersDialog"));
    setWindowTitle(tr("Customers — %1").arg(m_actor.name));
    resize(1000, 680);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearchLineEdit"));
    m_search->setPlaceholderText(tr("Phone digits, email, name, or scan a card or receipt"));
    m_search->setClearButtonEnabled(true);
    m_model = new CustomerListModel(m_currency, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_view = new CustomerProfileView(m_currency, m_region, this);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 560});

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("customersMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export their data…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportCustomerButton"));
    m_merge = buttons->addButton(tr("Merge a duplicate…"), QDialogButtonBox::ActionRole);
    m_merge->setObjectName(QStringLiteral("mergeCustomerButton"));
    m_erase = buttons->addButton(tr("Erase on request…"), QDialogButtonBox::ActionRole);
    m_erase->setObjectName(QStringLiteral("eraseCustomerButton"));
    m_erase->setStyleSheet(QStringLiteral("color:#b42318;"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this, &CustomersDialog::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersDialog::openSelected);
    connect(m_view->editForm(), &CustomerEditForm::saveRequested, this, &CustomersDialog::save);
    connect(m_view, &CustomerProfileView::consentChangeRequested, this, &CustomersDialog::changeConsent);
    connect(m_export, &QPushButton::clicked, this, &CustomersDialog::askExport);
    connect(m_merge, &QPushButton::clicked, this, &CustomersDialog::askMerge);
    connect(m_erase, &QPushButton::clicked, this, &CustomersDialog::askErase);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setBusy(false);
    search(); // the most recent customers, before anything is typed
}

CustomersDialog::~CustomersDialog() = default;

void CustomersDialog::search()
{
    const core::CustomerQuery query = core::customerQueryFor(m_search->text(), m_region);
    const quint64 generation = ++m_generation;
    m_records.list(m_actor.uid, query, 200)
        .then(this, [this, generation](const core::Result<std::vector<core::CustomerSummary>>& found) {
            if (generation != m_generation) // a newer search is on its way
                return;
            if (!found) {
                showFailure(found.error());
                return;
            }
            m_model->setCustomers(*found);
            // Only the search's own note is replaced; "Saved." or "Erased." stay until the next action.
            const QString noMatch = tr("No customer matches.");
            if (found->empty() && !m_search->text().trimmed().isEmpty())
                showMessage(noMatch, false);
            else if (m_message->text() == noMatch)
                m_message->clear();
        });
}

void CustomersDialog::openSelected()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    const core::CustomerSummary* chosen = rows.isEmpty() ? nullptr : m_model->customerAt(rows.first().row());
    if (chosen)
        loadProfile(chosen->uid);
}

void CustomersDialog::loadProfile(const QString& uid)
{
    m_records.profile(m_actor.uid, uid).then(this, [this, uid](const core::Result<core::CustomerProfile>& profile) {
        if (!profile) {
            m_profile.reset();
            m_view->clear();
            setBusy(false);
            showFailure(profile.error());
            return;
        }
        m_profile = *profile;
        m_view->showProfile(*profile);
        setBusy(false);
    });
}

void CustomersDialog::save(const core::CustomerEdit& edit)
{
    setBusy(true);
    m_records.update(m_actor.uid, edit).then(this, [this, uid = edit.uid](const core::Result<bool>& saved) {
        if (!saved) {
            setBusy(false);
            if (saved.error().code == core::ErrorCode::AlreadyExists)
                m_view->editForm()->showProblem(tr("Another customer already has that phone, email or loyalty card. "
                                                   "If it is the same person, merge the two records."));
            else
                showFailure(saved.error());
            return;
        }
        showMessage(tr("Saved."), false);
        loadProfile(uid);
        search();
    });
}

void CustomersDialog::changeConsent(core::ConsentChannel channel, bool granted)
{
    if (!m_profile)
        return;
    setBusy(true);
    const QString uid = m_profile->summary.uid;
    m_records.recordConsent(m_actor.uid, uid, channel, granted, QString::fromUtf16(kScreenWordingVersion))
        .then(this, [this, uid, granted](const core::Result<bool>& recorded) {
            if (!recorded) {
                setBusy(false);
                if (recorded.error().code == core::ErrorCode::InvalidArgument)
                    showMessage(
                        tr("There is no address on record for that channel: add it under Details first."), true);
                else
                    showFailure(recorded.error());
                return;
            }
            showMessage(
                granted ? tr("Consent recorded.") : tr("Withdrawal recorded. No more marketing on that channel."),
                false);
            loadProfile(uid);
        });
}

void CustomersDialog::askExport()
{
    if (!m_profile)
        return;
    auto* dialog = new QFileDialog(this, tr("Export the customer's data"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the same dialog on every desktop, and testable
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("JSON (*.json)"), tr("CSV for a spreadsheet (*.csv)")});
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QStringLiteral("customer-%1.json").arg(m_profile->summary.number));
    connect(dialog, &QFileDialog::fileSelected, this, &CustomersDialog::writeExport);
    dialog->open();
}

void CustomersDialog::writeExport(const QString& path)
{
    if (!m_profile)
        return;
    setBusy(true);
    m_records.exportData(m_actor.uid, m_profile->summary.uid)
        .then(this, [this, path](const core::Result<core::CustomerDataExport>& exported) {
            setBusy(false);
            if (!exported) {
                showFailure(exported.error());
                return;
            }
            // Written whole or not at all: a full USB stick leaves no half file behind.
            const QByteArray& bytes
                = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? exported->csv : exported->json;
            if (!writeWholeFile(path, bytes)) {
                showMessage(
                    tr("The file could not be written (disk full or no permission). Choose another folder."), true);
                return;
            }
            showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
        });
}

void CustomersDialog::askMerge()
{
    if (!m_profile)
        return;
    auto* dialog = new MergePickerDialog(m_records, m_actor.uid, m_profile->summary, m_currency, m_region, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString kept = m_profile->summary.uid;
    connect(dialog, &MergePickerDialog::mergeChosen, this, [this, kept](const QString& duplicate) {
        setBusy(true);
        m_records.merge(m_actor.uid, kept, duplicate).then(this, [this, kept](const core::Result<bool>& merged) {
            if (!merged) {
                setBusy(false);
                showFailure(merged.error());
                return;
            }
            showMessage(tr("Merged: all history is now on this customer."), false);
            loadProfile(kept);
            search();
        });
    });
    dialog->open();
}

void CustomersDialog::askErase()
{
    if (!m_profile)
        return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Erase this customer?"),
        tr("This removes %1's name, contact details, loyalty card and interests for good, and withdraws every "
           "consent. Their sales stay in the books without a name. It cannot be undone.\n\n"
           "Export their data first if they asked for a copy.")
            .arg(m_profile->summary.firstName),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("eraseConfirmBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* erase = box->addButton(tr("Erase"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("confirmEraseButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    const QString uid = m_profile->summary.uid;
    connect(erase, &QPushButton::clicked, this, [this, uid] {
        setBusy(true);
        m_records.erase(m_actor.uid, uid).then(this, [this](const core::Result<bool>& erased) {
            if (!erased) {
                setBusy(false);
                showFailure(erased.error());
                return;
            }
            m_profile.reset();
            m_view->clear();
            setBusy(false);
            m_search->clear(); // back to the recent customers; the erased one is in no list
            showMessage(tr("Erased. The erasure is recorded in the audit log."), false);
        });
    });
    box->open();
}

void CustomersDialog::showMessage(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color:#b42318;") : QStringLiteral("color:#166534;"));
    m_message->setText(text);
}

void CustomersDialog::showFailure(const core::Error& error)
{
    switch (error.code) {
    case core::ErrorCode::PermissionDenied:
        showMessage(tr("Only a manager or the owner may see or change customer records."), true);
        break;
    case core::ErrorCode::NotFound:
        showMessage(tr("That customer is no longer on record (erased or merged)."), true);
        break;
    case core::ErrorCode::DbFull: showMessage(tr("The disk is full. Nothing was changed."), true); break;
    default: showMessage(tr("That did not work, and nothing was changed. Try again."), true); break;
    }
}

void CustomersDialog::setBusy(bool busy)
{
    const bool ready = !busy && m_profile.has_value();
    m_export->setEnabled(ready);
    m_merge->setEnabled(ready);
    m_erase->setEnabled(ready);
    m_view->setEnabled(!busy);
}

} // namespace ss::ui
