// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckoutScreen.h"

#include "ports/ChainReportsPort.h"

#include "AddProductDialog.h"
#include "ApprovalDialog.h"
#include "BackOfficeDialog.h"
#include "BackupDialog.h"
#include "CartModel.h"
#include "CustomerCaptureDialog.h"
#include "CustomersDialog.h"
#include "DashboardWindow.h"
#include "DeviceSettingsDialog.h"
#include "DiscountDialog.h"
#include "LogoDither.h"
#include "MoneyFormat.h"
#include "OfferRulesDialog.h"
#include "RefundDialog.h"
#include "ShiftDialog.h"
#include "TenderDialog.h"
#include "WedgeScannerFilter.h"
#include "ports/BarcodeScanner.h"
#include "ports/CatalogPort.h"
#include "ports/OfferRulesPort.h"
#include "ports/PosPrinter.h"
#include "ports/PrintQueuePort.h"
#include "ports/SalesPort.h"
#include "ports/StoreSettingsPort.h"
#include "print/PrintSpooler.h"
#include "sale/CheckoutSession.h"

#include <QApplication>
#include <QDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

/// How long "Sync now" waits for the round's report; a round against a silent server gives up sooner.
constexpr std::chrono::milliseconds kSyncNowPatience {20000};

QPushButton* actionButton(
    const QString& objectName, const QString& text, QWidget* parent, const QString& colour = QStringLiteral("#ffffff"))
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(60);
    button->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus
    button->setStyleSheet(QStringLiteral("QPushButton{font-size:17px; background:%1; border:1px solid #cbd5e1;"
                                         " border-radius:8px; padding:6px;} QPushButton:pressed{background:#e2e8f0;}"
                                         " QPushButton:disabled{color:#94a3b8;}")
                              .arg(colour));
    return button;
}

/// What a coupon gives, for the cashier's message.
QString couponOffer(const core::CouponRecord& coupon)
{
    return coupon.discountKind == core::DiscountKind::Percent
        ? CheckoutScreen::tr("%1% off").arg(coupon.discountValue / 100)
        : CheckoutScreen::tr("%1 off").arg(core::Money::fromMinor(coupon.discountValue).toDecimalString());
}

/// Why a coupon was refused, precisely enough to tell the customer.
QString refusalText(core::CouponRefusal why, const core::CouponLookup& coupon)
{
    const QLocale locale;
    const auto day
        = [&](const QDateTime& utc) { return locale.toString(utc.toLocalTime().date(), QLocale::ShortFormat); };
    switch (why) {
    case core::CouponRefusal::Unknown: return CheckoutScreen::tr("That coupon is not one of this shop's.");
    case core::CouponRefusal::Mistyped:
        return CheckoutScreen::tr("That coupon code has a typo: check the letters and digits and try again.");
    case core::CouponRefusal::Forged: return CheckoutScreen::tr("That coupon code is not valid here.");
    case core::CouponRefusal::Expired:
        return CheckoutScreen::tr("That coupon expired on %1.").arg(day(coupon.state.coupon.validUntilUtc));
    case core::CouponRefusal::NotYetValid:
        return CheckoutScreen::tr("That coupon is valid from %1.").arg(day(coupon.state.coupon.validFromUtc));
    case core::CouponRefusal::AlreadyRedeemed:
        return CheckoutScreen::tr("That coupon was already used on %1 (receipt %2).")
            .arg(day(coupon.state.redeemedAtUtc), coupon.state.redeemedReceipt);
    case core::CouponRefusal::Voided:
        return CheckoutScreen::tr("That coupon was cancelled: the purchase that earned it was returned.");
    case core::CouponRefusal::MinimumSpend:
        return CheckoutScreen::tr("That coupon needs a spend of %1 or more.")
            .arg(coupon.state.coupon.minimumSpend.toDecimalString());
    case core::CouponRefusal::OwnReferral:
        return CheckoutScreen::tr("That is the customer's own referral code: it is for their friends.");
    case core::CouponRefusal::NotForTheseItems:
        return CheckoutScreen::tr("That coupon is for %1: ring those items up first, then scan it.")
            .arg(coupon.state.coupon.categoryName.isEmpty() ? CheckoutScreen::tr("other items")
                                                            : coupon.state.coupon.categoryName);
    case core::CouponRefusal::NotFirstPurchase:
        return CheckoutScreen::tr("A referral code is for a friend's first purchase; this customer has bought before.");
    }
    return {};
}

/// A small button in the top bar with its key: the scan field keeps the focus.
QPushButton* barButton(const QString& objectName, const QString& text, const QKeySequence& keys, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setFocusPolicy(Qt::NoFocus);
    auto* shortcut = new QShortcut(keys, parent);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    return button;
}

/// Receipt numbers as printed ("T01-00000042"): scanning one at the till starts a return.
bool looksLikeReceipt(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{1,12}-\\d{8}$"));
    return pattern.match(code.trimmed()).hasMatch();
}

} // namespace

