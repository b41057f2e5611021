// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "ImportPlanModel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

/// A page whose Next waits for the wizard's check of the file to be there and current.
class CheckedPage final : public QWizardPage
{
public:
    CheckedPage(const ImportWizard& wizard, bool needsApplicable)
        : m_wizard(wizard)
        , m_needsApplicable(needsApplicable)
    { }
    [[nodiscard]] bool isComplete() const override
    {
        if (m_wizard.busy() || !m_wizard.preview())
            return false;
        if (!m_needsApplicable)
            return true;
        const auto* skip = findChild<QCheckBox*>(QStringLiteral("skipRejectedCheck"));
        return m_wizard.preview()->plan.canApply(skip && skip->isChecked());
    }
    void refresh() { emit completeChanged(); }

private:
    const ImportWizard& m_wizard;
    bool m_needsApplicable;
};

} // namespace

ImportWizard::ImportWizard(core::BackOfficePort& backOffice, QString actorUid, QWidget* parent)
    : QWizard(parent)
    , m_backOffice(backOffice)
    , m_actorUid(std::move(actorUid))
    , m_path(new QLineEdit)
    , m_fileStatus(new QLabel)
    , m_mappingForm(new QFormLayout)
    , m_counts(new QLabel)
    , m_rows(new QTableView)
    , m_model(new ImportPlanModel(this))
    , m_skipRejected(new QCheckBox(tr("Import the good rows and leave the rejected ones out")))
    , m_progress(new QProgressBar)
    , m_result(new QLabel)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import products"));
    setWizardStyle(QWizard::ModernStyle);
    resize(900, 620);

    // 1. The file.
    auto* filePage = new CheckedPage(*this, false);
    filePage->setTitle(tr("The file"));
    filePage->setSubTitle(tr("A CSV file from a spreadsheet or another till: UTF-8 or Windows-1252, separated by "
                             "commas, semicolons or tabs, with the column names on the first line."));
    m_path->setObjectName(QStringLiteral("importFileEdit"));
    m_fileStatus->setObjectName(QStringLiteral("importFileStatus"));
    m_fileStatus->setWordWrap(true);
    auto* choose = new QPushButton(tr("&Choose…"));
    connect(choose, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Choose the products file"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setNameFilters({tr("CSV files (*.csv *.txt)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::fileSelected, this, &ImportWizard::loadFile);
        dialog->open();
    });
    // Only a different file is read again: leaving the field (Next, a click elsewhere) keeps the
    // columns the owner chose.
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text().trimmed() != m_loadedPath)
            loadFile(m_path->text().trimmed());
    });
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    auto* fileLayout = new QVBoxLayout(filePage);
    fileLayout->addLayout(fileRow);
    fileLayout->addWidget(m_fileStatus);
    fileLayout->addStretch();
    setPage(FilePageId, filePage);

    // 2. Which column is which.
    auto* mappingPage = new CheckedPage(*this, false);
    mappingPage->setTitle(tr("Which column is which"));
    mappingPage->setSubTitle(tr("Guessed from the column names. Columns set to \"(ignore)\" are left out; "
                                "a product needs at least its SKU, name and price."));
    auto* mappingLayout = new QVBoxLayout(mappingPage);
    mappingLayout->addLayout(m_mappingForm);
    mappingLayout->addStretch();
    setPage(MappingPageId, mappingPage);

    // 3. What will happen.
    auto* planPage = new CheckedPage(*this, true);
    planPage->setTitle(tr("What will happen"));
    planPage->setSubTitle(tr("Nothing has changed yet. Import applies every row at once, or none."));
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setModel(m_model);
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rows->horizontalHeader()->setSectionResizeMode(ImportPlanModel::ReasonColumn, QHeaderView::Stretch);
    m_rows->verticalHeader()->hide();
    m_skipRejected->setObjectName(QStringLiteral("skipRejectedCheck"));
    m_skipRejected->setParent(planPage);
    connect(m_skipRejected, &QCheckBox::toggled, planPage, &CheckedPage::refresh);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    auto* planLayout = new QVBoxLayout(planPage);
    planLayout->addWidget(m_counts);
    planLayout->addWidget(m_rows, 1);
    planLayout->addWidget(m_skipRejected);
    planLayout->addWidget(m_progress);
    planLayout->addWidget(m_result);
    setPage(PlanPageId, planPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));

    connect(this, &ImportWizard::previewChanged, this, [filePage, mappingPage, planPage] {
        filePage->refresh();
        mappingPage->refresh();
        planPage->refresh();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == MappingPageId)
            buildMapping();
    });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::loadFile(const QString& path)
{
    m_path->setText(path);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_preview.reset();
        m_fileStatus->setText(tr("That file cannot be read: check the name and that it is not open elsewhere."));
        emit previewChanged();
        return;
    }
    if (file.size() > kMaxFileBytes) {
        m_preview.reset();
        m_fileStatus->setText(tr("That file is larger than 64 MB: split it into smaller files."));
        emit previewChanged();
        return;
    }
    m_bytes = file.readAll();
    m_loadedPath = path;
    check(std::nullopt);
}

