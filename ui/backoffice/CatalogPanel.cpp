// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogPanel.h"

#include "store/StoreSetup.h"

#include "FileExport.h"
#include "ProductDialog.h"
#include "TaxRatesEditor.h"
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>

#include <QDate>
#include <QFileDialog>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ss::ui {

namespace {
enum Column {
    SkuColumn,
    BarcodeColumn,
    NameColumn,
    CategoryColumn,
    PriceColumn,
    NewPriceColumn,
    MarginColumn,
    StockColumn,
    ActiveColumn
};

/// "38.5 %" of the price without tax; empty while the cost is unknown.
QString marginText(const core::CatalogRow& row)
{
    const auto margin = core::marginBasisPoints(row);
    if (!margin)
        return {};
    const QString percent = TaxRatesEditor::percentText(std::abs(*margin));
    return *margin < 0 ? CatalogPanel::tr("−%1 %").arg(percent) : CatalogPanel::tr("%1 %").arg(percent);
}
} // namespace

CatalogPanel::CatalogPanel(core::BackOfficePort& backOffice, core::CashierRecord actor, QWidget* parent)
    : QWidget(parent)
    , m_backOffice(backOffice)
    , m_actor(std::move(actor))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_inactive(new QCheckBox(tr("Show deactivated"), this))
    , m_model(new QStandardItemModel(0, 9, this))
    , m_table(new QTableView(this))
    , m_direction(new QComboBox(this))
    , m_percent(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("catalogPanel"));
    m_search->setObjectName(QStringLiteral("catalogSearchEdit"));
    m_search->setPlaceholderText(tr("SKU, barcode or part of the name"));
    m_category->setObjectName(QStringLiteral("catalogCategoryCombo"));
    m_category->addItem(tr("All categories"), QString());
    m_inactive->setObjectName(QStringLiteral("showInactiveCheck"));
    m_model->setHorizontalHeaderLabels({tr("SKU"), tr("Barcode"), tr("Name"), tr("Category"), tr("Price"),
        tr("New price"), tr("Margin"), tr("Stock"), tr("Active")});
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several for shelf labels
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(BarcodeColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_direction->setObjectName(QStringLiteral("priceDirectionCombo"));
    m_direction->addItem(tr("dearer by"), 1);
    m_direction->addItem(tr("cheaper by"), -1);
    m_percent->setObjectName(QStringLiteral("pricePercentEdit"));
    m_percent->setPlaceholderText(tr("5 or 2.5 (%)"));
    m_percent->setMaximumWidth(120);
    m_message->setObjectName(QStringLiteral("catalogMessage"));
    m_message->setWordWrap(true);

    auto* find = new QPushButton(tr("&Find"), this);
    auto* create = new QPushButton(tr("&New product…"), this);
    create->setObjectName(QStringLiteral("newProductButton"));
    auto* change = new QPushButton(tr("&Edit…"), this);
    change->setObjectName(QStringLiteral("editProductButton"));
    connect(create, &QPushButton::clicked, this, [this] { openProduct(false); });
    connect(change, &QPushButton::clicked, this, [this] { openProduct(true); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openProduct(true); });
    auto* labels = new QPushButton(tr("Shelf &labels…"), this);
    labels->setObjectName(QStringLiteral("shelfLabelsButton"));
    labels->setToolTip(tr("For the selected products (Ctrl or Shift to choose several)"));
    auto* labelMenu = new QMenu(labels);
    labelMenu->addAction(tr("Print on the receipt printer"), this, &CatalogPanel::printLabels);
    labelMenu->addAction(tr("Save as an A4 label sheet (PDF)…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save shelf labels"),
            tr("shelf-labels-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            saveLabelsPdf(path);
    });
    labels->setMenu(labelMenu);
    auto* toggle = new QPushButton(tr("&Deactivate / reactivate"), this);
    toggle->setObjectName(QStringLiteral("toggleProductButton"));
    auto* preview = new QPushButton(tr("&Preview new prices"), this);
    preview->setObjectName(QStringLiteral("previewPricesButton"));
    auto* apply = new QPushButton(tr("&Apply the new prices"), this);
    apply->setObjectName(QStringLiteral("applyPricesButton"));
    connect(find, &QPushButton::clicked, this, &CatalogPanel::search);
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogPanel::search);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CatalogPanel::search);
    connect(m_inactive, &QCheckBox::toggled, this, &CatalogPanel::search);
    connect(toggle, &QPushButton::clicked, this, &CatalogPanel::toggleSelectedActive);
    connect(preview, &QPushButton::clicked, this, &CatalogPanel::previewPrices);
    connect(apply, &QPushButton::clicked, this, &CatalogPanel::applyPrices);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_category);
    filters->addWidget(m_inactive);
    filters->addWidget(find);
    auto* prices = new QHBoxLayout;
    prices->addWidget(create);
    prices->addWidget(change);
    prices->addWidget(toggle);
    prices->addWidget(labels);
    prices->addStretch();
    prices->addWidget(new QLabel(tr("Make what is listed"), this));
    prices->addWidget(m_direction);
    prices->addWidget(m_percent);
    prices->addWidget(preview);
    prices->addWidget(apply);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(prices);
    layout->addWidget(m_message);

    reloadCategories();
}

