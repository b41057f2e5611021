// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace ss::app {

/// Exit codes of secondsale-admin, documented in `secondsale-admin --help` and docs/admin.md.
enum ExitCode {
    ExitOk = 0,
    ExitProblem = 1, ///< The command ran and found a problem (a failed check), or an internal error.
    ExitUsage = 2,
    ExitWrongKey = 3, ///< Wrong key, or not a SecondSale database.
    ExitIo = 4, ///< File missing, unreadable, unwritable, or disk full.
    ExitDamaged = 5, ///< The database is damaged.
};

[[nodiscard]] int exitCodeFor(core::ErrorCode code);

/// The owner's command line: each command is a method that writes results to stdout and
/// problems to stderr (never a key or a customer's details) and returns an exit code.
class AdminCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)

public:
    AdminCommands(QTextStream& out, QTextStream& err);

    /// Parses `arguments` (argv without the program name's options handled) and runs the command.
    int run(const QStringList& arguments);

private:
    int fail(const QString& command, const core::Error& error);
    int usage(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace ss::app
