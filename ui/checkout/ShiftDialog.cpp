// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShiftDialog.h"

#include "ApprovalDialog.h"
#include "MoneyFormat.h"
#include "ports/ShiftPort.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ss::ui {

ShiftDialog::ShiftDialog(core::ShiftPort& shifts, core::StaffPort& staff, core::CashierRecord cashier,
    QString storeName, QString currency, QWidget* parent)
    : QDialog(parent)
    , m_shifts(shifts)
    , m_staff(staff)
    , m_cashier(std::move(cashier))
    , m_storeName(std::move(storeName))
    , m_currency(std::move(currency))
{
    setObjectName(QStringLiteral("shiftDialog"));
    setWindowTitle(tr("Shift"));
    resize(520, 720);
    auto* layout = new QVBoxLayout(this);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("shiftReportText"));
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("shiftCashLineEdit"));
    m_open = new QPushButton(tr("Open shift"), this);
    m_open->setObjectName(QStringLiteral("openShiftButton"));
    m_close = new QPushButton(tr("Close shift (Z report)"), this);
    m_close->setObjectName(QStringLiteral("closeShiftButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("shiftMessageLabel"));
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout();
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    layout->addWidget(m_report, 1);
    layout->addWidget(m_amount);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_open, &QPushButton::clicked, this, &ShiftDialog::openShift);
    connect(m_close, &QPushButton::clicked, this, &ShiftDialog::closeShift);
    refresh();
}

ShiftDialog::~ShiftDialog() = default;

void ShiftDialog::refresh()
{
    m_shifts.currentShift().then(this, [this](const core::Result<std::optional<core::ShiftTotals>>& shift) {
        if (!shift) {
            m_message->setText(tr("The shift could not be read."));
            return;
        }
        const bool open = shift->has_value();
        m_open->setVisible(!open);
        m_close->setVisible(open);
        m_amount->clear();
        m_amount->setPlaceholderText(
            open ? tr("Cash counted in the drawer, e.g. 412.35") : tr("Opening float, e.g. 100"));
        m_report->setPlainText(open ? core::ShiftReportFormatter::format(**shift, m_storeName, m_currency, std::nullopt)
                                    : tr("No shift is open on this till."));
    });
}

void ShiftDialog::openShift()
{
    const auto amount = parseMoney(m_amount->text());
    if (!amount) {
        m_message->setText(tr("Type the float in the drawer, e.g. 100."));
        return;
    }
    m_shifts.openShift(m_cashier.uid, *amount).then(this, [this](const core::Result<core::ShiftTotals>& opened) {
        m_message->setText(opened ? tr("Shift opened.") : tr("The shift could not be opened."));
        refresh();
    });
}

void ShiftDialog::closeShift()
{
    if (!parseMoney(m_amount->text())) {
        m_message->setText(tr("Count the drawer and type the amount, e.g. 412.35."));
        return;
    }
    ApprovalDialog::requireManager(
        m_staff, m_cashier, tr("Closing the shift"), this, [this](core::Role) { closeApproved(); });
}

void ShiftDialog::closeApproved()
{
    const auto counted = parseMoney(m_amount->text());
    if (!counted)
        return;
    m_shifts.closeShift(m_cashier.uid, *counted)
        .then(this, [this, counted](const core::Result<core::ShiftTotals>& closed) {
            if (!closed) {
                m_message->setText(tr("The shift could not be closed. Nothing was changed."));
                return;
            }
            const QString report = core::ShiftReportFormatter::format(*closed, m_storeName, m_currency, counted);
            m_report->setPlainText(report);
            m_open->hide();
            m_close->hide();
            m_amount->hide();
            m_shifts.keepZReport(closed->shiftUid, report).then(this, [this, report](const core::Result<bool>& kept) {
                m_message->setText(kept && *kept ? tr("Shift closed. The Z report is kept with the shift and printed.")
                                                 : tr("Shift closed, but the Z report text was not kept."));
                emit zReportReady(report);
            });
        });
}

} // namespace ss::ui
