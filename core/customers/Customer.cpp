// SPDX-License-Identifier: GPL-3.0-or-later
#include "Customer.h"

namespace ss::core {

QString consentChannelKey(ConsentChannel channel)
{
    switch (channel) {
    case ConsentChannel::Email: return QStringLiteral("email");
    case ConsentChannel::Sms: return QStringLiteral("sms");
    case ConsentChannel::Post: return QStringLiteral("post");
    }
    return QStringLiteral("email");
}

} // namespace ss::core
