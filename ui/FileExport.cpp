// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileExport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QSaveFile>

namespace ss::ui {

bool writeWholeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

QString exportToFile(
    QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter, const QByteArray& bytes)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
    if (path.isEmpty())
        return {};
    if (!writeWholeFile(path, bytes))
        return QCoreApplication::translate(
            "FileExport", "The file could not be written (disk full or no permission). Nothing was lost.");
    return QCoreApplication::translate("FileExport", "Written to %1.").arg(path);
}

} // namespace ss::ui
