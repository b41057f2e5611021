// SPDX-License-Identifier: GPL-3.0-or-later
#include "HidPosDecoder.h"

namespace ss::devices {

core::Symbology symbologyFromAim(const QByteArray& aim)
{
    if (aim.size() < 3 || aim[0] != ']')
        return core::Symbology::Unknown;
    switch (aim[1]) {
    case 'E': return aim[2] == '4' ? core::Symbology::Ean8 : core::Symbology::Ean13;
    case 'C': return core::Symbology::Code128;
    case 'Q': return core::Symbology::Qr;
    default: return core::Symbology::Unknown;
    }
}

std::optional<core::ScanEvent> HidPosDecoder::feed(const QByteArray& report)
{
    const auto byte = [&](int i) { return static_cast<unsigned char>(report[i]); };
    if (report.size() < kReportSize || byte(0) != 0x02 || byte(1) > 56) {
        ++m_dropped;
        m_data.clear();
        return std::nullopt;
    }
    m_data += report.mid(2, byte(1));
    if (m_data.size() > kMaxScan) {
        ++m_dropped;
        m_data.clear();
        return std::nullopt;
    }
    if (byte(63) != 0)
        return std::nullopt; // more of this scan follows
    core::ScanEvent event;
    // Scanners send what the label holds; only printable text reaches the till.
    for (char c : std::as_const(m_data)) {
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)
            event.data += QChar::fromLatin1(c);
    }
    event.symbology = symbologyFromAim(report.mid(58, 3));
    m_data.clear();
    if (event.data.isEmpty())
        return std::nullopt;
    return event;
}

namespace {

/// HID usage → character (US usage table, which is what a scanner sends whatever the host layout).
QChar usageCharacter(unsigned char usage, bool shift)
{
    if (usage >= 0x04 && usage <= 0x1D)
        return QChar((shift ? 'A' : 'a') + (usage - 0x04));
    if (usage >= 0x1E && usage <= 0x27) {
        static const char plain[] = "1234567890";
        static const char shifted[] = "!@#$%^&*()";
        return QChar::fromLatin1((shift ? shifted : plain)[usage - 0x1E]);
    }
    static const struct
    {
        unsigned char usage;
        char plain;
        char shifted;
    } others[] = {{0x2C, ' ', ' '}, {0x2D, '-', '_'}, {0x2E, '=', '+'}, {0x2F, '[', '{'}, {0x30, ']', '}'},
        {0x31, '\\', '|'}, {0x33, ';', ':'}, {0x34, '\'', '"'}, {0x35, '`', '~'}, {0x36, ',', '<'}, {0x37, '.', '>'},
        {0x38, '/', '?'}};
    for (const auto& key : others) {
        if (key.usage == usage)
            return QChar::fromLatin1(shift ? key.shifted : key.plain);
    }
    return {};
}

} // namespace

std::optional<core::ScanEvent> BootKeyboardDecoder::feed(const QByteArray& report)
{
    if (report.size() != 8) {
        m_data.clear();
        m_pressed.clear();
        return std::nullopt;
    }
    const auto modifiers = static_cast<unsigned char>(report[0]);
    const bool shift = (modifiers & 0x22) != 0; // left or right shift
    const QByteArray keys = report.mid(2, 6);
    std::optional<core::ScanEvent> done;
    for (char raw : keys) {
        const auto usage = static_cast<unsigned char>(raw);
        if (usage == 0 || usage == 1 || m_pressed.contains(raw)) // none, roll-over error, or still held
            continue;
        if (usage == 0x28 || usage == 0x58 || usage == 0x2B) { // Return, keypad Enter, Tab
            if (!m_data.isEmpty())
                done = core::ScanEvent {m_data, core::Symbology::Unknown};
            m_data.clear();
            continue;
        }
        const QChar c = usageCharacter(usage, shift);
        if (!c.isNull() && m_data.size() < HidPosDecoder::kMaxScan)
            m_data += c;
    }
    m_pressed = keys;
    return done;
}

} // namespace ss::devices
