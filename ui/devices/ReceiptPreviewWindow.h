// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receipt/PrintedReceipt.h"

#include <QImage>
#include <QWidget>

#include <deque>

class QCheckBox;
class QComboBox;
class QLabel;

namespace ss::ui {

/// The virtual printer's paper: every receipt it printed, drawn from the ESC/POS bytes it was sent,
/// to look at, save as PNG or PDF, or — for a demonstration — to run out of paper.
class ReceiptPreviewWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptPreviewWindow)

public:
    ReceiptPreviewWindow(QString printerName, int columns, QWidget* parent = nullptr);
    ~ReceiptPreviewWindow() override;

    void showReceipt(const ss::core::PrintedReceipt& receipt);
    [[nodiscard]] QImage currentImage() const;
    [[nodiscard]] bool saveImage(const QString& path) const;
    [[nodiscard]] bool savePdf(const QString& path) const;

signals:
    void paperOutToggled(bool out);

private:
    void showIndex(int index);
    void askSave(bool pdf);

    int m_columns;
    std::deque<QImage> m_images; ///< Newest first, at most kKept.
    QComboBox* m_history = nullptr;
    QLabel* m_paper = nullptr;
    QLabel* m_message = nullptr;
    QCheckBox* m_paperOut = nullptr;
    static constexpr std::size_t kKept = 30;
};

} // namespace ss::ui
