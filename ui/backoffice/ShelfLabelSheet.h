// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labels/ShelfLabels.h"
#include "receipt/PrintedReceipt.h"

#include <QImage>

#include <functional>
#include <vector>

class QPainter;

namespace ss::ui {

/// Shelf labels on A4 label sheets, 3 × 7 labels of 63.5 × 38.1 mm (the common L7160 layout),
/// for an office printer: name, price large, and the barcode as the receipt printer's own encoder
/// draws it (so a label scans at the till the same way, and no second barcode encoder is needed).
class ShelfLabelSheet final
{
public:
    /// What the till's printer would print for a document (its encoder read back), for the bars.
    using Bars = std::function<core::PrintedReceipt(const core::ReceiptDocument&)>;
    static constexpr int kPerPage = 21;

    ShelfLabelSheet(std::vector<core::ShelfLabel> labels, QString currency, Bars bars);

    [[nodiscard]] int pageCount() const;
    /// Every page as a PDF document; empty if it could not be made. (Written to disk by the caller,
    /// whole or not at all.)
    [[nodiscard]] QByteArray pdf() const;
    /// One page as a picture (for the screen, and for tests that scan it).
    [[nodiscard]] QImage pageImage(int page, int dotsPerInch = 200) const;

private:
    /// Paints page `page` with the painter's unit already one millimetre.
    void paintPage(QPainter& painter, int page) const;
    void paintLabel(QPainter& painter, const core::ShelfLabel& label, const QRectF& cell) const;

    std::vector<core::ShelfLabel> m_labels;
    QString m_currency;
    Bars m_bars;
};

} // namespace ss::ui
