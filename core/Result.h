// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <expected>

namespace ss::core {

/// Every fallible operation returns a Result: a value or an Error, never an exception across a layer.
template<typename T> using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString detail = {})
{
    return std::unexpected<Error>(Error {code, std::move(detail)});
}

} // namespace ss::core