CheckoutScreen::CheckoutScreen(
    const TillPorts& ports, const core::StoreProfile& profile, core::CaptureMode captureMode, QWidget* parent)
    : QWidget(parent)
    , m_session(ports.session)
    , m_catalog(ports.catalog)
    , m_staff(ports.staff)
    , m_sales(ports.sales)
    , m_shifts(ports.shifts)
    , m_customers(ports.customers)
    , m_customerRecords(ports.customerRecords)
    , m_printQueue(ports.printQueue)
    , m_spooler(ports.spooler)
    , m_printer(ports.printer)
    , m_usbScanner(ports.scanner)
    , m_devices(ports.devices)
    , m_offerRules(ports.offerRules)
    , m_reports(ports.reports)
    , m_backups(ports.backups)
    , m_chainReports(ports.chainReports)
    , m_backOffice(ports.backOffice)
    , m_settings(ports.settings)
    , m_printPreview(ports.printPreview)
    , m_printerColumns(ports.printerColumns)
    , m_storeName(profile.name)
    , m_currency(profile.currency)
    , m_region(profile.countryCode)
    , m_captureMode(captureMode)
{
    setObjectName(QStringLiteral("checkoutScreen"));
    m_model = new CartModel(m_session, m_currency, this);
    m_scanner = new WedgeScannerFilter(this, this);
    connect(m_scanner, &WedgeScannerFilter::scanned, this, &CheckoutScreen::onScan);
    if (ports.scanner) {
        // A USB scanner scans wherever the focus is, but only into the checkout while it is on screen
        // and no dialog is in front (a dialog's own fields take typed codes).
        connect(ports.scanner, &core::BarcodeScanner::scanned, this, [this](const core::ScanEvent& event) {
            if (isVisible() && !QApplication::activeModalWidget())
                onScan(event);
        });
    }
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);
    connect(&m_searchDelay, &QTimer::timeout, this, &CheckoutScreen::searchNow);
    buildLayout();
    connectSession();
    updateTotals();
}

CheckoutScreen::~CheckoutScreen() = default;

