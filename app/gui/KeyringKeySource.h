// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace ss::app {

/// Reads the store's key from the OS keyring (Secret Service / KWallet through qtkeychain), keyed by
/// the store file's absolute path. Asynchronous: the keyring may ask the user to unlock it.
class KeyringKeySource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyringKeySource)

public:
    explicit KeyringKeySource(QObject* parent = nullptr);
    ~KeyringKeySource() override;

    /// Starts the lookup; exactly one of found/unavailable follows.
    void read(const QString& storePath);
    /// The same for any named entry (the central store's password: "sync:<shop>/<terminal>").
    void readEntry(const QString& entry);
    /// Stores `key` for the store at `storePath`; exactly one of written/writeFailed follows.
    void write(const QString& storePath, const QByteArray& key);
    /// The same for any named entry (see readEntry).
    void writeEntry(const QString& entry, const QByteArray& secret);
    /// Empty when a keyring can be asked; else why not, in words for the owner.
    [[nodiscard]] static QString unavailableReason();

signals:
    void found(const QByteArray& key);
    /// No keyring, no entry, or the user declined; `reason` is technical, for the log only.
    void unavailable(const QString& reason);
    void written();
    void writeFailed(const QString& reason);
};

} // namespace ss::app