void CatalogPanel::reloadCategories()
{
    m_backOffice.categories().then(this, [this](const core::Result<QStringList>& names) {
        const QSignalBlocker quiet(m_category);
        const QString chosen = m_category->currentData().toString();
        while (m_category->count() > 1) // "All categories" stays
            m_category->removeItem(1);
        for (const QString& name : names.value_or(QStringList {}))
            m_category->addItem(name, name);
        m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
        search();
    });
}

void CatalogPanel::search()
{
    m_backOffice.catalogue(m_search->text(), m_category->currentData().toString(), m_inactive->isChecked())
        .then(this, [this](const core::Result<std::vector<core::CatalogRow>>& rows) {
            m_preview.clear();
            if (!rows) {
                m_message->setText(tr("The catalogue could not be read."));
                return;
            }
            m_rows = *rows;
            fill(m_rows);
            m_message->setText(m_afterSearch.isEmpty() ? tr("%1 products listed.").arg(m_rows.size()) : m_afterSearch);
            m_afterSearch.clear();
            emit listed();
        });
}

void CatalogPanel::fill(const std::vector<core::CatalogRow>& rows)
{
    m_model->removeRows(0, m_model->rowCount());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const core::CatalogRow& row = rows[i];
        QString newPrice;
        for (const core::PriceChangeLine& line : m_preview)
            if (line.product.uid == row.uid)
                newPrice = line.newPrice.toDecimalString();
        m_model->appendRow({new QStandardItem(row.sku), new QStandardItem(row.barcode), new QStandardItem(row.name),
            new QStandardItem(row.category), new QStandardItem(row.price.toDecimalString()),
            new QStandardItem(newPrice), new QStandardItem(marginText(row)),
            new QStandardItem(QString::number(row.stock)), new QStandardItem(row.active ? tr("yes") : tr("no"))});
    }
}

void CatalogPanel::openProduct(bool selected)
{
    QString uid;
    if (selected) {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid() || current.row() >= static_cast<int>(m_rows.size())) {
            m_message->setText(tr("Choose the product in the list first."));
            return;
        }
        uid = m_rows[static_cast<std::size_t>(current.row())].uid;
    }
    auto* dialog = new ProductDialog(m_backOffice, m_actor.uid, uid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProductDialog::saved, this, [this, isNew = uid.isEmpty()](const QString& productUid) {
        m_afterSearch = isNew ? tr("The new product is saved; it rings up at once.") : tr("The product is saved.");
        emit productSaved(productUid);
        search();
    });
    dialog->open();
}