void CheckoutScreen::buildLayout()
{
    setStyleSheet(QStringLiteral("#checkoutScreen{background:#f8fafc;}"));
    auto* root = new QVBoxLayout(this);
    root->setContentsMargins(16, 12, 16, 12);

    auto* top = new QHBoxLayout();
    m_cashier = new QLabel(this);
    m_cashier->setObjectName(QStringLiteral("cashierLabel"));
    m_cashier->setTextFormat(Qt::PlainText);
    m_cashier->setStyleSheet(QStringLiteral("font-size:16px; color:#475569;"));
    auto* logOut = new QPushButton(tr("Log out"), this);
    logOut->setObjectName(QStringLiteral("logOutButton"));
    logOut->setFocusPolicy(Qt::NoFocus);
    m_customerLabel = new QLabel(this);
    m_customerLabel->setObjectName(QStringLiteral("customerLabel"));
    m_customerLabel->setTextFormat(Qt::PlainText);
    m_customerLabel->setStyleSheet(QStringLiteral("font-size:16px; color:#0f172a; font-weight:600;"));
    m_captureCounts = new QLabel(this);
    m_captureCounts->setObjectName(QStringLiteral("captureCountsLabel"));
    m_captureCounts->setStyleSheet(QStringLiteral("font-size:14px; color:#475569;"));
    auto* customer = barButton(QStringLiteral("customerButton"), tr("Customer  F5"), QKeySequence(Qt::Key_F5), this);
    connect(customer, &QPushButton::clicked, this, [this] { openCapture(false); });
    auto* records = barButton(
        QStringLiteral("customerRecordsButton"), tr("Customers…  Ctrl+F5"), QKeySequence(Qt::CTRL | Qt::Key_F5), this);
    records->setToolTip(tr("Customer records, for a manager or the owner"));
    connect(records, &QPushButton::clicked, this, &CheckoutScreen::openCustomerRecords);
    auto* devicesButton
        = barButton(QStringLiteral("devicesButton"), tr("Devices…  Ctrl+D"), QKeySequence(Qt::CTRL | Qt::Key_D), this);
    devicesButton->setVisible(m_devices != nullptr);
    connect(devicesButton, &QPushButton::clicked, this, &CheckoutScreen::openDevices);
    auto* offersButton
        = barButton(QStringLiteral("offersButton"), tr("Offers…  Ctrl+O"), QKeySequence(Qt::CTRL | Qt::Key_O), this);
    offersButton->setVisible(m_offerRules != nullptr);
    connect(offersButton, &QPushButton::clicked, this, &CheckoutScreen::openOffers);
    auto* dashboardButton = barButton(QStringLiteral("dashboardButton"), tr("Dashboard…  Ctrl+Shift+D"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this);
    dashboardButton->setToolTip(tr("Are customers coming back? The owner's figures"));
    dashboardButton->setVisible(m_reports != nullptr);
    connect(dashboardButton, &QPushButton::clicked, this, &CheckoutScreen::openDashboard);
    auto* reprintButton
        = barButton(QStringLiteral("reprintButton"), tr("Reprint  Ctrl+R"), QKeySequence(Qt::CTRL | Qt::Key_R), this);
    top->addWidget(m_cashier, 1);
    top->addWidget(m_customerLabel, 1);
    top->addWidget(m_captureCounts);
    top->addWidget(customer);
    top->addWidget(records);
    top->addWidget(reprintButton);
    top->addWidget(devicesButton);
    top->addWidget(offersButton);
    top->addWidget(dashboardButton);
    top->addWidget(logOut);
    root->addLayout(top);

    auto* body = new QHBoxLayout();
    root->addLayout(body, 1);

    auto* left = new QVBoxLayout();
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("scanLineEdit"));
    m_entry->setPlaceholderText(tr("Scan, or type a barcode, SKU or name"));
    m_entry->setMaxLength(64);
    m_entry->setClearButtonEnabled(true);
    m_entry->setStyleSheet(QStringLiteral("font-size:22px; padding:8px; border:2px solid #94a3b8; border-radius:8px;"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResultsList"));
    m_results->setMaximumHeight(220);
    m_results->setStyleSheet(QStringLiteral("font-size:18px;"));
    m_results->hide();
    m_cart = new QTableView(this);
    m_cart->setObjectName(QStringLiteral("cartTableView"));
    m_cart->setModel(m_model);
    m_cart->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cart->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cart->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cart->setFocusPolicy(Qt::NoFocus);
    m_cart->verticalHeader()->hide();
    m_cart->verticalHeader()->setDefaultSectionSize(40);
    m_cart->horizontalHeader()->setSectionResizeMode(CartModel::Item, QHeaderView::Stretch);
    for (int column = CartModel::Quantity; column < CartModel::ColumnCount; ++column)
        m_cart->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_cart->setStyleSheet(
        QStringLiteral("QTableView{font-size:18px; background:white; selection-background-color:#dbeafe;"
                       " selection-color:#0f172a;} QHeaderView::section{font-size:15px; padding:6px;}"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(44);
    left->addWidget(m_entry);
    left->addWidget(m_results);
    left->addWidget(m_cart, 1);
    m_addUnknown = new QPushButton(tr("Add this product (manager)"), this);
    m_addUnknown->setObjectName(QStringLiteral("addProductButton"));
    m_addUnknown->setFocusPolicy(Qt::NoFocus);
    m_addUnknown->hide();
    auto* messageRow = new QHBoxLayout();
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_addUnknown);
    left->addLayout(messageRow);
    body->addLayout(left, 3);

    auto* right = new QVBoxLayout();
    auto* totals = new QWidget(this);
    totals->setObjectName(QStringLiteral("totalsPanel"));
    totals->setStyleSheet(QStringLiteral("#totalsPanel{background:#0f172a; border-radius:10px;} QLabel{color:#e2e8f0;"
                                         " font-size:17px;}"));
    auto* totalsLayout = new QVBoxLayout(totals);
    m_items = new QLabel(totals);
    m_items->setObjectName(QStringLiteral("itemsLabel"));
    m_subtotal = new QLabel(totals);
    m_subtotal->setObjectName(QStringLiteral("subtotalLabel"));
    m_discount = new QLabel(totals);
    m_discount->setObjectName(QStringLiteral("discountLabel"));
    m_tax = new QLabel(totals);
    m_tax->setObjectName(QStringLiteral("taxLabel"));
    m_total = new QLabel(totals);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setStyleSheet(QStringLiteral("font-size:46px; font-weight:700; color:white;"));
    m_total->setAlignment(Qt::AlignRight);
    for (QLabel* label : {m_items, m_subtotal, m_discount, m_tax})
        totalsLayout->addWidget(label);
    totalsLayout->addWidget(m_total);
    right->addWidget(totals);

    auto* grid = new QGridLayout();
    auto* cash = actionButton(QStringLiteral("payCashButton"), tr("Cash  F9"), this, QStringLiteral("#dcfce7"));
    auto* card = actionButton(QStringLiteral("payCardButton"), tr("Card  F10"), this, QStringLiteral("#dbeafe"));
    auto* discount = actionButton(QStringLiteral("discountButton"), tr("Discount  F6"), this);
    auto* quantity = actionButton(QStringLiteral("quantityButton"), tr("Quantity  F4"), this);
    auto* voidLine = actionButton(QStringLiteral("voidLineButton"), tr("Void line  Del"), this);
    auto* voidAll
        = actionButton(QStringLiteral("voidSaleButton"), tr("Void sale  F8"), this, QStringLiteral("#fee2e2"));
    auto* suspend = actionButton(QStringLiteral("suspendButton"), tr("Suspend  F11"), this);
    auto* resume = actionButton(QStringLiteral("resumeButton"), tr("Resume  F12"), this);
    auto* refund = actionButton(QStringLiteral("refundButton"), tr("Return  F7"), this);
    auto* drawer = actionButton(QStringLiteral("noSaleButton"), tr("No sale  F3"), this);
    auto* shift = actionButton(QStringLiteral("shiftButton"), tr("Shift / X / Z  F2"), this);
    auto* price = actionButton(QStringLiteral("priceButton"), tr("Price  F1"), this);
    const std::pair<QPushButton*, QKeySequence> actions[] = {
        {cash, QKeySequence(Qt::Key_F9)},
        {card, QKeySequence(Qt::Key_F10)},
        {discount, QKeySequence(Qt::Key_F6)},
        {quantity, QKeySequence(Qt::Key_F4)},
        {voidLine, QKeySequence(Qt::Key_Delete)},
        {voidAll, QKeySequence(Qt::Key_F8)},
        {suspend, QKeySequence(Qt::Key_F11)},
        {resume, QKeySequence(Qt::Key_F12)},
        {refund, QKeySequence(Qt::Key_F7)},
        {drawer, QKeySequence(Qt::Key_F3)},
        {shift, QKeySequence(Qt::Key_F2)},
        {price, QKeySequence(Qt::Key_F1)},
    };
    int index = 0;
    for (const auto& [button, keys] : actions) {
        grid->addWidget(button, index / 2, index % 2);
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
        ++index;
    }
    // Backups have no button on the crowded bar: the owner opens them with Ctrl+B or from the dashboard.
    auto* backups = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this);
    backups->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backups, &QShortcut::activated, this, &CheckoutScreen::openBackups);
    auto* backOffice = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), this);
    backOffice->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backOffice, &QShortcut::activated, this, &CheckoutScreen::openBackOffice);
    cash->setMinimumHeight(84);
    card->setMinimumHeight(84);
    right->addLayout(grid);
    m_printerStatus = new QLabel(this);
    m_printerStatus->setObjectName(QStringLiteral("printerStatusLabel"));
    m_printerStatus->setTextFormat(Qt::PlainText);
    m_printerStatus->setWordWrap(true);
    right->addWidget(m_printerStatus);
    m_syncStatus = new QLabel(this);
    m_syncStatus->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncStatus->setTextFormat(Qt::PlainText);
    m_syncStatus->setWordWrap(true);
    m_syncStatus->setVisible(false);
    // A cashier who has just plugged the cable back in should not wait for the next timed round.
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setFocusPolicy(Qt::NoFocus); // the scan field keeps the focus
    m_syncNow->setVisible(false);
    auto* syncRow = new QHBoxLayout;
    syncRow->addWidget(m_syncStatus, 1);
    syncRow->addWidget(m_syncNow, 0, Qt::AlignTop);
    right->addLayout(syncRow);
    right->addStretch(1);
    body->addLayout(right, 2);

    connect(logOut, &QPushButton::clicked, this, &CheckoutScreen::logOutRequested);
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        m_syncNow->setEnabled(false); // until the round reports back
        m_syncNow->setText(tr("Syncing…"));
        // A round that cannot even report (its store unreadable) must not leave the button dead.
        QTimer::singleShot(kSyncNowPatience, this, [this] { showSyncNowReady(); });
        emit syncRequested();
    });
    connect(cash, &QPushButton::clicked, this, &CheckoutScreen::openTender);
    connect(card, &QPushButton::clicked, this, &CheckoutScreen::openTender);
    connect(discount, &QPushButton::clicked, this, &CheckoutScreen::openDiscount);
    connect(quantity, &QPushButton::clicked, this, &CheckoutScreen::changeQuantity);
    connect(voidLine, &QPushButton::clicked, this, &CheckoutScreen::voidSelected);
    connect(voidAll, &QPushButton::clicked, this, &CheckoutScreen::voidSale);
    connect(suspend, &QPushButton::clicked, this, &CheckoutScreen::suspendSale);
    connect(resume, &QPushButton::clicked, this, &CheckoutScreen::resumeSale);
    connect(refund, &QPushButton::clicked, this, [this] { openRefund(); });
    connect(drawer, &QPushButton::clicked, this, &CheckoutScreen::noSale);
    connect(price, &QPushButton::clicked, this, &CheckoutScreen::overridePrice);
    connect(m_addUnknown, &QPushButton::clicked, this, &CheckoutScreen::addUnknownProduct);
    connect(shift, &QPushButton::clicked, this, &CheckoutScreen::openShift);
    connect(reprintButton, &QPushButton::clicked, this, &CheckoutScreen::reprint);
    connect(&m_spooler, &core::PrintSpooler::held, this, &CheckoutScreen::showPrinterState);
    connect(&m_spooler, &core::PrintSpooler::resumed, this, &CheckoutScreen::showPrinterState);
    connect(&m_spooler, &core::PrintSpooler::pendingChanged, this, &CheckoutScreen::showPrinterState);
    connect(&m_printer, &core::PosPrinter::statusChanged, this, &CheckoutScreen::showPrinterState);
    showPrinterState();
    connect(m_entry, &QLineEdit::returnPressed, this, &CheckoutScreen::submitEntry);
    connect(m_entry, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_results, &QListWidget::itemActivated, this, &CheckoutScreen::addFromSearch);
}

