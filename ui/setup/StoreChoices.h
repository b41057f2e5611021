// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QComboBox;

namespace ss::ui {

/// The countries and currencies a store can choose, for the set-up wizard and the settings screen.
class StoreChoices
{
    Q_DECLARE_TR_FUNCTIONS(StoreChoices)

public:
    /// Country names with their ISO 3166 code as item data.
    static void fillCountries(QComboBox& combo);
    /// ISO 4217 codes, also as item data.
    static void fillCurrencies(QComboBox& combo);
};

} // namespace ss::ui
