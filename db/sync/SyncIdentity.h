// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ss::db::sync {

/// Who this till is to the central store. The shop code keeps two shops' "T1" apart.
struct TerminalIdentity
{
    QString shop;
    QString terminalId;

    [[nodiscard]] QString origin() const { return shop + QLatin1Char('/') + terminalId; }
};

} // namespace ss::db::sync
