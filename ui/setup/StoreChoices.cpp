// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreChoices.h"

#include <QComboBox>

#include <utility>

namespace ss::ui {

void StoreChoices::fillCountries(QComboBox& combo)
{
    const std::pair<const char*, QString> countries[]
        = {{"GB", tr("United Kingdom")}, {"IE", tr("Ireland")}, {"DE", tr("Germany")}, {"AT", tr("Austria")},
            {"FR", tr("France")}, {"BE", tr("Belgium")}, {"NL", tr("Netherlands")}, {"ES", tr("Spain")},
            {"IT", tr("Italy")}, {"CH", tr("Switzerland")}, {"US", tr("United States")}, {"CA", tr("Canada")}};
    for (const auto& [code, name] : countries)
        combo.addItem(name, QString::fromLatin1(code));
}

void StoreChoices::fillCurrencies(QComboBox& combo)
{
    for (const char* code : {"GBP", "EUR", "USD", "CAD", "CHF"})
        combo.addItem(QString::fromLatin1(code), QString::fromLatin1(code));
}

} // namespace ss::ui
