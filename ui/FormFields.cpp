// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormFields.h"

#include <QLabel>
#include <QPlainTextEdit>

namespace ss::ui {

QPlainTextEdit* linesEdit(QWidget* parent, const QString& objectName, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemsLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}

} // namespace ss::ui
