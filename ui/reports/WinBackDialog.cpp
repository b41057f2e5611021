// SPDX-License-Identifier: GPL-3.0-or-later
#include "WinBackDialog.h"

#include "FileExport.h"
#include "MoneyFormat.h"
#include "ReceiptRenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace ss::ui {

WinBackDialog::WinBackDialog(core::ReportsPort& reports, QString actorUid, QString storeName, QString currency,
    int lapsedDays, PrintPreview printPreview, int printerColumns, QWidget* parent)
    : QDialog(parent)
    , m_reports(reports)
    , m_actorUid(std::move(actorUid))
    , m_storeName(std::move(storeName))
    , m_currency(std::move(currency))
    , m_printPreview(std::move(printPreview))
    , m_printerColumns(printerColumns)
    , m_days(new QSpinBox(this))
    , m_channel(new QComboBox(this))
    , m_issue(new QCheckBox(tr("Give each one a win-back coupon (the active win-back offer)"), this))
    , m_make(new QPushButton(tr("Make the list"), this))
    , m_csv(new QPushButton(tr("Save as CSV…"), this))
    , m_letters(new QPushButton(tr("Save letters as PDF…"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("winBackDialog"));
    setWindowTitle(tr("Invite lapsed customers back"));
    resize(820, 560);
    m_days->setObjectName(QStringLiteral("winBackDays"));
    m_days->setRange(1, 3650);
    m_days->setValue(lapsedDays);
    m_days->setSuffix(tr(" days without a purchase"));
    m_channel->setObjectName(QStringLiteral("winBackChannel"));
    m_channel->addItem(tr("By post (letters)"), QStringLiteral("post"));
    m_channel->addItem(tr("By email"), QStringLiteral("email"));
    m_channel->addItem(tr("By text message"), QStringLiteral("sms"));
    m_issue->setObjectName(QStringLiteral("winBackIssue"));
    m_make->setObjectName(QStringLiteral("winBackMake"));
    m_csv->setObjectName(QStringLiteral("winBackCsv"));
    m_letters->setObjectName(QStringLiteral("winBackLetters"));
    m_status->setObjectName(QStringLiteral("winBackStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Only customers who said yes on that channel are listed; making the list is audited."));
    m_csv->setEnabled(false);
    m_letters->setEnabled(false);
    m_model->setHorizontalHeaderLabels(
        {tr("No."), tr("Customer"), tr("Address"), tr("Last purchase"), tr("Purchases"), tr("Spent"), tr("Coupon")});
    m_table->setObjectName(QStringLiteral("winBackTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto* form = new QFormLayout;
    form->addRow(tr("Lapsed after"), m_days);
    form->addRow(tr("Invite"), m_channel);
    form->addRow(QString(), m_issue);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_make, QDialogButtonBox::ActionRole);
    buttons->addButton(m_csv, QDialogButtonBox::ActionRole);
    buttons->addButton(m_letters, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_make, &QPushButton::clicked, this, &WinBackDialog::makeList);
    connect(m_csv, &QPushButton::clicked, this, &WinBackDialog::saveCsv);
    connect(m_letters, &QPushButton::clicked, this, &WinBackDialog::askLetters);
}

WinBackDialog::~WinBackDialog() = default;

void WinBackDialog::makeList()
{
    m_make->setEnabled(false);
    m_status->setText(tr("Finding them…"));
    m_reports.winBack(m_actorUid, m_days->value(), m_channel->currentData().toString(), m_issue->isChecked())
        .then(this, [this](const core::Result<core::WinBackInvitations>& found) {
            m_make->setEnabled(true);
            if (!found) {
                switch (found.error().code) {
                case core::ErrorCode::PermissionDenied:
                    m_status->setText(tr("Only the owner invites customers back."));
                    break;
                case core::ErrorCode::NotFound:
                    m_status->setText(tr("There is no active win-back offer: create one on the Offers screen, or"
                                         " make the list without coupons."));
                    break;
                default: m_status->setText(tr("The list could not be made. Nothing was changed."));
                }
                return;
            }
            show(*found);
        });
}

void WinBackDialog::show(const core::WinBackInvitations& invitations)
{
    m_invitations = invitations;
    m_model->removeRows(0, m_model->rowCount());
    for (const core::WinBackInvitation& person : invitations.people) {
        QList<QStandardItem*> row {new QStandardItem(QString::number(person.number)),
            new QStandardItem((person.firstName + u' ' + person.lastName).trimmed()), new QStandardItem(person.address),
            new QStandardItem(person.lastVisit.toString(Qt::ISODate)),
            new QStandardItem(QString::number(person.visits)),
            new QStandardItem(formatMoney(core::Money::fromMinor(person.spentMinor), m_currency)),
            new QStandardItem(person.coupon ? person.coupon->code : QString())};
        m_model->appendRow(row); // the model owns its items
    }
    m_status->setText(invitations.couponsIssued > 0
            ? tr("%1 customers to invite back; each has a coupon of their own.").arg(invitations.people.size())
            : tr("%1 customers to invite back.").arg(invitations.people.size()));
    m_csv->setEnabled(!invitations.people.empty());
    m_letters->setEnabled(!invitations.people.empty());
    emit listReady();
}

void WinBackDialog::saveCsv()
{
    const QString said = exportToFile(this, tr("Save the list"),
        QStringLiteral("win-back-%1.csv").arg(m_invitations.channel), tr("CSV (*.csv)"), m_invitations.csv);
    if (!said.isEmpty())
        m_status->setText(said);
}

void WinBackDialog::askLetters()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the letters"), QStringLiteral("win-back-letters.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    m_status->setText(saveLetters(path) ? tr("Letters saved to %1: print them and post them.").arg(path)
                                        : tr("The letters could not be written."));
}

bool WinBackDialog::saveLetters(const QString& path)
{
    if (m_invitations.people.empty())
        return false;
    QTextDocument document;
    buildLetters(document);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&printer);
    return QFileInfo(path).size() > 0;
}

