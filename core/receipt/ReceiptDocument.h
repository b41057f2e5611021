// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sale/SaleRecord.h"
#include "store/StoreProfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ss::core {

/// What a receipt says, independent of any printer: encoders (ESC/POS, PDF, screen preview) lay it out.
struct ReceiptBlock
{
    enum class Kind {
        Text, ///< `left`, aligned by `align`
        Columns, ///< `left` flush left, `right` flush right on the same line
        Rule, ///< a full-width line of dashes
        Barcode, ///< Code 128 of `left`
        Ean13, ///< EAN-13 of `left` (13 digits, check digit included)
        QrCode, ///< QR code of `left` (UTF-8), e.g. a coupon link
        Feed, ///< an empty line
    };
    enum class Align {
        Left,
        Centre,
        Right,
    };
    Kind kind = Kind::Text;
    QString left;
    QString right;
    Align align = Align::Left;
    bool bold = false;
    bool large = false; ///< double width and height
};

/// A black-and-white picture at the printer's dots (a shop's logo): row-major, 8 dots per byte,
/// most significant bit leftmost, (widthDots + 7) / 8 bytes per row — the layout of ESC/POS `GS v 0`.
struct RasterImage
{
    int widthDots = 0;
    int heightDots = 0;
    QByteArray bits;

    [[nodiscard]] int bytesPerRow() const { return (widthDots + 7) / 8; }
    [[nodiscard]] bool isValid() const
    {
        return widthDots > 0 && heightDots > 0 && widthDots <= 2048 && heightDots <= 2400
            && bits.size() == static_cast<qsizetype>(bytesPerRow()) * heightDots;
    }
};

struct ReceiptDocument
{
    std::vector<ReceiptBlock> blocks;
    bool openDrawer = false;
    RasterImage logo; ///< Printed centred above everything when valid.
};

/// Who the receipt thanks: the customer's first name and which visit this is (0: anonymous).
struct ReceiptGreeting
{
    QString firstName;
    qint64 visit = 0;
    /// The customer's referral code with the welcome offer a friend gets for it, when a referral
    /// offer is on: printed so they can hand it on.
    std::optional<CouponRecord> referral;
    /// "You may also need": what other customers bought with this, when an add-on offer is on.
    QStringList suggestions {};
};

/// What a printer is checked with: the store's name, every style, accented text and €, a Code 128,
/// an EAN-13 and a QR code, and a cut; `printerName` is printed on it.
[[nodiscard]] ReceiptDocument testPage(const StoreProfile& store, const QString& printerName);

/// The coupon block alone, as it prints under a receipt: for the owner's offer preview.
[[nodiscard]] ReceiptDocument couponPreview(const CouponRecord& coupon, const QString& currency);

/// A page of plain text at receipt width (an X/Z report, a test page), one block per line.
[[nodiscard]] ReceiptDocument textReceipt(const QString& text);

/// The receipt of a committed sale or refund.
class SaleReceipt final
{
    Q_DECLARE_TR_FUNCTIONS(SaleReceipt)

public:
    /// `copy`: a reprint, marked so at the top and never kicking the drawer.
    [[nodiscard]] static ReceiptDocument build(const StoreProfile& store, const SaleRecord& sale,
        const QString& cashierName, const ReceiptGreeting& greeting = {}, bool copy = false);
};

} // namespace ss::core
