// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QWidget;

namespace ss::ui {

/// Writes `bytes` to `path` whole or not at all (QSaveFile): a full disk never leaves half a file.
[[nodiscard]] bool writeWholeFile(const QString& path, const QByteArray& bytes);

/// Asks where to save (`suggestedName` in the usual folder) and writes `bytes` there whole. Returns
/// what to tell the user: where it went, why it could not be written, or nothing when cancelled.
[[nodiscard]] QString exportToFile(QWidget* parent, const QString& title, const QString& suggestedName,
    const QString& filter, const QByteArray& bytes);

} // namespace ss::ui
