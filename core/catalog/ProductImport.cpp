// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProductImport.h"

#include "catalog/ProductDraft.h"

#include "Gtin.h"
#include "scan/ProductCode.h"

#include <QRegularExpression>

namespace ss::core {

namespace {

constexpr int kMaxName = ProductImport::kMaxName;
constexpr int kMaxSku = ProductImport::kMaxSku;
constexpr int kMaxBarcodesPerProduct = ProductDraftRules::kMaxBarcodes;

struct FieldInfo
{
    ProductField field;
    const char* key;
    QStringList headers; ///< Lower-case header names that mean this field.
};

const std::vector<FieldInfo>& fields()
{
    static const std::vector<FieldInfo> all = {
        {ProductField::Sku, "sku",
            {QStringLiteral("sku"), QStringLiteral("article"), QStringLiteral("artikelnummer"),
                QStringLiteral("artikelnr"), QStringLiteral("item code"), QStringLiteral("code"),
                QStringLiteral("product code"), QStringLiteral("ref")}},
        {ProductField::Barcode, "barcode",
            {QStringLiteral("barcode"), QStringLiteral("ean"), QStringLiteral("gtin"), QStringLiteral("upc"),
                QStringLiteral("ean13"), QStringLiteral("strichcode")}},
        {ProductField::Name, "name",
            {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("product"),
                QStringLiteral("bezeichnung"), QStringLiteral("artikel"), QStringLiteral("title")}},
        {ProductField::Category, "category",
            {QStringLiteral("category"), QStringLiteral("kategorie"), QStringLiteral("department"),
                QStringLiteral("warengruppe"), QStringLiteral("group")}},
        {ProductField::Price, "price",
            {QStringLiteral("price"), QStringLiteral("preis"), QStringLiteral("retail price"), QStringLiteral("vk"),
                QStringLiteral("verkaufspreis"), QStringLiteral("sell price")}},
        {ProductField::Cost, "cost",
            {QStringLiteral("cost"), QStringLiteral("cost price"), QStringLiteral("ek"),
                QStringLiteral("einkaufspreis"), QStringLiteral("purchase price")}},
        {ProductField::TaxClass, "tax",
            {QStringLiteral("tax"), QStringLiteral("tax class"), QStringLiteral("vat"), QStringLiteral("mwst"),
                QStringLiteral("steuer")}},
        {ProductField::Stock, "stock",
            {QStringLiteral("stock"), QStringLiteral("qty"), QStringLiteral("quantity"), QStringLiteral("bestand"),
                QStringLiteral("on hand"), QStringLiteral("menge")}},
        {ProductField::OtherBarcodes, "other_barcodes",
            {QStringLiteral("other_barcodes"), QStringLiteral("other barcodes"), QStringLiteral("more barcodes"),
                QStringLiteral("weitere eans"), QStringLiteral("weitere barcodes")}},
    };
    return all;
}

QString cell(const QStringList& row, const ColumnMapping& mapping, ProductField field, bool& present)
{
    for (std::size_t column = 0; column < mapping.size(); ++column)
        if (mapping[column] == field) {
            present = true;
            QString value = column < static_cast<std::size_t>(row.size())
                ? row[static_cast<qsizetype>(column)].trimmed()
                : QString();
            // Our own exports defuse a leading = + - @ with an apostrophe (csvField): read it back as typed.
            if (value.size() > 1 && value.front() == u'\'' && QStringLiteral("=+-@").contains(value[1]))
                value.remove(0, 1);
            return value;
        }
    present = false;
    return {};
}

} // namespace

std::optional<Money> ProductImport::parsePrice(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:[£€$]|EUR|GBP|USD)?\\s*(\\d{1,9})(?:[.,](\\d{1,2}))?\\s*(?:[£€$]|EUR|GBP|USD)?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 units = match.captured(1).toLongLong();
    const QString cents = match.captured(2).leftJustified(2, u'0');
    return Money::fromMinor(units * 100 + cents.toLongLong());
}

ColumnMapping ProductImport::guessMapping(const QStringList& header)
{
    ColumnMapping mapping;
    QSet<ProductField> taken;
    for (const QString& title : header) {
        const QString name = title.trimmed().toLower();
        ProductField found = ProductField::Ignore;
        for (const FieldInfo& info : fields())
            if (!taken.contains(info.field) && (info.headers.contains(name) || name == QString::fromLatin1(info.key))) {
                found = info.field;
                break;
            }
        if (found != ProductField::Ignore)
            taken.insert(found);
        mapping.push_back(found);
    }
    return mapping;
}

QString ProductImport::fieldKey(ProductField field)
{
    for (const FieldInfo& info : fields())
        if (info.field == field)
            return QString::fromLatin1(info.key);
    return QStringLiteral("ignore");
}