void CheckoutScreen::connectSession()
{
    connect(&m_session, &core::CheckoutSession::cartChanged, this, &CheckoutScreen::updateTotals);
    connect(&m_session, &core::CheckoutSession::couponApplied, this, [this](const core::CouponLookup& coupon) {
        showMessage(coupon.isReferral()
                ? tr("Referral %1 applied: %2 welcome discount")
                      .arg(coupon.state.coupon.code, couponOffer(coupon.state.coupon))
                : tr("Coupon %1 applied: %2").arg(coupon.state.coupon.code, couponOffer(coupon.state.coupon)),
            false);
    });
    connect(&m_session, &core::CheckoutSession::couponRefused, this,
        [this](core::CouponRefusal why, const core::CouponLookup& coupon) {
            showMessage(refusalText(why, coupon), true);
        });
    connect(&m_session, &core::CheckoutSession::scanAccepted, this, [this](int line) {
        m_cart->selectRow(line);
        m_cart->scrollTo(m_model->index(line, 0));
        const core::CartLine& added = m_session.cart().lines()[static_cast<std::size_t>(line)];
        showMessage(tr("%1 × %2").arg(added.quantity).arg(added.product.name), false);
    });
    connect(
        &m_session, &core::CheckoutSession::scanRejected, this, [this](const QString& code, core::ScanProblem problem) {
            switch (problem) {
            case core::ScanProblem::Unknown:
                showMessage(tr("Unknown code %1 — not in the catalogue.").arg(code), true);
                m_unknownCode = code;
                m_addUnknown->show(); // after showMessage, which hides it
                break;
            case core::ScanProblem::Invalid:
                showMessage(tr("That scan was misread (%1). Scan again or type the number.").arg(code.left(20)), true);
                break;
            case core::ScanProblem::NotAdded:
                showMessage(tr("%1 was not added: quantity or line limit reached.").arg(code), true);
                break;
            case core::ScanProblem::Unavailable:
                showMessage(tr("The catalogue could not be read. Try the scan again."), true);
                break;
            }
        });
    connect(&m_session, &core::CheckoutSession::cartChanged, this, [this] {
        if (m_session.cart().isEmpty() && !m_session.isBusy() && m_session.customerUid().isEmpty()) {
            m_captureAsked = false; // the next sale asks again
            m_customer.reset();
            showCustomer();
        }
    });
    connect(&m_session, &core::CheckoutSession::saleCommitted, this, [this](const core::CommittedSale& sale) {
        m_lastReceipt = sale.receiptNumber;
        m_captureAsked = false;
        m_customer.reset();
        showCustomer();
        showMessage(sale.total.isNegative()
                ? tr("Refunded %1 — receipt %2.").arg(formatMoney(-sale.total, m_currency), sale.receiptNumber)
                : sale.change.isZero()
                ? tr("Paid — receipt %1.").arg(sale.receiptNumber)
                : tr("Paid — receipt %1. Change due: %2").arg(sale.receiptNumber, formatMoney(sale.change, m_currency)),
            false);
    });
    connect(&m_session, &core::CheckoutSession::suspended, this,
        [this](const QString&) { showMessage(tr("Sale suspended. Resume it with F12."), false); });
    connect(&m_session, &core::CheckoutSession::busyChanged, this, [this](bool busy) { m_entry->setReadOnly(busy); });
}

