// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace ss::core {

/// A CSV file as read: what it was written in, its header and its rows, each with the line it
/// starts on (for reports people can find in their spreadsheet).
struct CsvTable
{
    QString encoding; ///< "UTF-8" or "Windows-1252".
    QChar separator; ///< ',' ';' or tab, as detected from the header line.
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> lines; ///< The file line each row starts on (1 = the header).
};

/// Reads what spreadsheets and other tills export (RFC 4180 and its usual variants):
/// - UTF-8, with or without a byte-order mark, else Windows-1252 (Excel's "CSV" on Western
///   Windows): a file that is not valid UTF-8 is read as Windows-1252, never half-decoded;
/// - `,` `;` or tab separators, detected from the header line (quotes respected);
/// - quoted fields with doubled quotes and line breaks inside; CRLF or LF line ends; blank lines skipped.
/// Errors: InvalidArgument for an empty file, a header-only file is fine (no rows), an unterminated
/// quote (with its line), or more than `maxRows` rows.
[[nodiscard]] Result<CsvTable> readCsv(const QByteArray& bytes, int maxRows = 1'000'000);

} // namespace ss::core
