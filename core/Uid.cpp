// SPDX-License-Identifier: GPL-3.0-or-later
#include "Uid.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace ss::core {

QString newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString uidFrom(QRandomGenerator& random)
{
    std::array<quint32, 4> words {};
    random.fillRange(words.data(), words.size());
    QByteArray bytes(16, Qt::Uninitialized);
    for (std::size_t i = 0; i < words.size(); ++i) {
        for (std::size_t b = 0; b < 4; ++b)
            bytes[static_cast<qsizetype>(i * 4 + b)] = static_cast<char>(words[i] >> (8 * b));
    }
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace ss::core