void WinBackDialog::buildLetters(QTextDocument& document) const
{
    QString html = QStringLiteral("<html><body style=\"font-family: serif; font-size: 11pt;\">");
    const QLocale locale;
    const QString today = locale.toString(QDate::currentDate(), QLocale::LongFormat);
    for (std::size_t i = 0; i < m_invitations.people.size(); ++i) {
        const core::WinBackInvitation& person = m_invitations.people[i];
        const QString name = (person.firstName + u' ' + person.lastName).trimmed();
        // Qt applies a div's style to every paragraph in it: the break goes on each letter's first one.
        const QString breakBefore = i == 0 ? QString() : QStringLiteral(" style=\"page-break-before: always\"");
        html += QStringLiteral("<p align=\"right\"%1><b>%2</b><br>%3</p>")
                    .arg(breakBefore, m_storeName.toHtmlEscaped(), today);
        html += QStringLiteral("<p>%1<br>%2</p>").arg(name.toHtmlEscaped(), person.address.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Dear %1,").arg((person.firstName.isEmpty() ? name : person.firstName).toHtmlEscaped()));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("we have not seen you since %1, and we would love to welcome you back at %2.")
                             .arg(locale.toString(person.lastVisit, QLocale::LongFormat), m_storeName.toHtmlEscaped()));
        if (person.coupon) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Bring this letter: the coupon below is yours, for one visit until %1.")
                                 .arg(locale.toString(person.coupon->validUntilUtc.date(), QLocale::LongFormat)));
            if (m_printPreview) {
                const QUrl image(QStringLiteral("coupon%1.png").arg(i));
                document.addResource(QTextDocument::ImageResource, image,
                    renderPrintedReceipt(
                        m_printPreview(core::couponPreview(*person.coupon, m_currency)), m_printerColumns));
                html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"260\"></p>").arg(image.toString());
            } else {
                html += QStringLiteral("<p align=\"center\"><b>%1</b></p>").arg(person.coupon->code);
            }
        }
        html += QStringLiteral("<p>%1</p><p>%2</p>")
                    .arg(person.visits == 1 ? tr("Thank you for your visit.")
                                            : tr("Thank you for your %1 visits so far.").arg(person.visits),
                        m_storeName.toHtmlEscaped());
        html += QStringLiteral("<p style=\"font-size: 8pt; color: gray\">%1</p>")
                    .arg(tr("You are receiving this because you agreed to hear from us this way. To stop, tell us at"
                            " the till or reply, and we will not write again."));
    }
    html += QStringLiteral("</body></html>");
    document.setHtml(html);
}

} // namespace ss::ui
