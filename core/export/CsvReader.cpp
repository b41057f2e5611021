// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QStringDecoder>

namespace ss::core {

namespace {

QString decode(const QByteArray& bytes, QString& encoding)
{
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(body);
    if (!utf8.hasError()) {
        encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Not UTF-8: the one other encoding spreadsheets write here. (Qt reads it through ICU.)
    QStringDecoder windows("windows-1252");
    encoding = QStringLiteral("Windows-1252");
    return windows(body);
}

QChar detectSeparator(const QString& text)
{
    int counts[3] = {};
    const QChar candidates[3] = {u',', u';', u'\t'};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

} // namespace

Result<CsvTable> readCsv(const QByteArray& bytes, int maxRows)
{
    CsvTable table;
    const QString text = decode(bytes, table.encoding);
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the file is empty"));
    table.separator = detectSeparator(text);

    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    auto endField = [&] {
        record << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&]() -> bool {
        endField();
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            if (table.header.isEmpty()) {
                table.header = record;
            } else {
                table.rows.push_back(record);
                table.lines.push_back(recordLine);
            }
        }
        record.clear();
        return static_cast<int>(table.rows.size()) <= maxRows;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            fieldWasQuoted = true;
            field.clear();
        } else if (c == table.separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (!endRecord())
                return fail(ErrorCode::InvalidArgument, QStringLiteral("more than %1 rows").arg(maxRows));
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return fail(
            ErrorCode::InvalidArgument, QStringLiteral("a quote opened on line %1 is never closed").arg(recordLine));
    if (!field.isEmpty() || !record.isEmpty())
        if (!endRecord())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("more than %1 rows").arg(maxRows));
    return table;
}

} // namespace ss::core
