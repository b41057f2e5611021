// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPanel.h"

#include "FormFields.h"
#include "StoreChoices.h"
#include "TaxRatesEditor.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ss::ui {

namespace {

QSpinBox* daysBox(QWidget* parent, const char* name, int maximum)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setRange(1, maximum);
    box->setSuffix(SettingsPanel::tr(" days"));
    return box;
}

/// The logo as stored: a PNG no wider than the paper allows, so the file stays small and every
/// till prints the same picture.
std::optional<QByteArray> storedLogo(const QImage& picture, int maxWidth)
{
    if (picture.isNull())
        return std::nullopt;
    const QImage scaled
        = picture.width() > maxWidth ? picture.scaledToWidth(maxWidth, Qt::SmoothTransformation) : picture;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!scaled.save(&buffer, "PNG"))
        return std::nullopt;
    return png;
}

} // namespace

SettingsPanel::SettingsPanel(core::StoreSettingsPort& settings, core::CashierRecord actor, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_actor(std::move(actor))
    , m_name(new QLineEdit(this))
    , m_address(linesEdit(this, QStringLiteral("settingsAddressEdit"), 3))
    , m_country(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_taxRegistration(new QLineEdit(this))
    , m_header(linesEdit(this, QStringLiteral("settingsHeaderEdit"), 2))
    , m_footer(linesEdit(this, QStringLiteral("settingsFooterEdit"), 2))
    , m_terminal(new QLabel(this))
    , m_taxRates(new TaxRatesEditor(this))
    , m_captureMode(new QComboBox(this))
    , m_couponsPerReceipt(new QSpinBox(this))
    , m_couponDays(daysBox(this, "couponDaysSpin", 365))
    , m_newDays(daysBox(this, "newDaysSpin", 3650))
    , m_activeDays(daysBox(this, "activeDaysSpin", 3650))
    , m_lapsedDays(daysBox(this, "lapsedDaysSpin", 3650))
    , m_logo(new QLabel(this))
    , m_removeLogo(new QPushButton(tr("&Remove the logo"), this))
    , m_saveButton(new QPushButton(tr("&Save the settings"), this))
    , m_problems(problemLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPanel"));
    m_name->setObjectName(QStringLiteral("settingsNameEdit"));
    m_name->setMaxLength(60);
    m_country->setObjectName(QStringLiteral("settingsCountryCombo"));
    m_currency->setObjectName(QStringLiteral("settingsCurrencyCombo"));
    StoreChoices::fillCountries(*m_country);
    StoreChoices::fillCurrencies(*m_currency);
    m_taxRegistration->setObjectName(QStringLiteral("taxRegistrationEdit"));
    m_taxRegistration->setMaxLength(30);
    m_taxRegistration->setPlaceholderText(tr("For example GB123456789"));
    m_header->setPlaceholderText(tr("For example your opening hours"));
    m_footer->setPlaceholderText(tr("For example your returns policy and website"));
    m_terminal->setObjectName(QStringLiteral("settingsTerminalLabel"));
    m_captureMode->setObjectName(QStringLiteral("captureModeCombo"));
    m_captureMode->addItem(
        tr("Unless a customer is already on the sale"), static_cast<int>(core::CaptureMode::WhenNoCustomer));
    m_captureMode->addItem(tr("On every sale"), static_cast<int>(core::CaptureMode::EverySale));
    m_captureMode->addItem(
        tr("Never (the cashier can still attach a customer)"), static_cast<int>(core::CaptureMode::Off));
    m_couponsPerReceipt->setObjectName(QStringLiteral("couponsPerReceiptSpin"));
    m_couponsPerReceipt->setRange(1, core::StoreSettingsRules::kMaxCouponsPerReceipt);
    m_logo->setObjectName(QStringLiteral("logoPreview"));
    m_logo->setMinimumHeight(60);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setStyleSheet(QStringLiteral("background: white; border: 1px solid #bbb;"));
    m_removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    m_saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    m_saveButton->setEnabled(false); // until the settings are read
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    auto* store = new QGroupBox(tr("The shop and its receipts"), this);
    auto* storeForm = new QFormLayout(store);
    storeForm->addRow(tr("Shop &name:"), m_name);
    storeForm->addRow(tr("&Address:"), m_address);
    storeForm->addRow(tr("&Country:"), m_country);
    storeForm->addRow(tr("C&urrency:"), m_currency);
    storeForm->addRow(tr("Tax re&gistration:"), m_taxRegistration);
    storeForm->addRow(tr("Receipt &header:"), m_header);
    storeForm->addRow(tr("Receipt &footer:"), m_footer);
    storeForm->addRow(tr("This till's number:"), m_terminal);

    auto* tax = new QGroupBox(tr("Tax classes"), this);
    auto* taxLayout = new QVBoxLayout(tax);
    taxLayout->addWidget(m_taxRates);

    auto* till = new QGroupBox(tr("At the till"), this);
    auto* tillForm = new QFormLayout(till);
    tillForm->addRow(tr("Ask &who the customer is:"), m_captureMode);
    tillForm->addRow(tr("Coupons on one &receipt, at most:"), m_couponsPerReceipt);
    tillForm->addRow(tr("A new offer's coupons are &valid:"), m_couponDays);

    auto* segments = new QGroupBox(tr("Customer segments on the dashboard"), this);
    auto* segmentForm = new QFormLayout(segments);
    segmentForm->addRow(tr("New: first purchase within"), m_newDays);
    segmentForm->addRow(tr("Current: last purchase within"), m_activeDays);
    segmentForm->addRow(tr("Lapsed: no purchase for more than"), m_lapsedDays);

    auto* managers = new QGroupBox(tr("What managers may do"), this);
    auto* managerLayout = new QVBoxLayout(managers);
    for (const core::Permission permission : core::kPermissions) {
        auto* box = new QCheckBox(core::RolePermissions::label(permission), managers);
        box->setObjectName(QStringLiteral("managerMay_%1").arg(core::permissionKey(permission)));
        managerLayout->addWidget(box);
        m_managerMay.emplace(permission, box);
    }
    auto* ownerNote
        = new QLabel(tr("The owner may always do everything; cashiers never open the back office."), managers);
    ownerNote->setWordWrap(true);
    managerLayout->addWidget(ownerNote);

    auto* logo = new QGroupBox(tr("Receipt logo"), this);
    auto* logoLayout = new QVBoxLayout(logo);
    auto* chooseLogo = new QPushButton(tr("C&hoose a picture…"), logo);
    chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    auto* logoButtons = new QHBoxLayout;
    logoButtons->addWidget(chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoLayout->addWidget(m_logo);
    logoLayout->addLayout(logoButtons);

    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    grid->addWidget(store, 0, 0, 2, 1);
    grid->addWidget(tax, 2, 0, 2, 1);
    grid->addWidget(till, 0, 1);
    grid->addWidget(segments, 1, 1);
    grid->addWidget(managers, 2, 1);
    grid->addWidget(logo, 3, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);

    auto* revert = new QPushButton(tr("Re&vert"), this);
    revert->setObjectName(QStringLiteral("revertSettingsButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(revert);
    buttons->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPanel::save);
    connect(revert, &QPushButton::clicked, this, &SettingsPanel::reload);
    connect(chooseLogo, &QPushButton::clicked, this, &SettingsPanel::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    reload();
}

void SettingsPanel::reload()
{
    m_settings.settings().then(this, [this](const core::Result<core::StoreSettings>& read) {
        if (!read) {
            m_message->setText(tr("The settings could not be read. Nothing was changed."));
            return;
        }
        m_current = *read;
        showSettings(*read);
        m_problems->clear();
        m_saveButton->setEnabled(m_actor.role == core::Role::Owner);
        if (m_actor.role != core::Role::Owner)
            m_message->setText(tr("Only the owner may change the settings."));
    });
}

void SettingsPanel::showSettings(const core::StoreSettings& settings)
{
    const core::StoreProfile& profile = settings.profile;
    m_name->setText(profile.name);
    m_address->setPlainText(profile.addressLines);
    m_country->setCurrentIndex(m_country->findData(profile.countryCode));
    m_currency->setCurrentIndex(m_currency->findData(profile.currency));
    // Prices and takings already recorded are in this currency.
    m_currency->setEnabled(!settings.hasSales);
    m_currency->setToolTip(
        settings.hasSales ? tr("The till has sold in this currency; it can no longer change.") : QString());
    m_taxRegistration->setText(profile.taxRegistration);
    m_header->setPlainText(profile.receiptHeader);
    m_footer->setPlainText(profile.receiptFooter);
    m_terminal->setText(profile.terminalId);
    std::vector<core::TaxRateSetup> rates;
    QSet<QString> existing;
    for (const core::TaxClassSetting& taxClass : settings.taxClasses) {
        rates.push_back(taxClass.rate);
        existing.insert(taxClass.rate.code); // products and past sales refer to the code
    }
    m_taxRates->setRates(rates, existing);
    m_captureMode->setCurrentIndex(m_captureMode->findData(static_cast<int>(settings.captureMode)));
    m_couponsPerReceipt->setValue(settings.coupons.perReceipt);
    m_couponDays->setValue(settings.coupons.validDays);
    m_newDays->setValue(settings.segments.newDays);
    m_activeDays->setValue(settings.segments.activeDays);
    m_lapsedDays->setValue(settings.segments.lapsedDays);
    for (const auto& [permission, box] : m_managerMay)
        box->setChecked(settings.permissions.managerMay(permission));
    m_logoPng = settings.receiptLogoPng;
    showLogo();
}

std::optional<core::StoreSettings> SettingsPanel::fromForm(QStringList& problems) const
{
    if (!m_current)
        return std::nullopt;
    core::StoreSettings next = *m_current;
    next.profile.name = m_name->text().trimmed();
    next.profile.addressLines = m_address->toPlainText().trimmed();
    next.profile.countryCode = m_country->currentData().toString();
    next.profile.currency = m_currency->currentData().toString();
    next.profile.taxRegistration = m_taxRegistration->text().trimmed();
    next.profile.receiptHeader = m_header->toPlainText().trimmed();
    next.profile.receiptFooter = m_footer->toPlainText().trimmed();
    const auto rates = m_taxRates->parsed(problems);
    if (!rates)
        return std::nullopt;
    next.taxClasses.clear();
    for (const core::TaxRateSetup& rate : *rates) {
        core::TaxClassSetting setting {rate};
        for (const core::TaxClassSetting& was : m_current->taxClasses)
            if (was.rate.code == rate.code)
                setting.productCount = was.productCount;
        next.taxClasses.push_back(setting);
    }
    next.captureMode = static_cast<core::CaptureMode>(m_captureMode->currentData().toInt());
    next.coupons = {m_couponsPerReceipt->value(), m_couponDays->value()};
    next.segments = {m_newDays->value(), m_activeDays->value(), m_lapsedDays->value()};
    for (const auto& [permission, box] : m_managerMay)
        next.permissions.setManagerMay(permission, box->isChecked());
    next.receiptLogoPng = m_logoPng;
    return next;
}

void SettingsPanel::save()
{
    QStringList problems;
    const auto next = fromForm(problems);
    if (next)
        problems = core::StoreSettingsRules::problems(*m_current, *next);
    m_problems->setText(problems.join(u'\n'));
    if (!next || !problems.isEmpty()) {
        m_message->setText(tr("Nothing was saved: fix what is listed above."));
        return;
    }
    m_saveButton->setEnabled(false);
    m_settings.save(m_actor.uid, *next).then(this, [this, saved = *next](const core::Result<QStringList>& changed) {
        m_saveButton->setEnabled(true);
        if (!changed) {
            if (changed.error().code == core::ErrorCode::InvalidArgument)
                m_problems->setText(changed.error().detail);
            m_message->setText(changed.error().code == core::ErrorCode::PermissionDenied
                    ? tr("Only the owner may change the settings. Nothing was saved.")
                    : tr("The settings were not saved; nothing was changed."));
            return;
        }
        if (changed->isEmpty()) {
            m_message->setText(tr("Nothing had changed."));
            return;
        }
        m_message->setText(tr("Saved. %n change(s) recorded in the audit log.", nullptr, int(changed->size())));
        emit settingsSaved(saved);
        reload();
    });
}

bool SettingsPanel::useLogoFile(const QString& path)
{
    const auto png = storedLogo(QImage(path), logoMaxWidth());
    if (!png || png->size() > core::StoreSettingsRules::kMaxLogoBytes) {
        m_problems->setText(png ? tr("That picture is too detailed for a receipt logo; try a simpler one.")
                                : tr("That file is not a picture this till can read."));
        return false;
    }
    m_problems->clear();
    m_logoPng = *png;
    showLogo();
    return true;
}

void SettingsPanel::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the receipt logo"), {}, tr("Pictures (*.png *.jpg *.jpeg *.bmp *.svg)"));
    if (!path.isEmpty())
        useLogoFile(path);
}

void SettingsPanel::showLogo()
{
    QImage picture;
    if (!m_logoPng.isEmpty())
        picture.loadFromData(m_logoPng, "PNG");
    m_removeLogo->setEnabled(!picture.isNull());
    if (picture.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo: receipts start with the shop's name."));
        return;
    }
    m_logo->setPixmap(QPixmap::fromImage(picture.height() > 120 ? picture.scaledToHeight(120) : picture));
}

} // namespace ss::ui
