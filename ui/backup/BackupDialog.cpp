// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ss::ui {

BackupDialog::BackupDialog(core::BackupPort& backups, QWidget* parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_folder(new QLineEdit(this))
    , m_hours(new QSpinBox(this))
    , m_keep(new QSpinBox(this))
    , m_last(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_now(new QPushButton(tr("Back up &now"), this))
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Backups"));
    setMinimumWidth(560);
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_hours->setObjectName(QStringLiteral("backupHoursSpin"));
    m_keep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_last->setObjectName(QStringLiteral("lastBackupLabel"));
    m_problem->setObjectName(QStringLiteral("backupProblemLabel"));
    m_now->setObjectName(QStringLiteral("backUpNowButton"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_hours->setRange(core::BackupSettings::kMinHours, core::BackupSettings::kMaxHours);
    m_hours->setSuffix(tr(" hours"));
    m_keep->setRange(core::BackupSettings::kMinKeep, core::BackupSettings::kMaxKeep);

    auto* choose = new QPushButton(tr("&Choose…"), this);
    connect(choose, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Where the backups go"), m_folder->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, m_folder, &QLineEdit::setText);
        dialog->open();
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    auto* explain = new QLabel(tr("Each backup is a whole, encrypted copy of the store, opened with the store's own "
                                  "passphrase or recovery key. Keep the stick away from the till, and take it home."),
        this);
    explain->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Back up into:"), folderRow);
    form->addRow(tr("&Every:"), m_hours);
    form->addRow(tr("&Keep the newest:"), m_keep);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->addButton(m_now, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_now, &QPushButton::clicked, this, [this] {
        save();
        m_backups.backUpNow();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_last);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    const core::BackupStatus status = m_backups.status();
    m_folder->setText(status.settings.folder);
    m_hours->setValue(status.settings.everyHours);
    m_keep->setValue(status.settings.keep);
    display(status);
    connect(&m_backups, &core::BackupPort::statusChanged, this, &BackupDialog::display);
}

QString BackupDialog::summary(const core::BackupStatus& status)
{
    if (status.running)
        return tr("Backing up now…");
    if (!status.lastUtc)
        return status.settings.folder.isEmpty() ? tr("No backups yet: choose where they go.") : tr("No backup yet.");
    const QDateTime local = status.lastUtc->toLocalTime();
    const qint64 hours = status.lastUtc->secsTo(QDateTime::currentDateTimeUtc()) / 3600;
    const QString when = QLocale().toString(local, QLocale::ShortFormat);
    return hours >= 48 ? tr("Last backup: %1 — %2 days ago.").arg(when).arg(hours / 24)
                       : tr("Last backup: %1.").arg(when);
}

void BackupDialog::display(const core::BackupStatus& status)
{
    m_last->setText(summary(status));
    m_problem->setText(status.problem);
    m_now->setEnabled(!status.running);
}

void BackupDialog::save()
{
    core::BackupSettings chosen;
    chosen.folder = m_folder->text().trimmed();
    chosen.everyHours = m_hours->value();
    chosen.keep = m_keep->value();
    m_backups.setSettings(chosen);
}

} // namespace ss::ui
