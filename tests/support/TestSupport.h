// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <ostream>

namespace ss::test {

inline const QByteArray kTestKey = QByteArrayLiteral("correct horse battery staple");

/// A temporary folder for database files, removed with everything in it at the end of the test.
class TempDir
{
public:
    TempDir() { REQUIRE(m_dir.isValid()); }
    [[nodiscard]] QString file(const QString& name) const { return QDir(m_dir.path()).filePath(name); }
    [[nodiscard]] QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// Spins the event loop until `done` is true or the timeout passes (QTRY_* does not report to Catch2).
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 10000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

} // namespace ss::test

// Lets Catch2 print QStrings in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& value)
{
    return os << value.toStdString();
}
