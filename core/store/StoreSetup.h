// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ports/DeviceInventory.h"
#include "store/StoreProfile.h"
#include "sync/SyncSetup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace ss::core {

/// One tax class as the owner sets it up ("standard", 20 %, prices include it).
struct TaxRateSetup
{
    QString code; ///< Short, unique, what products refer to: "standard", "reduced", "zero".
    QString name;
    int rateBasisPoints = 0; ///< 20 % = 2000.
    bool inclusive = true; ///< Shelf prices include the tax (Europe) or have it added (US).

    friend bool operator==(const TaxRateSetup&, const TaxRateSetup&) = default;
};

/// How the store's key is kept. Either way the store is encrypted; the difference is who must
/// remember what.
enum class KeyKeeping {
    Keyring, ///< A random key in the desktop's keyring; a recovery key written down by the owner.
    Passphrase, ///< The owner's passphrase is the key and is asked at every start.
};

/// Everything the first-run wizard asks before the store is created.
struct StoreSetup
{
    StoreProfile profile;
    std::vector<TaxRateSetup> taxRates;
    QString ownerName;
    QString ownerPin;
    KeyKeeping keyKeeping = KeyKeeping::Keyring;
    QByteArray key; ///< The store's key: generateStoreKey() for the keyring, the passphrase (UTF-8) otherwise.
    DeviceSettings devices; ///< The printer chosen on the printer page.
    SyncSetup sync; ///< The other tills, when there are any (the last page).
};

/// The rules a new store's details must meet, so the wizard and any other caller agree.
class StoreSetupRules
{
    Q_DECLARE_TR_FUNCTIONS(StoreSetupRules)

public:
    static constexpr int kMinPinDigits = 4;
    static constexpr int kMaxPinDigits = 8;
    static constexpr int kMinPassphraseLength = 10;

    /// What is wrong with `setup`, in words for the owner; empty when it can be created.
    [[nodiscard]] static QStringList problems(const StoreSetup& setup);
    [[nodiscard]] static QStringList profileProblems(const StoreProfile& profile);
    [[nodiscard]] static QStringList taxRateProblems(const std::vector<TaxRateSetup>& rates);
    [[nodiscard]] static bool isValidPin(const QString& pin);
    /// The tax classes a shop in `countryCode` usually needs (rates as of 2026); the owner edits them.
    [[nodiscard]] static std::vector<TaxRateSetup> defaultTaxRates(const QString& countryCode);
    [[nodiscard]] static QString defaultCurrency(const QString& countryCode);
    /// Parses "20", "5.5" or "20,0" (percent, at most two decimals) into basis points.
    [[nodiscard]] static std::optional<int> parsePercent(const QString& text);
};

/// A fresh random store key: 32 bytes from the system's CSPRNG, as 64 lower-case hex characters
/// (SQLCipher derives the page key from it like from any passphrase).
[[nodiscard]] QByteArray generateStoreKey();
/// The key as the owner writes it down: upper-case hex in dash-separated groups of four.
[[nodiscard]] QString recoveryKeyText(const QByteArray& key);
/// The key a typed answer stands for: a recovery key (any case, dashes or spaces) becomes the
/// stored form; anything else is taken as a passphrase, unchanged.
[[nodiscard]] QByteArray keyFromTypedText(const QString& typed);

} // namespace ss::core