void ImportWizard::setBusy(bool busy)
{
    m_busy = busy;
    emit previewChanged();
}

void ImportWizard::check(const std::optional<core::ColumnMapping>& mapping)
{
    setBusy(true);
    m_fileStatus->setText(tr("Reading and checking…"));
    m_backOffice.previewImport(m_bytes, mapping).then(this, [this](const core::Result<core::ImportPreview>& preview) {
        if (preview) {
            m_preview = *preview;
            m_fileStatus->setText(
                tr("Read as %1, separated by \"%2\": %3 products in %4 columns.")
                    .arg(preview->table.encoding,
                        preview->table.separator == u'\t' ? tr("tab") : QString(preview->table.separator))
                    .arg(preview->table.rows.size())
                    .arg(preview->table.header.size()));
            showPreview();
        } else {
            m_preview.reset();
            m_fileStatus->setText(tr("That file cannot be imported: %1.").arg(preview.error().detail));
        }
        setBusy(false);
    });
}

void ImportWizard::buildMapping()
{
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    if (!m_preview)
        return;
    const core::CsvTable& table = m_preview->table;
    const std::vector<core::ProductField> choices
        = {core::ProductField::Ignore, core::ProductField::Sku, core::ProductField::Barcode, core::ProductField::Name,
            core::ProductField::Category, core::ProductField::Price, core::ProductField::Cost,
            core::ProductField::TaxClass, core::ProductField::Stock, core::ProductField::OtherBarcodes};
    for (int column = 0; column < table.header.size(); ++column) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mapColumn%1").arg(column));
        for (const core::ProductField field : choices)
            combo->addItem(core::ProductImport::fieldName(field), static_cast<int>(field));
        combo->setCurrentIndex(combo->findData(static_cast<int>(m_preview->mapping[static_cast<std::size_t>(column)])));
        const QString sample = table.rows.empty() ? QString() : table.rows.front().value(column);
        m_mappingForm->addRow(tr("%1 (for example \"%2\"):").arg(table.header[column], sample.left(40)), combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            core::ColumnMapping mapping;
            for (int row = 0; row < m_mappingForm->rowCount(); ++row) {
                auto* box = qobject_cast<QComboBox*>(m_mappingForm->itemAt(row, QFormLayout::FieldRole)->widget());
                mapping.push_back(static_cast<core::ProductField>(box->currentData().toInt()));
            }
            check(mapping);
        });
    }
}

void ImportWizard::showPreview()
{
    const core::ImportPlan& plan = m_preview->plan;
    m_model->setPlan(plan);
    QString counts
        = tr("New products: %1 · updated: %2 · rejected: %3").arg(plan.creates).arg(plan.updates).arg(plan.rejects);
    if (!plan.fileProblems.isEmpty())
        counts += u'\n' + plan.fileProblems.join(u'\n');
    else if (plan.rejects > 0)
        counts += u'\n' + tr("Fix the rejected rows in the file and choose it again, or leave them out.");
    m_counts->setText(counts);
}

void ImportWizard::accept()
{
    if (!m_preview || m_busy)
        return;
    setBusy(true);
    m_progress->setRange(0, static_cast<int>(m_preview->plan.rows.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_result->setText(tr("Importing…"));
    // Progress arrives from the database thread: hand it to ours, and drop it if we are gone.
    QPointer<QProgressBar> bar = m_progress;
    auto progress = [bar](int done, int) {
        QMetaObject::invokeMethod(
            bar.data(),
            [bar, done] {
                if (bar)
                    bar->setValue(done);
            },
            Qt::QueuedConnection);
    };
    m_backOffice.applyImport(m_preview->plan, m_actorUid, m_skipRejected->isChecked(), progress)
        .then(this, [this](const core::Result<core::ImportApplied>& applied) {
            m_busy = false;
            if (!applied) {
                m_progress->hide();
                m_result->setText(applied.error().code == core::ErrorCode::PermissionDenied
                        ? tr("Only a manager or the owner may import products.")
                        : tr("Nothing was imported: %1. Check the file again and retry.").arg(applied.error().detail));
                emit previewChanged();
                emit importFinished(false);
                return;
            }
            m_applied = *applied;
            m_result->setText(tr("Imported: %1 new, %2 updated, %3 left out, %4 new categories.")
                                  .arg(applied->created)
                                  .arg(applied->updated)
                                  .arg(applied->skipped)
                                  .arg(applied->categoriesCreated));
            emit importFinished(true);
            QWizard::accept();
        });
}

} // namespace ss::ui