void CheckoutScreen::setCashierName(const QString& name)
{
    m_cashier->setText(tr("Serving: %1").arg(name));
    refreshCaptureCounts();
}

void CheckoutScreen::applySettings(const core::StoreSettings& settings)
{
    m_captureMode = settings.captureMode;
    m_segments = settings.segments;
    m_couponValidDays = settings.coupons.validDays;
    m_storeName = settings.profile.name;
    m_region = settings.profile.countryCode;
    QImage logo;
    if (!settings.receiptLogoPng.isEmpty())
        logo.loadFromData(settings.receiptLogoPng, "PNG");
    // A logo kept in the store wins over a file named at start; removing it in the settings prints
    // none, but a till started with a file and no stored logo keeps its file.
    if (!logo.isNull() || m_logoFromSettings) {
        const int paperDots = m_printerColumns * 12;
        m_spooler.setReceiptLogo(ditherLogo(logo, paperDots * 2 / 3));
        m_logoFromSettings = !logo.isNull();
    }
}

void CheckoutScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_scanner->setEnabled(true);
    m_entry->setFocus();
}

void CheckoutScreen::hideEvent(QHideEvent* event)
{
    m_scanner->setEnabled(false);
    QWidget::hideEvent(event);
}

void CheckoutScreen::showMessage(const QString& text, bool problem)
{
    m_addUnknown->hide(); // shown again only right after an unknown scan
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("background:#fef3f2; color:#b42318; border:1px solid #fecdca;"
                                                      " border-radius:6px; padding:8px; font-size:16px;")
                                     : QStringLiteral("background:#ecfdf3; color:#027a48; border:1px solid #abefc6;"
                                                      " border-radius:6px; padding:8px; font-size:16px;"));
}

void CheckoutScreen::updateTotals()
{
    const core::CartTotals totals = m_session.totals();
    qint64 items = 0;
    for (const core::CartLine& line : m_session.cart().lines())
        items += line.quantity;
    m_items->setText(items == 1 ? tr("1 item") : tr("%1 items").arg(items));
    m_subtotal->setText(tr("Subtotal %1").arg(formatMoney(totals.gross, m_currency)));
    m_discount->setText(tr("Discount %1").arg(formatMoney(-totals.discount, m_currency)));
    m_discount->setVisible(!totals.discount.isZero());
    m_tax->setText(tr("incl. tax %1").arg(formatMoney(totals.tax, m_currency)));
    m_total->setText(formatMoney(totals.total, m_currency));
}

void CheckoutScreen::onScan(const core::ScanEvent& event)
{
    if (looksLikeReceipt(event.data)) {
        openRefund(event.data);
        return;
    }
    m_session.scan(event);
}

void CheckoutScreen::submitEntry()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty())
        return;
    if (m_results->isVisible() && m_results->count() > 0 && text.contains(u' ')) {
        addFromSearch(m_results->currentItem() ? m_results->currentItem() : m_results->item(0));
        return;
    }
    m_entry->clear();
    m_results->hide();
    onScan({text, core::Symbology::Unknown});
}

void CheckoutScreen::searchNow()
{
    const QString text = m_entry->text().trimmed();
    const quint64 generation = ++m_searchGeneration;
    if (text.size() < 2) {
        m_results->hide();
        return;
    }
    m_catalog.search(text, 8).then(
        this, [this, generation](const core::Result<std::vector<core::ProductSnapshot>>& found) {
            if (generation != m_searchGeneration)
                return; // an older search answering late
            m_results->clear();
            if (!found || found->empty()) {
                m_results->hide();
                return;
            }
            for (const core::ProductSnapshot& product : *found) {
                auto* item = new QListWidgetItem(
                    tr("%1   %2").arg(product.name, formatMoney(product.price, m_currency)), m_results);
                item->setData(Qt::UserRole, product.uid);
            }
            m_results->setCurrentRow(0);
            m_results->show();
        });
}

void CheckoutScreen::addFromSearch(QListWidgetItem* item)
{
    if (!item)
        return;
    m_entry->clear();
    m_results->hide();
    m_catalog.findByUid(item->data(Qt::UserRole).toString())
        .then(this, [this](const core::Result<std::optional<core::ProductSnapshot>>& found) {
            if (!found || !*found) {
                showMessage(tr("That product is no longer available."), true);
                return;
            }
            report(m_session.addProduct(**found));
        });
}

std::optional<std::size_t> CheckoutScreen::selectedLine() const
{
    const QModelIndexList rows = m_cart->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return static_cast<std::size_t>(rows.first().row());
}

void CheckoutScreen::report(const core::Result<void>& result)
{
    if (result)
        return;
    switch (result.error().code) {
    case core::ErrorCode::InvalidArgument: showMessage(tr("Not possible: %1.").arg(result.error().detail), true); break;
    case core::ErrorCode::NotFound: showMessage(tr("Select a line first."), true); break;
    default: showMessage(tr("That did not work. Try again."), true); break;
    }
}

void CheckoutScreen::withApproval(
    const QString& what, const std::function<core::Result<void>(std::optional<core::Role>)>& action)
{
    const core::Result<void> result = action(std::nullopt);
    if (result || result.error().code != core::ErrorCode::NeedsApproval) {
        report(result);
        return;
    }
    auto* dialog = new ApprovalDialog(m_staff, what, this);
    connect(dialog, &ApprovalDialog::approved, this, [this, action](core::Role role) {
        const core::Result<void> approved = action(role);
        report(approved);
        if (approved)
            showMessage(tr("Approved by a manager."), false);
    });
    present(dialog);
}

