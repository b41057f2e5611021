// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/StoreSettings.h"

#include <QFuture>

namespace ss::core {

/// The owner's settings screen: read as a whole, saved as a whole (owner only; validated and
/// audited by the store).
class StoreSettingsPort
{
public:
    virtual ~StoreSettingsPort() = default;
    [[nodiscard]] virtual QFuture<Result<StoreSettings>> settings() = 0;
    /// The names of what changed (empty: nothing did). InvalidArgument lists the problems, one per line.
    [[nodiscard]] virtual QFuture<Result<QStringList>> save(const QString& actorUid, const StoreSettings& next) = 0;
};

} // namespace ss::core
