// SPDX-License-Identifier: GPL-3.0-or-later
#include "CouponCode.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ss::core::couponcode {

namespace {

constexpr int kBase = 31; // the alphabet's size, a prime: the check sum below catches every single typo
constexpr int kRandom = 6;
constexpr int kMac = 3;

int valueOf(QChar c)
{
    for (int i = 0; i < kBase; ++i) {
        if (kAlphabet[i] == c.unicode())
            return i;
    }
    return -1;
}

QChar charOf(int value)
{
    return QChar(kAlphabet[value]);
}

/// The check character c for the nine before it: sum of (position × value) over all ten, positions
/// 1–10, is 0 modulo 31. With a prime modulus and weights below it, any one changed character, and
/// any two swapped neighbours, change that sum: every such typo is caught.
QChar checkCharacter(const QString& body)
{
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i)
        sum += static_cast<int>(i + 1) * valueOf(body.at(i));
    constexpr int kInverseOfTen = 28; // 10 × 28 = 280 ≡ 1 (mod 31)
    return charOf((kBase - sum % kBase) % kBase * kInverseOfTen % kBase);
}

QString macCharacters(const QString& random, const QByteArray& key)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(random.toLatin1(), key, QCryptographicHash::Sha256);
    // The first 24 bits, three characters of the alphabet: one forgery in ~30,000 passes this alone.
    quint32 bits
        = (static_cast<quint8>(mac[0]) << 16) | (static_cast<quint8>(mac[1]) << 8) | static_cast<quint8>(mac[2]);
    QString out;
    for (int i = 0; i < kMac; ++i) {
        out += charOf(static_cast<int>(bits % kBase));
        bits /= kBase;
    }
    return out;
}

QString normalise(const QString& typed)
{
    QString out;
    for (QChar c : typed) {
        if (c == u'-' || c.isSpace())
            continue;
        out += c.toUpper();
    }
    return out;
}

QString format(const QString& plain)
{
    return plain.left(5) + u'-' + plain.mid(5);
}

} // namespace

QString generate(const QByteArray& key, const std::function<int(int)>& uniform)
{
    QString random;
    for (int i = 0; i < kRandom; ++i)
        random += charOf(uniform(kBase) % kBase);
    const QString body = random + macCharacters(random, key);
    return format(body + checkCharacter(body));
}

QString generate(const QByteArray& key)
{
    return generate(key, [](int n) { return static_cast<int>(QRandomGenerator::system()->bounded(n)); });
}

bool looksLikeCode(const QString& typed)
{
    const QString trimmed = typed.trimmed().toUpper();
    const QString plain = normalise(trimmed);
    if (plain.size() != kLength || trimmed.size() > kLength + 2)
        return false;
    for (QChar c : plain) {
        if (valueOf(c) < 0)
            return false;
    }
    // As printed ("K7M9Q-4XP2R") it is a coupon even with a typo, so the cashier hears about the typo;
    // without the hyphen only a correct check character tells it from a product code.
    const bool printedShape = trimmed.size() == kLength + 1 && trimmed.at(5) == u'-';
    return printedShape || checkCharacter(plain.left(kLength - 1)) == plain.back();
}

std::expected<QString, Problem> verify(const QString& typed, const QByteArray& key)
{
    const QString plain = normalise(typed);
    if (plain.size() != kLength || typed.trimmed().size() > kLength + 2)
        return std::unexpected(Problem::Malformed);
    for (QChar c : plain) {
        if (valueOf(c) < 0)
            return std::unexpected(Problem::Malformed);
    }
    if (checkCharacter(plain.left(kLength - 1)) != plain.back())
        return std::unexpected(Problem::Mistyped);
    if (macCharacters(plain.left(kRandom), key) != plain.mid(kRandom, kMac))
        return std::unexpected(Problem::Forged);
    return format(plain);
}

} // namespace ss::core::couponcode