void CheckoutScreen::present(QDialog* dialog)
{
    // Deleted when closed; the scan field gets the focus back, so the next scan lands at once.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        activateWindow();
        m_entry->setFocus();
    });
    dialog->open();
}

void CheckoutScreen::openTender()
{
    if (m_session.cart().isEmpty()) {
        showMessage(tr("Scan something first."), true);
        return;
    }
    const bool ask = m_captureMode != core::CaptureMode::Off && !m_captureAsked
        && (m_captureMode == core::CaptureMode::EverySale || m_session.customerUid().isEmpty());
    if (ask) {
        openCapture(true);
        return;
    }
    startTender();
}

void CheckoutScreen::openCapture(bool thenTender)
{
    if (!m_session.cashier())
        return;
    auto* dialog = new CustomerCaptureDialog(m_customers, m_session.cashier()->uid, m_region, this);
    connect(dialog, &CustomerCaptureDialog::attached, this, [this](const core::CustomerMatch& customer) {
        m_customer = customer;
        m_session.attachCustomer(customer.uid);
        showCustomer();
    });
    connect(dialog, &QDialog::finished, this, [this, thenTender] {
        m_captureAsked = true;
        refreshCaptureCounts();
        if (thenTender)
            QTimer::singleShot(0, this, &CheckoutScreen::startTender); // after the capture dialog is gone
    });
    present(dialog);
}

void CheckoutScreen::showCustomer()
{
    m_customerLabel->setText(m_customer
            ? tr("Customer: %1 %2 · visit #%3")
                  .arg(m_customer->firstName,
                      m_customer->lastInitial.isEmpty() ? QString() : m_customer->lastInitial + u'.')
                  .arg(m_customer->visits + 1)
            : QString());
}

void CheckoutScreen::refreshCaptureCounts()
{
    if (!m_session.cashier())
        return;
    m_customers.captureCounts(m_session.cashier()->uid)
        .then(this, [this](const core::Result<core::CaptureCounts>& counts) {
            if (counts)
                m_captureCounts->setText(
                    tr("Captured %1 · skipped %2").arg(counts->created + counts->found).arg(counts->skipped));
        });
}

void CheckoutScreen::startTender()
{
    if (auto r = m_session.beginTender(); !r) {
        showMessage(m_session.cart().isEmpty() ? tr("Scan something first.") : tr("Payment cannot start now."), true);
        return;
    }
    auto* dialog = new TenderDialog(m_session, m_currency, this);
    present(dialog);
}

void CheckoutScreen::openDiscount()
{
    if (m_session.cart().isEmpty()) {
        showMessage(tr("Scan something first."), true);
        return;
    }
    auto* dialog = new DiscountDialog(selectedLine().has_value(), this);
    connect(dialog, &DiscountDialog::requested, this, [this](const core::Discount& discount, bool wholeSale) {
        const std::optional<std::size_t> line = selectedLine();
        withApproval(tr("This discount"), [this, discount, wholeSale, line](std::optional<core::Role> approvedBy) {
            if (wholeSale)
                return m_session.setSaleDiscount(discount, approvedBy);
            if (!line)
                return core::Result<void>(core::fail(core::ErrorCode::NotFound));
            return m_session.setLineDiscount(*line, discount, approvedBy);
        });
    });
    present(dialog);
}

void CheckoutScreen::changeQuantity()
{
    const auto line = selectedLine();
    if (!line) {
        showMessage(tr("Select a line first."), true);
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("quantityDialog"));
    dialog->setWindowTitle(tr("Quantity"));
    dialog->setLabelText(tr("How many?"));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, static_cast<int>(core::Cart::kMaxQuantity));
    dialog->setIntValue(static_cast<int>(m_session.cart().lines()[*line].quantity));
    connect(dialog, &QInputDialog::intValueSelected, this,
        [this, line](int value) { report(m_session.setQuantity(*line, value)); });
    present(dialog);
}

void CheckoutScreen::overridePrice()
{
    const auto line = selectedLine();
    if (!line) {
        showMessage(tr("Select a line first."), true);
        return;
    }
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("priceDialog"));
    dialog->setWindowTitle(tr("Price override"));
    dialog->setLabelText(tr("New unit price (a manager approves):"));
    dialog->setTextValue(m_session.cart().lines()[*line].unitPrice().toDecimalString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, line](const QString& text) {
        const auto price = parseMoney(text);
        if (!price) {
            showMessage(tr("Type a price such as 12.99."), true);
            return;
        }
        withApproval(tr("A price override"), [this, line, price](std::optional<core::Role> approvedBy) {
            return m_session.overridePrice(*line, *price, approvedBy);
        });
    });
    present(dialog);
}

void CheckoutScreen::voidSelected()
{
    const auto line = selectedLine();
    if (!line) {
        showMessage(tr("Select a line first."), true);
        return;
    }
    report(m_session.voidLine(*line));
}

void CheckoutScreen::voidSale()
{
    if (m_session.cart().isEmpty())
        return;
    m_session.voidSale();
    showMessage(tr("Sale voided."), false);
}

void CheckoutScreen::suspendSale()
{
    if (m_session.cart().isEmpty()) {
        showMessage(tr("Nothing to suspend."), true);
        return;
    }
    m_session.suspend({});
}

