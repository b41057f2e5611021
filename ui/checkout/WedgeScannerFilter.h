// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/KeyBurstClassifier.h"
#include "scan/ScanEvent.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QKeyEvent;

namespace ss::ui {

/// Catches keyboard-wedge scanner bursts application-wide, whatever widget has focus, and emits them
/// as one scan; human typing is passed on unchanged (held back at most ~35 ms). Characters are read
/// from the keys' X11 key codes where the platform gives them, so a French or German layout cannot
/// turn a scanner's digits into "&é\"'(".
class WedgeScannerFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WedgeScannerFilter)

public:
    /// Only keys for `scope` and its children are inspected: a dialog opened over the checkout gets
    /// its keys (and scans typed into its fields) untouched. A null scope watches every window.
    explicit WedgeScannerFilter(QWidget* scope, QObject* parent = nullptr);
    ~WedgeScannerFilter() override;

    /// Only while enabled (the checkout is on screen) are keys inspected at all.
    void setEnabled(bool enabled);

signals:
    void scanned(const ss::core::ScanEvent& event);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 now(const QKeyEvent& event) const;
    void releaseHeld();
    /// The character a US-layout scanner meant, from the X11 key code; null when unknown.
    static QChar characterFromKeyCode(quint32 keyCode, bool shift);

    core::KeyBurstClassifier m_classifier;
    QElapsedTimer m_clock;
    QTimer m_holdTimer;
    QPointer<QObject> m_target;
    QPointer<QWidget> m_scope;
    std::vector<std::unique_ptr<QKeyEvent>> m_heldEvents;
    bool m_enabled = false;
    bool m_replaying = false;
};

} // namespace ss::ui
