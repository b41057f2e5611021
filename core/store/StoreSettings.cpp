// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreSettings.h"

#include <QRegularExpression>

#include <algorithm>

namespace ss::core {
namespace {

const TaxClassSetting* findClass(const std::vector<TaxClassSetting>& classes, const QString& code)
{
    const auto found = std::find_if(classes.begin(), classes.end(),
        [&](const TaxClassSetting& c) { return c.rate.code.compare(code, Qt::CaseInsensitive) == 0; });
    return found == classes.end() ? nullptr : &*found;
}

bool hasControlCharacters(const QString& text)
{
    return std::any_of(
        text.begin(), text.end(), [](QChar c) { return c != u'\n' && c.category() == QChar::Other_Control; });
}

/// A block printed on the receipt: a few lines that fit the paper.
void checkPrintedLines(QStringList& problems, const QString& text, const QString& what)
{
    if (hasControlCharacters(text)) {
        problems << StoreSettingsRules::tr("The %1 holds control characters: type it again.").arg(what);
        return;
    }
    const QStringList lines = text.split(u'\n');
    if (lines.size() > StoreSettingsRules::kMaxTextLines)
        problems << StoreSettingsRules::tr("The %1 may have at most %2 lines.")
                        .arg(what)
                        .arg(StoreSettingsRules::kMaxTextLines);
    if (std::any_of(lines.begin(), lines.end(),
            [](const QString& line) { return line.size() > StoreSettingsRules::kMaxLineLength; }))
        problems << StoreSettingsRules::tr("A line of the %1 is longer than the receipt (%2 characters).")
                        .arg(what)
                        .arg(StoreSettingsRules::kMaxLineLength);
}

bool isPng(const QByteArray& bytes)
{
    return bytes.startsWith(QByteArray::fromRawData("\x89PNG\r\n\x1a\n", 8));
}

} // namespace

QStringList StoreSettingsRules::problems(const StoreSettings& current, const StoreSettings& next)
{
    QStringList problems = StoreSetupRules::profileProblems(next.profile);
    const StoreProfile& profile = next.profile;
    if (profile.name.size() > 60 || hasControlCharacters(profile.name) || profile.name.contains(u'\n'))
        problems << tr("The store's name must be one line of at most 60 characters.");
    if (profile.terminalId != current.profile.terminalId)
        problems << tr("The till's number cannot change here: every receipt number is made from it.");
    if (current.hasSales && profile.currency != current.profile.currency)
        problems << tr("The currency cannot change once the till has sold: the figures would mix currencies.");
    checkPrintedLines(problems, profile.addressLines, tr("address"));
    checkPrintedLines(problems, profile.receiptHeader, tr("receipt header"));
    checkPrintedLines(problems, profile.receiptFooter, tr("receipt footer"));
    static const QRegularExpression taxNumber(QStringLiteral(R"(^[A-Za-z0-9 ./-]{0,30}$)"));
    if (!taxNumber.match(profile.taxRegistration).hasMatch())
        problems << tr("The tax registration number may hold letters, digits, spaces, dots, dashes and slashes "
                       "(at most 30).");

    std::vector<TaxRateSetup> rates;
    for (const TaxClassSetting& taxClass : next.taxClasses)
        rates.push_back(taxClass.rate);
    problems << StoreSetupRules::taxRateProblems(rates);
    for (const TaxClassSetting& existing : current.taxClasses) {
        if (existing.productCount > 0 && !findClass(next.taxClasses, existing.rate.code))
            problems << tr("The tax class \"%1\" is used by %n product(s): move them to another class first.", "",
                static_cast<int>(existing.productCount))
                            .arg(existing.rate.code);
    }

    if (next.coupons.perReceipt < 1 || next.coupons.perReceipt > kMaxCouponsPerReceipt)
        problems << tr("A receipt prints 1 to %1 coupons.").arg(kMaxCouponsPerReceipt);
    if (next.coupons.validDays < 1 || next.coupons.validDays > 365)
        problems << tr("A coupon is valid for 1 to 365 days.");
    const reports::SegmentThresholds& s = next.segments;
    if (!(s.newDays >= 1 && s.newDays <= s.activeDays && s.activeDays < s.lapsedDays && s.lapsedDays <= 3650))
        problems << tr("Customer segments need: new ≤ current < lapsed days, from 1 day to 10 years.");
    if (!next.receiptLogoPng.isEmpty() && (!isPng(next.receiptLogoPng) || next.receiptLogoPng.size() > kMaxLogoBytes))
        problems << tr("The logo must be a PNG picture of at most %1 KB.").arg(kMaxLogoBytes / 1024);
    return problems;
}

QStringList StoreSettingsRules::changes(const StoreSettings& current, const StoreSettings& next)
{
    QStringList changed;
    const StoreProfile& a = current.profile;
    const StoreProfile& b = next.profile;
    for (const auto& [key, before, after] :
        {std::tuple {"store_name", a.name, b.name}, std::tuple {"address", a.addressLines, b.addressLines},
            std::tuple {"country", a.countryCode, b.countryCode}, std::tuple {"currency", a.currency, b.currency},
            std::tuple {"tax_registration", a.taxRegistration, b.taxRegistration},
            std::tuple {"receipt_header", a.receiptHeader, b.receiptHeader},
            std::tuple {"receipt_footer", a.receiptFooter, b.receiptFooter}}) {
        if (before != after)
            changed << QString::fromLatin1(key);
    }
    for (const TaxClassSetting& old : current.taxClasses) {
        const TaxClassSetting* now = findClass(next.taxClasses, old.rate.code);
        if (!now)
            changed << QStringLiteral("tax_class_removed:%1").arg(old.rate.code);
        else if (!(now->rate == old.rate))
            changed << QStringLiteral("tax_class_changed:%1").arg(old.rate.code);
    }
    for (const TaxClassSetting& added : next.taxClasses) {
        if (!findClass(current.taxClasses, added.rate.code))
            changed << QStringLiteral("tax_class_added:%1").arg(added.rate.code);
    }
    if (current.captureMode != next.captureMode)
        changed << QStringLiteral("capture_mode");
    if (!(current.coupons == next.coupons))
        changed << QStringLiteral("coupon_defaults");
    if (!(current.segments == next.segments))
        changed << QStringLiteral("segments");
    if (!(current.permissions == next.permissions))
        changed << QStringLiteral("manager_permissions");
    if (current.receiptLogoPng != next.receiptLogoPng)
        changed << QStringLiteral("receipt_logo");
    return changed;
}

} // namespace ss::core