void CheckoutScreen::resumeSale()
{
    m_sales.suspendedCarts().then(this, [this](const core::Result<std::vector<core::SuspendedCart>>& carts) {
        if (!carts || carts->empty()) {
            showMessage(tr("No suspended sales."), true);
            return;
        }
        QStringList labels;
        for (const core::SuspendedCart& cart : *carts)
            labels << tr("%1  %2  %3")
                          .arg(cart.createdAtUtc.toLocalTime().toString(QStringLiteral("HH:mm")),
                              formatMoney(cart.total, m_currency), cart.label);
        auto* dialog = new QInputDialog(this);
        dialog->setObjectName(QStringLiteral("resumeDialog"));
        dialog->setWindowTitle(tr("Resume a sale"));
        dialog->setLabelText(tr("Suspended sales:"));
        dialog->setComboBoxItems(labels);
        const std::vector<core::SuspendedCart> list = *carts;
        connect(dialog, &QInputDialog::textValueSelected, this, [this, labels, list](const QString& chosen) {
            const qsizetype index = labels.indexOf(chosen);
            if (index >= 0)
                m_session.resume(list[static_cast<std::size_t>(index)].uid);
        });
        present(dialog);
    });
}

void CheckoutScreen::openRefund(const QString& receiptNumber)
{
    if (!m_session.cart().isEmpty()) {
        showMessage(tr("Finish or suspend the current sale before a return."), true);
        return;
    }
    auto* dialog = new RefundDialog(m_session, m_catalog, m_staff, m_currency, this);
    present(dialog);
    if (!receiptNumber.isEmpty())
        dialog->lookUp(receiptNumber);
}

void CheckoutScreen::openShift()
{
    if (!m_session.cashier())
        return;
    auto* dialog = new ShiftDialog(m_shifts, m_staff, *m_session.cashier(), m_storeName, m_currency, this);
    connect(dialog, &ShiftDialog::zReportReady, this, [this](const QString& report) {
        m_printQueue.queueText(QStringLiteral("report"), report).then(this, [this](const core::Result<qint64>& queued) {
            if (queued)
                m_spooler.wake();
            else
                showMessage(tr("The Z report could not be queued for printing; it is kept with the shift."), true);
        });
    });
    present(dialog);
}

void CheckoutScreen::addUnknownProduct()
{
    if (!m_session.cashier() || m_unknownCode.isEmpty())
        return;
    const QString code = m_unknownCode;
    auto openDialog = [this, code] {
        auto* dialog = new AddProductDialog(m_catalog, code, m_session.cashier()->uid, this);
        connect(dialog, &AddProductDialog::added, this,
            [this](const core::ProductSnapshot& product) { report(m_session.addProduct(product)); });
        present(dialog);
    };
    ApprovalDialog::requireManager(
        m_staff, *m_session.cashier(), tr("Adding a product"), this, [openDialog](core::Role) { openDialog(); });
}

void CheckoutScreen::noSale()
{
    if (m_session.noSale())
        showMessage(tr("Drawer opened without a sale (logged)."), false);
}

void CheckoutScreen::openCustomerRecords()
{
    if (!m_session.cashier())
        return;
    // A cashier never opens the records: a manager approves with their PIN and works in their own
    // name, so the audit log shows who looked at or changed whose data.
    ApprovalDialog::requireManagerInPerson(
        m_staff, *m_session.cashier(), tr("Customer records"), this, [this](const core::CashierRecord& manager) {
            present(new CustomersDialog(m_customerRecords, manager, m_currency, m_region, this));
        });
}

void CheckoutScreen::showPrinterState()
{
    const qint64 waiting = m_spooler.pending();
    const std::optional<core::Error>& held = m_spooler.holdReason();
    auto problem = core::printerProblem(m_printer.status());
    const auto connection = m_printer.connectionProblem();
    const bool refused = connection && !m_printer.status().connected; // "no permission" says more
    if (!held && !problem) {
        m_printerStatus->setStyleSheet(QStringLiteral("font-size:14px; color:#166534;"));
        m_printerStatus->setText(m_printer.status().paperNearEnd
                ? tr("%1: ready — paper nearly out").arg(m_printer.name())
                : tr("%1: ready").arg(m_printer.name()));
        return;
    }
    // The sale is safe either way: say what to fix and that the receipts wait for it.
    const core::Error& why = refused ? *connection : held ? *held : *problem;
    QString fix;
    if (why.code == core::ErrorCode::DeviceNotFound)
        fix = tr("not connected — plug it in");
    else if (why.detail.contains(QStringLiteral("paper")))
        fix = tr("out of paper — put in a new roll");
    else if (why.detail.contains(QStringLiteral("cover")))
        fix = tr("cover open — close it");
    else if (why.code == core::ErrorCode::PermissionDenied)
        fix = tr("no permission — install the SecondSale udev rules and re-plug it");
    else if (why.code == core::ErrorCode::DeviceBusy)
        fix = tr("in use by another program or driver (a CUPS queue?) — release it");
    else
        fix = tr("not printing — check it");
    m_printerStatus->setStyleSheet(QStringLiteral("font-size:14px; color:#b42318; font-weight:600;"));
    m_printerStatus->setText(waiting > 0
            ? tr("%1: %2. Receipts waiting: %3 — they print when it is back.").arg(m_printer.name(), fix).arg(waiting)
            : tr("%1: %2.").arg(m_printer.name(), fix));
}

void CheckoutScreen::reprint()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("reprintDialog"));
    dialog->setWindowTitle(tr("Reprint a receipt"));
    dialog->setLabelText(tr("Receipt number (scan the receipt, or type it):"));
    dialog->setTextValue(m_lastReceipt);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& receipt) {
        m_printQueue.queueReprint(receipt.trimmed()).then(this, [this](const core::Result<qint64>& queued) {
            if (!queued) {
                showMessage(queued.error().code == core::ErrorCode::NotFound
                        ? tr("There is no sale with that receipt number.")
                        : tr("The reprint could not be queued."),
                    true);
                return;
            }
            showMessage(tr("Reprint queued (marked COPY)."), false);
            m_spooler.wake();
        });
    });
    present(dialog);
}

