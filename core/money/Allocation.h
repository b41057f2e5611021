// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <vector>

namespace ss::core {

/// Splits `total` across `weights` in proportion, in whole minor units, so that the parts add up
/// exactly to `total` (largest-remainder method; ties go to the earlier weight). Used to spread a
/// whole-sale discount over its lines so each line's tax stays correct. Weights must be ≥ 0; with
/// all weights zero, everything goes to the first part.
[[nodiscard]] std::vector<Money> allocateProportionally(Money total, const std::vector<Money>& weights);

} // namespace ss::core
