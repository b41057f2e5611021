// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTranslator>

#include <memory>
#include <vector>

namespace ss::app {

/// SecondSale's translations (built from app/translations/*.ts into the binary) and Qt's own (its
/// dialogs' buttons), installed for one language for as long as this object lives.
class Translations final
{
public:
    /// `language`: "de", "de_DE", "en"…; empty: the desktop's language. English needs no file.
    explicit Translations(const QString& language);
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    /// True when SecondSale's own strings are translated (not only Qt's).
    [[nodiscard]] bool translated() const { return m_ours != nullptr; }
    /// The languages SecondSale ships, as codes ("de", "en").
    [[nodiscard]] static QStringList available();

private:
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace ss::app
