// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

namespace ss::test {

/// What a HID POS scanner sends for one scan: 64-byte reports (id 2, length, up to 56 data bytes,
/// the AIM identifier at 58, a continuation flag at 63).
inline std::vector<QByteArray> hidPosReports(const QByteArray& code, const QByteArray& aim)
{
    std::vector<QByteArray> reports;
    qsizetype offset = 0;
    do {
        QByteArray report(64, '\0');
        const qsizetype n = std::min<qsizetype>(56, code.size() - offset);
        report[0] = 0x02;
        report[1] = static_cast<char>(n);
        report.replace(2, n, code.mid(offset, n));
        report.replace(58, 3, aim);
        offset += n;
        report[63] = offset < code.size() ? 1 : 0;
        reports.push_back(report);
    } while (offset < code.size());
    return reports;
}

} // namespace ss::test
