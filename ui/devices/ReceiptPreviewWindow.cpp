// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptPreviewWindow.h"

#include "ReceiptRenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ss::ui {

ReceiptPreviewWindow::ReceiptPreviewWindow(QString printerName, int columns, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_columns(columns)
{
    setObjectName(QStringLiteral("receiptPreviewWindow"));
    // It pops up when a receipt prints: the till's window must keep the keyboard (and wedge scanner).
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowTitle(tr("%1 — what the printer would print").arg(printerName));
    resize(columns * 12 + 120, 760);
    m_history = new QComboBox(this);
    m_history->setObjectName(QStringLiteral("previewHistoryComboBox"));
    auto* png = new QPushButton(tr("Save as PNG…"), this);
    png->setObjectName(QStringLiteral("savePngButton"));
    auto* pdf = new QPushButton(tr("Save as PDF…"), this);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    m_paperOut = new QCheckBox(tr("Out of paper (demonstration)"), this);
    m_paperOut->setObjectName(QStringLiteral("paperOutCheckBox"));
    m_paper = new QLabel(this);
    m_paper->setObjectName(QStringLiteral("previewPaperLabel"));
    m_paper->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_paper->setText(tr("Nothing printed yet."));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_paper);
    scroll->setWidgetResizable(true);
    scroll->setStyleSheet(QStringLiteral("QScrollArea { background:#e5e7eb; }"));
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_history, 1);
    bar->addWidget(png);
    bar->addWidget(pdf);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_paperOut);
    layout->addWidget(m_message);

    connect(m_history, &QComboBox::currentIndexChanged, this, &ReceiptPreviewWindow::showIndex);
    connect(png, &QPushButton::clicked, this, [this] { askSave(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { askSave(true); });
    connect(m_paperOut, &QCheckBox::toggled, this, &ReceiptPreviewWindow::paperOutToggled);
}

ReceiptPreviewWindow::~ReceiptPreviewWindow() = default;

void ReceiptPreviewWindow::showReceipt(const core::PrintedReceipt& receipt)
{
    m_images.push_front(renderPrintedReceipt(receipt, m_columns));
    if (m_images.size() > kKept)
        m_images.pop_back();
    const QSignalBlocker blocker(m_history);
    m_history->insertItem(0, QLocale().toString(QDateTime::currentDateTime().time(), QLocale::LongFormat));
    while (m_history->count() > static_cast<int>(m_images.size()))
        m_history->removeItem(m_history->count() - 1);
    m_history->setCurrentIndex(0);
    showIndex(0);
    m_message->setText(receipt.error.isEmpty()
            ? QString()
            : tr("The printer would have stopped here: %1").arg(receipt.error)); // technical, no personal data
}

QImage ReceiptPreviewWindow::currentImage() const
{
    const int index = m_history->currentIndex();
    return index >= 0 && index < static_cast<int>(m_images.size()) ? m_images[static_cast<std::size_t>(index)]
                                                                   : QImage();
}

void ReceiptPreviewWindow::showIndex(int index)
{
    if (index >= 0 && index < static_cast<int>(m_images.size()))
        m_paper->setPixmap(QPixmap::fromImage(m_images[static_cast<std::size_t>(index)]));
}

bool ReceiptPreviewWindow::saveImage(const QString& path) const
{
    const QImage image = currentImage();
    return !image.isNull() && image.save(path, "PNG");
}

bool ReceiptPreviewWindow::savePdf(const QString& path) const
{
    const QImage image = currentImage();
    if (image.isNull())
        return false;
    // The page is the paper: 80 mm (or 58 mm) wide at the printer's 203 dpi, as long as the receipt.
    QPdfWriter writer(path);
    writer.setResolution(203);
    const double mmPerDot = 25.4 / 203.0;
    writer.setPageSize(QPageSize(QSizeF(image.width() * mmPerDot, image.height() * mmPerDot), QPageSize::Millimeter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    painter.drawImage(QPoint(0, 0), image);
    return painter.end();
}

void ReceiptPreviewWindow::askSave(bool pdf)
{
    auto* dialog = new QFileDialog(this, pdf ? tr("Save the receipt as PDF") : tr("Save the receipt as PNG"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("png"));
    dialog->setNameFilter(pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, pdf](const QString& path) {
        const bool saved = pdf ? savePdf(path) : saveImage(path);
        m_message->setText(saved ? tr("Saved %1.").arg(path) : tr("Could not save %1.").arg(path));
    });
    dialog->open();
}

} // namespace ss::ui
