// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinHash.h"

#include <sodium.h>

namespace ss::db {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

core::Result<QString> hashPin(const QString& pin)
{
    if (!sodiumReady())
        return core::fail(core::ErrorCode::Internal, QStringLiteral("libsodium failed to initialise"));
    if (pin.size() < 4)
        return core::fail(core::ErrorCode::InvalidArgument, QStringLiteral("a PIN has at least four digits"));
    QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
        crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return core::fail(core::ErrorCode::Internal, QStringLiteral("out of memory while hashing a PIN"));
    return QString::fromLatin1(out);
}

bool verifyPin(const QString& storedHash, const QString& pin)
{
    if (!sodiumReady())
        return false;
    const QByteArray hash = storedHash.toLatin1();
    QByteArray utf8 = pin.toUtf8();
    const bool ok
        = crypto_pwhash_str_verify(hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

} // namespace ss::db
