// SPDX-License-Identifier: GPL-3.0-or-later
#include "CartCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ss::core {

namespace {

QJsonObject encodeDiscount(const Discount& discount)
{
    return {{QStringLiteral("kind"), discountKindKey(discount.kind)},
        {QStringLiteral("value"), QString::number(discount.value)}};
}

std::optional<Discount> decodeDiscount(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    Discount discount;
    discount.kind = object.value(QStringLiteral("kind")).toString() == QStringLiteral("amount") ? DiscountKind::Amount
                                                                                                : DiscountKind::Percent;
    discount.value = object.value(QStringLiteral("value")).toString().toLongLong();
    return discount;
}

// Money and quantities travel as strings: JSON numbers are doubles.
QString minorText(Money money)
{
    return QString::number(money.minor());
}

} // namespace

QByteArray encodeCart(const Cart& cart)
{
    QJsonArray lines;
    for (const CartLine& line : cart.lines()) {
        QJsonObject object {{QStringLiteral("uid"), line.product.uid}, {QStringLiteral("sku"), line.product.sku},
            {QStringLiteral("barcode"), line.product.barcode}, {QStringLiteral("name"), line.product.name},
            {QStringLiteral("price"), minorText(line.product.price)},
            {QStringLiteral("taxRate"), line.product.taxRateBasisPoints},
            {QStringLiteral("taxInclusive"), line.product.taxInclusive},
            {QStringLiteral("category"), line.product.categoryUid},
            {QStringLiteral("quantity"), QString::number(line.quantity)}};
        if (line.priceOverride)
            object.insert(QStringLiteral("priceOverride"), minorText(*line.priceOverride));
        if (line.discount)
            object.insert(QStringLiteral("discount"), encodeDiscount(*line.discount));
        lines.append(object);
    }
    QJsonObject root {{QStringLiteral("version"), 1}, {QStringLiteral("lines"), lines}};
    if (cart.saleDiscount())
        root.insert(QStringLiteral("saleDiscount"), encodeDiscount(*cart.saleDiscount()));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<Cart> decodeCart(const QByteArray& json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("suspended cart is not valid JSON"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("unknown suspended cart version"));
    Cart cart;
    for (const QJsonValue& value : root.value(QStringLiteral("lines")).toArray()) {
        const QJsonObject object = value.toObject();
        ProductSnapshot product {object.value(QStringLiteral("uid")).toString(),
            object.value(QStringLiteral("sku")).toString(), object.value(QStringLiteral("barcode")).toString(),
            object.value(QStringLiteral("name")).toString(),
            Money::fromMinor(object.value(QStringLiteral("price")).toString().toLongLong()),
            object.value(QStringLiteral("taxRate")).toInt(), object.value(QStringLiteral("taxInclusive")).toBool(true),
            object.value(QStringLiteral("category")).toString()};
        CartLine line {product, object.value(QStringLiteral("quantity")).toString().toLongLong(), std::nullopt,
            decodeDiscount(object.value(QStringLiteral("discount")))};
        if (object.contains(QStringLiteral("priceOverride")))
            line.priceOverride
                = Money::fromMinor(object.value(QStringLiteral("priceOverride")).toString().toLongLong());
        if (auto r = cart.restoreLine(line); !r)
            return std::unexpected(r.error());
    }
    if (auto discount = decodeDiscount(root.value(QStringLiteral("saleDiscount")))) {
        if (auto r = cart.setSaleDiscount(*discount, Role::Owner); !r)
            return std::unexpected(r.error());
    }
    return cart;
}

} // namespace ss::core