void CheckoutScreen::openDevices()
{
    if (!m_devices || !m_session.cashier())
        return;
    ApprovalDialog::requireManager(m_staff, *m_session.cashier(), tr("Device settings"), this, [this](core::Role) {
        present(new DeviceSettingsDialog(*m_devices, m_printer, m_usbScanner, m_printQueue, m_spooler, this));
    });
}

void CheckoutScreen::openOffers()
{
    if (!m_offerRules || !m_session.cashier())
        return;
    ApprovalDialog::requireManagerInPerson(
        m_staff, *m_session.cashier(), tr("The offers"), this, [this](const core::CashierRecord& approver) {
            if (!core::mayManageOffers(approver.role)) {
                showMessage(tr("Only the owner may change the offers."), true);
                return;
            }
            auto* offers
                = new OfferRulesDialog(*m_offerRules, approver.uid, m_currency, m_printerColumns, m_printPreview, this);
            offers->setDefaultValidDays(m_couponValidDays);
            present(offers);
        });
}

void CheckoutScreen::openDashboard()
{
    if (!m_reports || !m_session.cashier())
        return;
    // The owner (or a manager the owner shares it with) types their PIN here and now: the figures say
    // what each cashier earned, so the cashier at the till cannot open them alone.
    ApprovalDialog::requireManagerInPerson(
        m_staff, *m_session.cashier(), tr("The dashboard"), this, [this](const core::CashierRecord& approver) {
            auto* dashboard = new DashboardWindow(
                *m_reports, approver, m_currency, m_storeName, {}, this, m_printPreview, m_printerColumns);
            dashboard->setThresholds(m_segments);
            if (approver.role == core::Role::Owner) {
                dashboard->setBackups(m_backups);
                dashboard->setChain(m_chainReports);
            }
            present(dashboard);
        });
}

void CheckoutScreen::openBackOffice()
{
    if (!m_backOffice || !m_session.cashier())
        return;
    // A manager or the owner in person, whoever is logged in: a cashier never reaches the back office.
    ApprovalDialog::requireManagerInPerson(
        m_staff, *m_session.cashier(), tr("The back office"), this, [this](const core::CashierRecord& approver) {
            auto* backOffice = new BackOfficeDialog(*m_backOffice, approver, m_settings, this);
            connect(backOffice, &BackOfficeDialog::settingsSaved, this, &CheckoutScreen::applySettings);
            connect(backOffice, &BackOfficeDialog::printQueued, &m_spooler, &core::PrintSpooler::wake);
            backOffice->setLabelPrinting(m_currency, m_printPreview);
            present(backOffice);
        });
}

void CheckoutScreen::openBackups()
{
    if (!m_backups || !m_session.cashier())
        return;
    ApprovalDialog::requireManagerInPerson(
        m_staff, *m_session.cashier(), tr("The backups"), this, [this](const core::CashierRecord& approver) {
            if (approver.role != core::Role::Owner) {
                showMessage(tr("Only the owner may change the backups."), true);
                return;
            }
            present(new BackupDialog(*m_backups, this));
        });
}

void CheckoutScreen::showSyncNowReady()
{
    m_syncNow->setEnabled(true);
    m_syncNow->setText(tr("Sync now"));
}

void CheckoutScreen::showSyncStatus(const core::SyncStatus& status)
{
    m_syncStatus->setVisible(status.configured);
    m_syncNow->setVisible(status.configured);
    showSyncNowReady();
    if (!status.configured)
        return;
    // A receipt the centre has not heard of yet (its till is still offline).
    const auto receiptOrUnknown
        = [](const QString& receipt) { return receipt.isEmpty() ? tr("a receipt not synced yet") : receipt; };
    const QString last = status.lastSyncUtc.isValid()
        ? QLocale().toString(status.lastSyncUtc.toLocalTime(), QLocale::ShortFormat)
        : tr("never");
    // At most three short lines: the buttons above must keep their size; the rest is in the tooltip.
    QStringList lines {status.online ? tr("Other tills: in sync (last %1)").arg(last)
                                     : tr("Other tills: out of reach since %1 — selling goes on").arg(last)};
    QStringList details;
    if (status.pending > 0)
        lines << tr("%n change(s) waiting to go", nullptr, static_cast<int>(status.pending));
    else if (status.online && !status.lastError.isEmpty())
        lines << tr("Some changes from other tills were refused here");
    if (!status.latestDoubles.empty()) {
        const core::DoubleRedemption& newest = status.latestDoubles.front();
        lines << tr("Coupon %1 used twice: %2 and %3")
                     .arg(newest.code, receiptOrUnknown(newest.keptReceipt), receiptOrUnknown(newest.secondReceipt));
        details << tr("%n coupon(s) used twice while a till was offline:", nullptr, status.doubleRedemptions);
        for (const core::DoubleRedemption& twice : status.latestDoubles)
            details << tr("%1: first on %2, again on %3")
                           .arg(twice.code, receiptOrUnknown(twice.keptReceipt), receiptOrUnknown(twice.secondReceipt));
    }
    if (!status.lastError.isEmpty())
        details << tr("Last problem: %1").arg(status.lastError);
    const bool attention = !status.online || status.doubleRedemptions > 0 || !status.lastError.isEmpty();
    m_syncStatus->setStyleSheet(attention ? QStringLiteral("font-size:14px; color:#b45309; font-weight:600;")
                                          : QStringLiteral("font-size:14px; color:#166534;"));
    m_syncStatus->setText(lines.join(QLatin1Char('\n')));
    m_syncStatus->setToolTip(details.join(QLatin1Char('\n')));
}

} // namespace ss::ui
