// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace ss::db {
class Connection;
}

namespace ss::db::sync {

/// The entity an outbox row names, as it is now in the local store, keyed by column name. A sale
/// carries its lines and payments. An entity that no longer exists gives {"uid": …, "gone": true}.
/// Card references are left out: they stay on the till that took them.
[[nodiscard]] core::Result<QJsonObject> changePayload(Connection& local, const QString& entity, const QString& uid);

} // namespace ss::db::sync
