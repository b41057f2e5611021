// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QPlainTextEdit;
class QWidget;

namespace ss::ui {

/// A few lines of text (an address, a receipt header) that Tab leaves rather than fills.
[[nodiscard]] QPlainTextEdit* linesEdit(QWidget* parent, const QString& objectName, int lines);
/// The red, wrapped label under a form that says what must be fixed before it can be saved.
[[nodiscard]] QLabel* problemLabel(QWidget* parent);

} // namespace ss::ui