std::optional<ProductField> ProductImport::fieldFromKey(const QString& key)
{
    if (key == u"ignore")
        return ProductField::Ignore;
    for (const FieldInfo& info : fields())
        if (key == QString::fromLatin1(info.key))
            return info.field;
    return std::nullopt;
}

QString ProductImport::fieldName(ProductField field)
{
    switch (field) {
    case ProductField::Ignore: return tr("(ignore)");
    case ProductField::Sku: return tr("SKU");
    case ProductField::Barcode: return tr("Barcode");
    case ProductField::Name: return tr("Name");
    case ProductField::Category: return tr("Category");
    case ProductField::Price: return tr("Price");
    case ProductField::Cost: return tr("Cost");
    case ProductField::TaxClass: return tr("Tax class");
    case ProductField::Stock: return tr("Stock");
    case ProductField::OtherBarcodes: return tr("Other barcodes");
    }
    return {};
}

ImportPlan ProductImport::plan(const CsvTable& table, const ColumnMapping& mapping, const CatalogSnapshot& store)
{
    ImportPlan plan;
    auto mapped = [&](ProductField field) { return std::find(mapping.begin(), mapping.end(), field) != mapping.end(); };
    if (!mapped(ProductField::Sku))
        plan.fileProblems << tr("No column is the SKU: choose which column holds each product's SKU.");
    for (const FieldInfo& info : fields())
        if (std::count(mapping.begin(), mapping.end(), info.field) > 1)
            plan.fileProblems << tr("Two columns are both the %1: choose one.").arg(fieldName(info.field));
    if (!plan.fileProblems.isEmpty())
        return plan;

    QHash<QString, int> skuLines;
    QHash<QString, int> barcodeLines;
    for (std::size_t index = 0; index < table.rows.size(); ++index) {
        const QStringList& row = table.rows[index];
        PlannedRow planned;
        planned.line = table.lines[index];
        QStringList& reasons = planned.reasons;
        bool present = false;
        const QString sku = cell(row, mapping, ProductField::Sku, present);
        const auto existing = store.bySku.constFind(sku);
        const bool update = existing != store.bySku.constEnd();
        planned.product = update ? *existing : ProductRecord {};
        planned.product.sku = sku;

        if (row.join(QString()).contains(QChar::ReplacementCharacter))
            reasons << tr("unreadable characters: save the file as UTF-8 (or Windows-1252) and try again");
        if (sku.isEmpty())
            reasons << tr("no SKU");
        else if (sku.size() > kMaxSku || ProductImport::hasControlCharacters(sku))
            reasons << tr("the SKU must be at most %1 characters, without control characters").arg(kMaxSku);
        else if (const auto earlier = skuLines.constFind(sku); earlier != skuLines.constEnd())
            reasons << tr("SKU %1 is also on line %2").arg(sku).arg(*earlier);
        else
            skuLines.insert(sku, planned.line);

        const QString name = cell(row, mapping, ProductField::Name, present);
        if (present && !name.isEmpty()) {
            if (name.size() > kMaxName || ProductImport::hasControlCharacters(name))
                reasons << tr("the name must be at most %1 characters, without control characters").arg(kMaxName);
            planned.product.name = name;
        } else if (!update) {
            reasons << tr("no name");
        }

        const QString price = cell(row, mapping, ProductField::Price, present);
        if (present && !price.isEmpty()) {
            if (price.trimmed().startsWith(u'-'))
                reasons << tr("the price %1 is negative").arg(price);
            else if (const auto money = parsePrice(price))
                planned.product.price = *money;
            else
                reasons << tr("the price \"%1\" is not an amount such as 12.99").arg(price);
        } else if (!update) {
            reasons << tr("no price");
        }

        const QString cost = cell(row, mapping, ProductField::Cost, present);
        if (present && !cost.isEmpty()) {
            if (const auto money = parsePrice(cost))
                planned.product.cost = *money;
            else
                reasons << tr("the cost \"%1\" is not an amount such as 7.50").arg(cost);
        }

        const QString rawBarcode = cell(row, mapping, ProductField::Barcode, present);
        // Stored as a scan would look it up (UPC-A as its EAN-13 form), so the till finds it.
        const QString barcode = normaliseProductCode(rawBarcode).value_or(rawBarcode);
        if (present && !rawBarcode.isEmpty()) {
            if (const auto problem = ProductImport::barcodeProblem(rawBarcode)) {
                reasons << *problem;
            } else if (const auto owner = store.skuByBarcode.constFind(barcode);
                       owner != store.skuByBarcode.constEnd() && *owner != sku) {
                reasons << tr("barcode %1 is already on product %2").arg(barcode, *owner);
            } else if (const auto earlier = barcodeLines.constFind(barcode); earlier != barcodeLines.constEnd()) {
                reasons << tr("barcode %1 is also on line %2").arg(barcode).arg(*earlier);
            } else {
                barcodeLines.insert(barcode, planned.line);
                planned.product.barcode = barcode;
            }
        }

        const QString others = cell(row, mapping, ProductField::OtherBarcodes, present);
        if (present) {
            static const QRegularExpression separators(QStringLiteral("[\\s|]+"));
            QStringList codes;
            for (const QString& raw : others.split(separators, Qt::SkipEmptyParts)) {
                const QString code = normaliseProductCode(raw).value_or(raw);
                if (const auto problem = ProductImport::barcodeProblem(raw))
                    reasons << *problem;
                else if (const auto owner = store.skuByBarcode.constFind(code);
                         owner != store.skuByBarcode.constEnd() && *owner != sku)
                    reasons << tr("barcode %1 is already on product %2").arg(code, *owner);
                else if (const auto earlier = barcodeLines.constFind(code); earlier != barcodeLines.constEnd())
                    reasons << tr("barcode %1 is also on line %2").arg(code).arg(*earlier);
                else {
                    barcodeLines.insert(code, planned.line);
                    codes << code;
                }
            }
            if (codes.size() >= kMaxBarcodesPerProduct)
                reasons << tr("at most %1 barcodes per product").arg(kMaxBarcodesPerProduct);
            planned.otherBarcodes = codes;
        }

        const QString tax = cell(row, mapping, ProductField::TaxClass, present).toLower();
        if (present && !tax.isEmpty()) {
            if (store.taxCodes.contains(tax))
                planned.product.taxClassCode = tax;
            else {
                QStringList known(store.taxCodes.begin(), store.taxCodes.end());
                known.sort();
                reasons << tr("tax class \"%1\" is not one of this store's (%2)").arg(tax, known.join(u", "));
            }
        } else if (!update) {
            planned.product.taxClassCode = store.defaultTaxCode;
            if (store.defaultTaxCode.isEmpty())
                reasons << tr("the store has no tax classes yet: add them in the store's settings first");
        }

        const QString category = cell(row, mapping, ProductField::Category, present);
        if (present && !category.isEmpty()) {
            if (category.size() > kMaxName || ProductImport::hasControlCharacters(category))
                reasons << tr("the category name is too long or has control characters");
            planned.categoryName = category;
        }

        const QString stock = cell(row, mapping, ProductField::Stock, present);
        if (present && !stock.isEmpty()) {
            bool ok = false;
            const qint64 count = stock.toLongLong(&ok);
            if (!ok || count < 0 || count > 1'000'000)
                reasons << tr("the stock \"%1\" is not a whole number from 0 to 1,000,000").arg(stock);
            else {
                planned.product.stock = count;
                planned.setsStock = true;
            }
        }

        planned.action = !reasons.isEmpty() ? ImportAction::Reject
            : update                        ? ImportAction::Update
                                            : ImportAction::Create;
        ++(planned.action == ImportAction::Create        ? plan.creates
                : planned.action == ImportAction::Update ? plan.updates
                                                         : plan.rejects);
        plan.rows.push_back(std::move(planned));
    }
    return plan;
}

