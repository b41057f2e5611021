// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyBurstClassifier.h"

namespace ss::core {

bool KeyBurstClassifier::gapTooLong(qint64 timestampMs) const
{
    return !m_buffer.isEmpty() && timestampMs - m_lastKeyMs > kMaxGapMs;
}

KeyBurstClassifier::Verdict KeyBurstClassifier::character(QChar character, qint64 timestampMs)
{
    // A slow key after held keys: the held ones were typing. The caller releases them, then
    // offers this key again to a fresh buffer.
    if (gapTooLong(timestampMs) || m_buffer.size() >= kMaxLength)
        return Verdict::Release;
    m_buffer += character;
    m_lastKeyMs = timestampMs;
    return Verdict::Hold;
}

KeyBurstClassifier::Verdict KeyBurstClassifier::terminator(qint64 timestampMs)
{
    if (m_buffer.size() >= kMinLength && !gapTooLong(timestampMs)) {
        m_scanned = m_buffer;
        m_buffer.clear();
        return Verdict::Scan;
    }
    return Verdict::Release;
}

KeyBurstClassifier::Verdict KeyBurstClassifier::idle(qint64 timestampMs)
{
    return gapTooLong(timestampMs) ? Verdict::Release : Verdict::Hold;
}

QString KeyBurstClassifier::takeScanned()
{
    return std::exchange(m_scanned, QString());
}

void KeyBurstClassifier::clear()
{
    m_buffer.clear();
}

} // namespace ss::core