void CatalogPanel::setLabelPrinting(QString currency, ShelfLabelSheet::Bars bars)
{
    m_currency = std::move(currency);
    m_bars = std::move(bars);
}

QStringList CatalogPanel::selectedUids() const
{
    QStringList uids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        if (row.row() < static_cast<int>(m_rows.size()))
            uids << m_rows[static_cast<std::size_t>(row.row())].uid;
    return uids;
}

void CatalogPanel::printLabels()
{
    const QStringList uids = selectedUids();
    if (uids.isEmpty()) {
        m_message->setText(tr("Choose the products in the list first (Ctrl or Shift for several)."));
        return;
    }
    m_backOffice.queueShelfLabels(m_actor.uid, uids)
        .then(this, [this, count = uids.size()](const core::Result<qint64>& job) {
            if (!job) {
                m_message->setText(job.error().code == core::ErrorCode::PermissionDenied
                        ? tr("The owner keeps shelf labels for themselves.")
                        : tr("The labels could not be queued. Nothing was printed."));
                return;
            }
            m_message->setText(tr("%n label(s) sent to the receipt printer.", nullptr, int(count)));
            emit labelsQueued();
        });
}

void CatalogPanel::saveLabelsPdf(const QString& path)
{
    const QStringList uids = selectedUids();
    if (uids.isEmpty()) {
        m_message->setText(tr("Choose the products in the list first (Ctrl or Shift for several)."));
        emit labelsSaved(false);
        return;
    }
    m_backOffice.shelfLabels(uids).then(this, [this, path](const core::Result<std::vector<core::ShelfLabel>>& labels) {
        const QByteArray pdf = labels ? ShelfLabelSheet(*labels, m_currency, m_bars).pdf() : QByteArray();
        const bool ok = !pdf.isEmpty() && writeWholeFile(path, pdf);
        m_message->setText(ok ? tr("%n label(s) saved to %1.", nullptr, int(labels->size())).arg(path)
                              : tr("The label sheet could not be written (disk full or no permission)."));
        emit labelsSaved(ok);
    });
}

void CatalogPanel::toggleSelectedActive()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= static_cast<int>(m_rows.size())) {
        m_message->setText(tr("Choose the product in the list first."));
        return;
    }
    const core::CatalogRow row = m_rows[static_cast<std::size_t>(current.row())];
    m_backOffice.setProductActive(m_actor.uid, row.uid, !row.active)
        .then(this, [this, row](const core::Result<bool>& done) {
            m_afterSearch = !done ? tr("That could not be saved.")
                : row.active      ? tr("%1 is deactivated: it no longer rings up, and its sales stay.").arg(row.name)
                                  : tr("%1 is on sale again.").arg(row.name);
            search();
        });
}

void CatalogPanel::previewPrices()
{
    const auto percent = core::StoreSetupRules::parsePercent(m_percent->text());
    if (!percent || *percent == 0) {
        m_message->setText(tr("Type the change as a percentage such as 5 or 2.5."));
        return;
    }
    const int basisPoints = *percent * m_direction->currentData().toInt();
    m_preview = core::previewPriceChange(m_rows, basisPoints);
    fill(m_rows);
    m_message->setText(tr("Preview: %1 active products would change. Nothing has changed yet.").arg(m_preview.size()));
}

void CatalogPanel::applyPrices()
{
    if (m_preview.empty()) {
        m_message->setText(tr("Preview the new prices first."));
        return;
    }
    m_backOffice.applyPriceChange(m_actor.uid, m_preview).then(this, [this](const core::Result<int>& changed) {
        if (!changed) {
            m_message->setText(changed.error().code == core::ErrorCode::AlreadyExists
                    ? tr("A price changed since the preview, so nothing was changed: preview again.")
                    : tr("The prices could not be changed. Nothing was changed."));
            emit pricesApplied(false);
            return;
        }
        m_preview.clear();
        m_message->setText(tr("%1 prices changed.").arg(*changed));
        emit pricesApplied(true);
        search();
    });
}

} // namespace ss::ui
