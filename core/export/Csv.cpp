// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

namespace ss::core {

QByteArray csvField(const QString& value)
{
    QString text = value;
    // Spreadsheet formula injection: a leading = + - @ makes a cell a formula.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text.toUtf8();
}

QByteArray csvRow(const QStringList& fields)
{
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvField(fields[i]);
    }
    return row + "\r\n";
}

} // namespace ss::core
