// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "LoginScreen.h"
#include "checkout/CheckoutScreen.h"
#include "sale/CheckoutSession.h"

#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace ss::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SecondSale"));
    setMinimumSize(800, 600);

    auto central = std::make_unique<QWidget>();
    auto* outer = new QVBoxLayout(central.get()); // owned by `central`
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(central.get());
    m_overview = new QWidget(m_pages);
    m_pages->addWidget(m_overview);
    auto* layout = new QVBoxLayout(m_overview);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->setSpacing(16);

    m_demoBanner = new QLabel(central.get());
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setStyleSheet(QStringLiteral("background:#fff3cd; color:#664d03; border:1px solid #ffe69c;"
                                               "border-radius:6px; padding:10px; font-size:15px;"));
    m_demoBanner->setText(tr("Demo store — opened with the public demo key. The people and sales in it are "
                             "invented. Do not use it for real customers."));
    m_demoBanner->hide();

    m_storeName = new QLabel(m_overview);
    m_storeName->setObjectName(QStringLiteral("storeNameLabel"));
    m_storeName->setStyleSheet(QStringLiteral("font-size:40px; font-weight:600; color:#1f2937;"));
    m_storeName->setWordWrap(true);
    m_storeName->setTextFormat(Qt::PlainText); // a store name is data, never markup

    m_address = new QLabel(m_overview);
    m_address->setObjectName(QStringLiteral("addressLabel"));
    m_address->setStyleSheet(QStringLiteral("font-size:18px; color:#4b5563;"));
    m_address->setTextFormat(Qt::PlainText);

    m_figures = new QLabel(m_overview);
    m_figures->setObjectName(QStringLiteral("figuresLabel"));
    m_figures->setStyleSheet(QStringLiteral("font-size:18px; color:#374151;"));
    m_figures->setTextFormat(Qt::PlainText);

    outer->addWidget(m_demoBanner);
    outer->addWidget(m_pages, 1);
    layout->addWidget(m_storeName);
    layout->addWidget(m_address);
    layout->addSpacing(24);
    layout->addWidget(m_figures);
    layout->addStretch(1);
    setCentralWidget(central.release());

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);
}

MainWindow::~MainWindow()
{
    stopTill();
}

void MainWindow::applySettings(const core::StoreSettings& settings)
{
    if (m_checkout)
        m_checkout->applySettings(settings);
}

void MainWindow::showSyncStatus(const core::SyncStatus& status)
{
    m_syncStatus = status; // the first report can come before the till's screens exist
    if (m_checkout)
        m_checkout->showSyncStatus(status);
}

void MainWindow::startTill(const TillPorts& ports, const core::StoreProfile& profile, core::CaptureMode captureMode)
{
    stopTill();
    m_session = &ports.session;
    m_login = new LoginScreen(ports.staff, m_pages);
    m_checkout = new CheckoutScreen(ports, profile, captureMode, m_pages);
    m_checkout->showSyncStatus(m_syncStatus);
    m_pages->addWidget(m_login);
    m_pages->addWidget(m_checkout);
    connect(m_login, &LoginScreen::loggedIn, this, [this](const core::CashierRecord& cashier) {
        m_session->setCashier(cashier);
        m_checkout->setCashierName(cashier.name);
        m_pages->setCurrentWidget(m_checkout);
    });
    connect(m_checkout, &CheckoutScreen::syncRequested, this, &MainWindow::syncRequested);
    connect(m_checkout, &CheckoutScreen::logOutRequested, this, [this] {
        if (!m_session->cart().isEmpty()) {
            m_status->setText(tr("Finish or suspend the sale before logging out."));
            return;
        }
        m_session->setCashier(std::nullopt);
        m_login->reset();
        m_pages->setCurrentWidget(m_login);
    });
    m_pages->setCurrentWidget(m_login);
}

void MainWindow::stopTill()
{
    m_pages->setCurrentWidget(m_overview);
    delete m_checkout; // owned by the stack; deleted here because they refer to the session
    delete m_login;
    m_checkout = nullptr;
    m_login = nullptr;
    m_session = nullptr;
}

void MainWindow::showOpening(const QString& storeFile)
{
    m_storeName->setText(tr("Opening the store…"));
    m_status->setText(tr("Opening %1").arg(storeFile));
}

void MainWindow::showStore(const core::StoreOverview& overview)
{
    const QString name = overview.profile.name;
    setWindowTitle(overview.demo ? tr("%1 — SecondSale (demo store, public demo key)").arg(name)
                                 : tr("%1 — SecondSale").arg(name));
    m_demoBanner->setVisible(overview.demo);
    m_storeName->setText(name);
    m_address->setText(overview.profile.addressLines);
    const QLocale locale;
    m_figures->setText(tr("%1 products · %2 customers · %3 sales")
                           .arg(locale.toString(overview.productCount), locale.toString(overview.customerCount),
                               locale.toString(overview.saleCount)));
    m_status->setText(
        tr("Terminal %1 · encrypted store · schema v%2").arg(overview.profile.terminalId).arg(overview.schemaVersion));
}

void MainWindow::showStartupError(const QString& message)
{
    m_storeName->setText(tr("The store could not be opened"));
    m_address->setText(message);
    m_figures->clear();
    m_status->setText(tr("Nothing was changed."));
}

} // namespace ss::ui
