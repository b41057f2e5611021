// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ss::core {

/// Tells a keyboard-wedge scanner from a person by timing. Scanners send keys 0.4–7 ms apart and end
/// with Return (or Tab); people type 60 ms or more apart. Measured on this project's machines.
///
/// The UI holds each key back for `maxGapMs`: if the next key comes sooner the keys are a burst and
/// stay held; if not, they are released to the focused widget as typing. A burst of at least
/// `minLength` characters ended by a terminator is a scan.
class KeyBurstClassifier final
{
public:
    static constexpr qint64 kMaxGapMs = 35;
    static constexpr int kMinLength = 4;
    /// Longer than any barcode: a stuck key or a pasted novel is not a scan.
    static constexpr int kMaxLength = 256;

    enum class Verdict {
        Hold, ///< Keep the key back: it may be part of a scan.
        Scan, ///< A complete scan: take `scanned()`; nothing is released.
        Release, ///< Not a scan: give the held keys (see `held()`) to the widget, then clear.
    };

    /// A printable character at `timestampMs` (monotonic).
    Verdict character(QChar character, qint64 timestampMs);
    /// Return or Tab at `timestampMs`.
    Verdict terminator(qint64 timestampMs);
    /// No key for a while (the UI's hold timer fired).
    Verdict idle(qint64 timestampMs);

    [[nodiscard]] const QString& held() const { return m_buffer; }
    [[nodiscard]] QString takeScanned();
    void clear();

private:
    [[nodiscard]] bool gapTooLong(qint64 timestampMs) const;

    QString m_buffer;
    QString m_scanned;
    qint64 m_lastKeyMs = 0;
};

} // namespace ss::core
