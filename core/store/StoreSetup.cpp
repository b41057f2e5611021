// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreSetup.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace ss::core {

bool StoreSetupRules::isValidPin(const QString& pin)
{
    if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits)
        return false;
    return std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::optional<int> StoreSetupRules::parsePercent(const QString& text)
{
    static const QRegularExpression percent(QStringLiteral(R"(^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$)"));
    const auto match = percent.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString decimals = match.captured(2);
    decimals = decimals.leftJustified(2, u'0');
    const int basisPoints = match.captured(1).toInt() * 100 + decimals.toInt();
    if (basisPoints > 10000)
        return std::nullopt;
    return basisPoints;
}

QStringList StoreSetupRules::taxRateProblems(const std::vector<TaxRateSetup>& rates)
{
    QStringList problems;
    if (rates.empty())
        problems << tr("Add at least one tax rate (a zero rate is fine).");
    QSet<QString> codes;
    for (const TaxRateSetup& rate : rates) {
        const QString code = rate.code.trimmed();
        if (code.isEmpty())
            problems << tr("Every tax rate needs a short code.");
        else if (codes.contains(code.toLower()))
            problems << tr("The tax code \"%1\" is used twice.").arg(code);
        codes.insert(code.toLower());
        if (rate.name.trimmed().isEmpty())
            problems << tr("The tax rate \"%1\" needs a name.").arg(code);
        if (rate.rateBasisPoints < 0 || rate.rateBasisPoints > 10000)
            problems << tr("The tax rate \"%1\" must be between 0 and 100 %.").arg(code);
    }
    return problems;
}

QStringList StoreSetupRules::profileProblems(const StoreProfile& profile)
{
    QStringList problems;
    if (profile.name.trimmed().isEmpty())
        problems << tr("The store needs a name: it is printed at the top of every receipt.");
    static const QRegularExpression terminal(QStringLiteral("^[A-Za-z0-9]{1,8}$"));
    if (!terminal.match(profile.terminalId).hasMatch())
        problems << tr("The till's number must be 1 to 8 letters or digits (for example T01).");
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(profile.currency).hasMatch())
        problems << tr("Choose the store's currency.");
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!country.match(profile.countryCode).hasMatch())
        problems << tr("Choose the store's country.");
    return problems;
}

QStringList StoreSetupRules::problems(const StoreSetup& setup)
{
    QStringList problems = profileProblems(setup.profile);
    problems << taxRateProblems(setup.taxRates);
    if (setup.ownerName.trimmed().isEmpty())
        problems << tr("The owner needs a name: it shows on the log-in screen.");
    if (!isValidPin(setup.ownerPin))
        problems << tr("The owner's PIN must be %1 to %2 digits.").arg(kMinPinDigits).arg(kMaxPinDigits);
    if (setup.keyKeeping == KeyKeeping::Passphrase && setup.key.size() < kMinPassphraseLength)
        problems << tr("The passphrase must be at least %1 characters.").arg(kMinPassphraseLength);
    if (setup.keyKeeping == KeyKeeping::Keyring && setup.key.size() != 64)
        problems << tr("The store's key was not made; go back to the key page.");
    return problems;
}

std::vector<TaxRateSetup> StoreSetupRules::defaultTaxRates(const QString& countryCode)
{
    const QString country = countryCode.toUpper();
    auto rate = [](const char* code, const QString& name, int basisPoints, bool inclusive = true) {
        return TaxRateSetup {QString::fromLatin1(code), name, basisPoints, inclusive};
    };
    if (country == u"GB")
        return {rate("standard", tr("VAT standard"), 2000), rate("reduced", tr("VAT reduced"), 500),
            rate("zero", tr("VAT zero"), 0)};
    if (country == u"DE")
        return {rate("standard", tr("VAT standard"), 1900), rate("reduced", tr("VAT reduced"), 700),
            rate("zero", tr("VAT zero"), 0)};
    if (country == u"FR")
        return {rate("standard", tr("VAT standard"), 2000), rate("intermediate", tr("VAT intermediate"), 1000),
            rate("reduced", tr("VAT reduced"), 550), rate("zero", tr("VAT zero"), 0)};
    if (country == u"IE")
        return {rate("standard", tr("VAT standard"), 2300), rate("reduced", tr("VAT reduced"), 1350),
            rate("zero", tr("VAT zero"), 0)};
    if (country == u"NL")
        return {rate("standard", tr("VAT standard"), 2100), rate("reduced", tr("VAT reduced"), 900),
            rate("zero", tr("VAT zero"), 0)};
    if (country == u"US" || country == u"CA")
        // Sales tax is added at the till and depends on the state and city: the owner types it.
        return {rate("standard", tr("Sales tax"), 0, false), rate("exempt", tr("Tax exempt"), 0, false)};
    return {rate("standard", tr("Standard rate"), 0), rate("zero", tr("Zero rate"), 0)};
}

QString StoreSetupRules::defaultCurrency(const QString& countryCode)
{
    const QString country = countryCode.toUpper();
    if (country == u"GB")
        return QStringLiteral("GBP");
    if (country == u"US")
        return QStringLiteral("USD");
    if (country == u"CA")
        return QStringLiteral("CAD");
    if (country == u"CH")
        return QStringLiteral("CHF");
    return QStringLiteral("EUR");
}

QByteArray generateStoreKey()
{
    std::array<quint32, 8> words {};
    // QRandomGenerator::system() reads the operating system's CSPRNG (getrandom), never a seeded PRNG.
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    return QByteArray(reinterpret_cast<const char*>(words.data()), sizeof(words)).toHex();
}

QString recoveryKeyText(const QByteArray& key)
{
    const QString upper = QString::fromLatin1(key).toUpper();
    QStringList groups;
    for (qsizetype at = 0; at < upper.size(); at += 4)
        groups << upper.mid(at, 4);
    return groups.join(u'-');
}

QByteArray keyFromTypedText(const QString& typed)
{
    QString compact = typed;
    compact.remove(u'-').remove(u' ');
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (hex.match(compact).hasMatch())
        return compact.toLower().toLatin1();
    return typed.toUtf8();
}

} // namespace ss::core
