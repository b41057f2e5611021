// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/BackupPort.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ss::ui {

/// The owner's backups: where they go (a USB stick), how often, how many are kept, when the last
/// one was written and whether the last attempt failed, and "Back up now".
class BackupDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BackupDialog(core::BackupPort& backups, QWidget* parent = nullptr);

    /// The line the owner's screens show: when the last backup was, or that there is none.
    [[nodiscard]] static QString summary(const core::BackupStatus& status);

private:
    void display(const core::BackupStatus& status);
    void save();

    core::BackupPort& m_backups;
    QLineEdit* m_folder;
    QSpinBox* m_hours;
    QSpinBox* m_keep;
    QLabel* m_last;
    QLabel* m_problem;
    QPushButton* m_now;
};

} // namespace ss::ui
