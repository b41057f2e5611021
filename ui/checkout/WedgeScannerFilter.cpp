// SPDX-License-Identifier: GPL-3.0-or-later
#include "WedgeScannerFilter.h"

#include <QApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QWidget>

namespace ss::ui {

WedgeScannerFilter::WedgeScannerFilter(QWidget* scope, QObject* parent)
    : QObject(parent)
    , m_scope(scope)
{
    m_clock.start();
    m_holdTimer.setSingleShot(true);
    // No key for a little longer than a scanner's largest gap: the held keys were typing.
    m_holdTimer.setInterval(static_cast<int>(core::KeyBurstClassifier::kMaxGapMs) + 10);
    connect(&m_holdTimer, &QTimer::timeout, this, &WedgeScannerFilter::releaseHeld);
}

WedgeScannerFilter::~WedgeScannerFilter() = default;

void WedgeScannerFilter::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    if (enabled)
        qApp->installEventFilter(this);
    else {
        releaseHeld();
        qApp->removeEventFilter(this);
    }
}

qint64 WedgeScannerFilter::now(const QKeyEvent& event) const
{
    // The window system's timestamp keeps the real spacing even when the GUI thread was busy and
    // delivers queued keys back to back; without one (tests, offscreen) use our monotonic clock.
    return event.timestamp() != 0 ? static_cast<qint64>(event.timestamp()) : m_clock.elapsed();
}

QChar WedgeScannerFilter::characterFromKeyCode(quint32 keyCode, bool shift)
{
    // X11 key codes (evdev + 8) of the US layout that scanners assume.
    static const char16_t digits[] = u"1234567890";
    static const char16_t row1[] = u"qwertyuiop";
    static const char16_t row2[] = u"asdfghjkl";
    static const char16_t row3[] = u"zxcvbnm";
    auto letter = [shift](char16_t c) { return shift ? QChar(c).toUpper() : QChar(c); };
    if (keyCode >= 10 && keyCode <= 19)
        return shift ? QChar() : QChar(digits[keyCode - 10]);
    if (keyCode >= 24 && keyCode <= 33)
        return letter(row1[keyCode - 24]);
    if (keyCode >= 38 && keyCode <= 46)
        return letter(row2[keyCode - 38]);
    if (keyCode >= 52 && keyCode <= 58)
        return letter(row3[keyCode - 52]);
    if (keyCode == 20 && !shift)
        return QChar(u'-');
    if (keyCode == 60 && !shift)
        return QChar(u'.');
    return {};
}

void WedgeScannerFilter::releaseHeld()
{
    m_holdTimer.stop();
    m_classifier.clear();
    if (m_heldEvents.empty())
        return;
    auto events = std::move(m_heldEvents);
    m_heldEvents.clear();
    QObject* target = m_target ? m_target.data() : QApplication::focusWidget();
    if (!target)
        return;
    m_replaying = true;
    for (const auto& held : events)
        QCoreApplication::sendEvent(target, held.get());
    m_replaying = false;
}

bool WedgeScannerFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_enabled || m_replaying || event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    // An application filter sees a key once per receiver as it propagates; look at the first only.
    QWidget* focus = QApplication::focusWidget();
    if (focus ? watched != focus : !static_cast<QWidget*>(watched)->isWindow())
        return false;
    auto* receiver = static_cast<QWidget*>(watched);
    if (m_scope && receiver != m_scope && !m_scope->isAncestorOf(receiver))
        return false; // a dialog in front: its fields take keys as they come

    auto* key = static_cast<QKeyEvent*>(event);
    const qint64 t = now(*key);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Tab) {
        if (m_classifier.terminator(t) == core::KeyBurstClassifier::Verdict::Scan) {
            m_holdTimer.stop();
            m_heldEvents.clear();
            emit scanned({m_classifier.takeScanned(), core::Symbology::Unknown});
            return true;
        }
        releaseHeld();
        return false;
    }
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const QString text = key->text();
    if (modifiers != Qt::NoModifier || text.size() != 1 || !text.at(0).isPrint()) {
        releaseHeld(); // a shortcut or navigation key: whatever was held was typing
        return false;
    }
    QChar character = characterFromKeyCode(key->nativeScanCode(), key->modifiers().testFlag(Qt::ShiftModifier));
    if (character.isNull())
        character = text.at(0);
    if (m_classifier.character(character, t) == core::KeyBurstClassifier::Verdict::Release) {
        releaseHeld();
        (void)m_classifier.character(character, t); // starts a new burst with this key
    }
    m_target = watched;
    m_heldEvents.push_back(std::make_unique<QKeyEvent>(key->type(), key->key(), key->modifiers(), key->nativeScanCode(),
        key->nativeVirtualKey(), key->nativeModifiers(), key->text(), key->isAutoRepeat(),
        static_cast<quint16>(key->count())));
    m_holdTimer.start();
    return true;
}

} // namespace ss::ui
