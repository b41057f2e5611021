// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ss::ui {

SyncPage::SyncPage(SyncConnectionTest test, QWidget* parent)
    : QWizardPage(parent)
    , m_test(std::move(test))
    , m_enabled(new QCheckBox(tr("This till works with other tills or shops"), this))
    , m_shop(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("secondsale"), this))
    , m_user(new QLineEdit(QStringLiteral("secondsale"), this))
    , m_password(new QLineEdit(this))
    , m_tls(new QComboBox(this))
    , m_caFile(new QLineEdit(this))
    , m_offline(new QComboBox(this))
    , m_testButton(new QPushButton(tr("Test the connection"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("syncPage"));
    setTitle(tr("Other tills and shops"));
    setSubTitle(tr("Tills that share coupons, customers and figures meet in one central PostgreSQL. Each till "
                   "keeps selling when the network is down. One till alone: leave this off."));
    m_enabled->setObjectName(QStringLiteral("syncEnabled"));
    m_shop->setObjectName(QStringLiteral("syncShop"));
    m_shop->setPlaceholderText(tr("HIGHST"));
    m_shop->setMaxLength(16);
    m_host->setObjectName(QStringLiteral("syncHost"));
    m_host->setPlaceholderText(tr("central.example.org"));
    m_port->setObjectName(QStringLiteral("syncPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("syncDatabase"));
    m_user->setObjectName(QStringLiteral("syncUser"));
    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_tls->setObjectName(QStringLiteral("syncTls"));
    m_tls->addItem(tr("Encrypted, the server's name checked (recommended)"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Encrypted, the server's certificate checked"), QStringLiteral("verify-ca"));
    m_tls->addItem(tr("Encrypted, not checked (only on a network you trust)"), QStringLiteral("require"));
    m_tls->addItem(tr("Not encrypted (a server on this machine only)"), QStringLiteral("disable"));
    m_caFile->setObjectName(QStringLiteral("syncCaFile"));
    m_caFile->setPlaceholderText(tr("the system's certificates"));
    m_offline->setObjectName(QStringLiteral("syncOfflineCoupons"));
    m_offline->addItem(tr("Accept them, and report a coupon used twice"), QStringLiteral("accept"));
    m_offline->addItem(tr("Refuse them until the till is back online"), QStringLiteral("refuse"));
    m_testButton->setObjectName(QStringLiteral("syncTestButton"));
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* browse = new QPushButton(tr("Choose…"), this);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Shop code:"), m_shop);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password (kept in the keyring):"), m_password);
    form->addRow(tr("Connection:"), m_tls);
    form->addRow(tr("Certificate authority:"), caRow);
    form->addRow(tr("Coupons while offline:"), m_offline);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(m_testButton, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_enabled, &QCheckBox::toggled, this, &SyncPage::enableFields);
    connect(m_testButton, &QPushButton::clicked, this, &SyncPage::testConnection);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("The certificate authority"), {}, tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    enableFields(false);
}

SyncPage::~SyncPage() = default;

void SyncPage::enableFields(bool on)
{
    for (QWidget* field : std::initializer_list<QWidget*> {
             m_shop, m_host, m_port, m_database, m_user, m_password, m_tls, m_caFile, m_offline, m_testButton})
        field->setEnabled(on);
}

core::SyncSetup SyncPage::syncSetup() const
{
    core::SyncSetup setup;
    setup.enabled = m_enabled->isChecked();
    setup.shop = m_shop->text().trimmed().toUpper();
    setup.host = m_host->text().trimmed();
    setup.port = m_port->value();
    setup.database = m_database->text().trimmed();
    setup.user = m_user->text().trimmed();
    setup.password = m_password->text();
    setup.sslMode = m_tls->currentData().toString();
    setup.sslRootCert = m_caFile->text().trimmed();
    setup.offlineCoupons = m_offline->currentData().toString() == u"refuse" ? core::OfflineCouponRule::Refuse
                                                                            : core::OfflineCouponRule::Accept;
    return setup;
}

bool SyncPage::validatePage()
{
    const QStringList problems = core::SyncSetupRules::problems(syncSetup());
    m_status->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("color:#b42318;"));
    m_status->setText(problems.join(QLatin1Char('\n')));
    return problems.isEmpty();
}

void SyncPage::testConnection()
{
    const core::SyncSetup setup = syncSetup();
    const QStringList problems = core::SyncSetupRules::problems(setup);
    if (!problems.isEmpty() || !m_test) {
        m_status->setStyleSheet(QStringLiteral("color:#b42318;"));
        m_status->setText(problems.join(QLatin1Char('\n')));
        emit testFinished(false);
        return;
    }
    m_testButton->setEnabled(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Connecting…"));
    m_test(setup).then(this, [this](const core::Result<QString>& connected) {
        m_testButton->setEnabled(m_enabled->isChecked());
        m_status->setStyleSheet(connected ? QStringLiteral("color:#166534;") : QStringLiteral("color:#b42318;"));
        m_status->setText(connected ? tr("Connected, %1. The tills make their tables there when they first sync.").arg(*connected)
                                    : tr("Could not connect: %1").arg(connected.error().detail));
        emit testFinished(connected.has_value());
    });
}

} // namespace ss::ui
