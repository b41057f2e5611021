// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace ss::app {

namespace {
const QString kOurs = QStringLiteral(":/i18n");

std::unique_ptr<QTranslator> load(const QLocale& locale, const QString& name, const QString& folder)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}
} // namespace

Translations::Translations(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    m_ours = load(locale, QStringLiteral("secondsale"), kOurs);
    m_qt = load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

Translations::~Translations()
{
    for (const auto* translator : {m_ours.get(), m_qt.get()})
        if (translator)
            QCoreApplication::removeTranslator(const_cast<QTranslator*>(translator));
}

QStringList Translations::available()
{
    QStringList codes;
    for (const QString& file : QDir(kOurs).entryList({QStringLiteral("secondsale_*.qm")}))
        codes << file.section(u'_', 1).section(u'.', 0, 0);
    return codes;
}

} // namespace ss::app
