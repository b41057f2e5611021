// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerRecordsPort.h"

namespace ss::core {

std::optional<bool> CustomerProfile::consentNow(ConsentChannel channel) const
{
    // The ledger is append-only and in order: the last entry for a channel is the answer now.
    for (auto it = consents.rbegin(); it != consents.rend(); ++it) {
        if (it->channel == channel)
            return it->granted;
    }
    return std::nullopt;
}

} // namespace ss::core
