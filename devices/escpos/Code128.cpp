// SPDX-License-Identifier: GPL-3.0-or-later
#include "Code128.h"

namespace ss::devices {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

qsizetype digitRun(const QByteArray& text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    return end - from;
}

} // namespace

std::optional<QByteArray> code128Command(const QByteArray& text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (char c : text) {
        if (c < 0x20 || c > 0x7e)
            return std::nullopt;
    }
    QByteArray out;
    char set = 0;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype run = digitRun(text, i);
        // Worth code set C: at the start or end, 4 digits; in the middle, 6 (two switches).
        const bool atEdge = i == 0 || i + run == text.size();
        if (run >= (atEdge ? 4 : 6)) {
            // An odd run leaves its first digit in set B, so the pairs line up to the end.
            qsizetype start = i;
            if (run % 2 != 0) {
                if (set != 'B') {
                    out += "{B";
                    set = 'B';
                }
                out += text[i];
                start = i + 1;
            }
            if (set != 'C') {
                out += "{C";
                set = 'C';
            }
            for (qsizetype d = start; d < i + run; d += 2)
                out += static_cast<char>((text[d] - '0') * 10 + (text[d + 1] - '0'));
            i += run;
            continue;
        }
        if (set != 'B') {
            out += "{B";
            set = 'B';
        }
        out += text[i] == '{' ? QByteArray("{{") : QByteArray(1, text[i]);
        ++i;
    }
    return out;
}

std::optional<QByteArray> code128Text(const QByteArray& command)
{
    QByteArray text;
    char set = 0;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const char c = command[i];
        if (c == '{' && i + 1 < command.size()) {
            const char next = command[++i];
            if (next == 'A' || next == 'B' || next == 'C') {
                set = next;
                continue;
            }
            if (next == '{' && set == 'B') {
                text += '{';
                continue;
            }
            return std::nullopt; // FNC codes and shifts are not something we emit
        }
        if (set == 'C') {
            const int value = static_cast<unsigned char>(c);
            if (value > 99)
                return std::nullopt;
            text += static_cast<char>('0' + value / 10);
            text += static_cast<char>('0' + value % 10);
        } else if (set == 'B' || set == 'A') {
            text += c;
        } else {
            return std::nullopt; // data before any code set
        }
    }
    return text;
}

} // namespace ss::devices