QString ProductImport::report(const ImportPlan& plan, const CsvTable& table)
{
    QStringList lines;
    lines << tr("Read as %1, separated by \"%2\", %3 rows.")
                 .arg(table.encoding, table.separator == u'\t' ? tr("tab") : QString(table.separator))
                 .arg(table.rows.size());
    for (const QString& problem : plan.fileProblems)
        lines << problem;
    lines << tr("To create: %1 · to update: %2 · rejected: %3").arg(plan.creates).arg(plan.updates).arg(plan.rejects);
    for (const PlannedRow& row : plan.rows)
        if (row.action == ImportAction::Reject)
            lines << tr("line %1: %2").arg(row.line).arg(row.reasons.join(QStringLiteral("; ")));
    return lines.join(u'\n');
}

bool ProductImport::hasControlCharacters(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

std::optional<QString> ProductImport::barcodeProblem(const QString& code)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    static const QRegularExpression ownCode(QStringLiteral("^[A-Za-z0-9\\-]{3,32}$"));
    if (digits.match(code).hasMatch()) {
        const auto length = code.size();
        if ((length == 8 || length == 12 || length == 13 || length == 14) && !isValidGtin(code))
            return ProductImport::tr("barcode %1 has a wrong check digit (a typo?)").arg(code);
        if (length <= 32)
            return std::nullopt;
    }
    if (!ownCode.match(code).hasMatch())
        return ProductImport::tr("barcode \"%1\" is neither a GTIN nor a shop code (letters, digits, dashes)")
            .arg(code);
    return std::nullopt;
}

} // namespace ss::core
