// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace ss::db {

/// Argon2id hash of a PIN (libsodium crypto_pwhash_str, interactive limits), as stored in cashiers.pin_hash.
/// The string carries its own salt and parameters, so stronger limits later still verify old hashes.
[[nodiscard]] core::Result<QString> hashPin(const QString& pin);
[[nodiscard]] bool verifyPin(const QString& storedHash, const QString& pin);

} // namespace ss::db
