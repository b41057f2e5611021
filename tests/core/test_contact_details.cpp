// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "customers/ContactDetails.h"
#include "customers/ContactForm.h"
#include "ports/CustomerPort.h"

#include <optional>

using namespace ss::core;

TEST_CASE("Phone numbers from several countries normalise to E.164", "[core][customers]")
{
    struct Row
    {
        const char* raw;
        const char* region;
        const char* e164;
    };
    const Row rows[] = {
        {"07700 900123", "GB", "+447700900123"},
        {"+44 (0)7700 900123", "GB", "+447700900123"},
        {"0044 7700 900123", "GB", "+447700900123"},
        {"030 1234567", "DE", "+49301234567"},
        {"+49 30 1234567", "GB", "+49301234567"},
        {"06 12 34 56 78", "FR", "+33612345678"},
        {"(415) 555-2671", "US", "+14155552671"},
        {"415.555.2671", "US", "+14155552671"},
        {"  01423 123456 ", "GB", "+441423123456"},
    };
    for (const Row& row : rows) {
        INFO(row.raw << " in " << row.region);
        auto phone = normalisePhone(QString::fromUtf8(row.raw), QString::fromLatin1(row.region));
        REQUIRE(phone);
        CHECK(*phone == QString::fromLatin1(row.e164));
    }
    for (const char* bad : {"", "abc", "12", "0770", "+44 7700 900123 999 888", "'; DROP TABLE customers;--"}) {
        INFO(bad);
        CHECK(normalisePhone(QString::fromUtf8(bad), QStringLiteral("GB")).error().code == ErrorCode::InvalidArgument);
    }
}

TEST_CASE("What has been typed of a phone number becomes a search prefix", "[core][customers]")
{
    CHECK(phoneSearchPrefix(QStringLiteral("07700 9"), QStringLiteral("GB")) == QStringLiteral("+4477009"));
    CHECK(phoneSearchPrefix(QStringLiteral("+44 77"), QStringLiteral("GB")) == QStringLiteral("+4477"));
    CHECK(phoneSearchPrefix(QStringLiteral("0049 30"), QStringLiteral("GB")) == QStringLiteral("+4930"));
    CHECK(phoneSearchPrefix(QStringLiteral("415 55"), QStringLiteral("US")) == QStringLiteral("+141555"));
    CHECK(phoneSearchPrefix(QStringLiteral("sam"), QStringLiteral("GB")).isEmpty());
    CHECK(phoneSearchPrefix(QStringLiteral("12a"), QStringLiteral("GB")).isEmpty());
}

TEST_CASE("Emails are trimmed, lower-cased and checked for shape", "[core][customers]")
{
    CHECK(normaliseEmail(QStringLiteral("  Sam.Okafor@Example.COM ")).value()
        == QStringLiteral("sam.okafor@example.com"));
    CHECK(normaliseEmail(QStringLiteral("zoë+trains@exämple.de")).value() == QStringLiteral("zoë+trains@exämple.de"));
    for (const char* bad :
        {"", "sam", "sam@", "@example.com", "sam@example", "sam @example.com", "a@b@c.com", "sam@example..com"}) {
        INFO(bad);
        CHECK_FALSE(normaliseEmail(QString::fromUtf8(bad)));
    }
    CHECK_FALSE(normaliseEmail(QString(300, u'a') + QStringLiteral("@example.com")));
}

TEST_CASE("Hostile names are cleaned, not refused", "[core][customers]")
{
    CHECK(cleanName(QStringLiteral("  Zoë   O'Neill-Smith ")) == QStringLiteral("Zoë O'Neill-Smith"));
    CHECK(cleanName(QStringLiteral("Robert'); DROP TABLE customers;--"))
        == QStringLiteral("Robert'); DROP TABLE customers;--"));
    CHECK(cleanName(QStringLiteral("Sam\u202Egnihtemos")) == QStringLiteral("Samgnihtemos")); // RTL override removed
    CHECK(cleanName(QStringLiteral("שרה כהן")) == QStringLiteral("שרה כהן"));
    CHECK(cleanName(QStringLiteral("Tom\t\n\x07")) == QStringLiteral("Tom"));
    CHECK(cleanName(QString(10000, u'x')).size() == 60);
    const QString emoji = QString(59, u'a') + QStringLiteral("🚂");
    CHECK(cleanName(emoji) == QString(59, u'a')); // the engine would be cut in half: dropped whole
    CHECK(cleanName(QStringLiteral("🚂 Sam")) == QStringLiteral("🚂 Sam"));
}

TEST_CASE("One rule validates a customer's details wherever they are typed", "[core][customers]")
{
    using ss::core::ContactProblem;
    const auto problem = [](ss::core::ContactForm form) {
        auto result = ss::core::validateContact(form, QStringLiteral("GB"));
        return result ? std::optional<ContactProblem>() : std::optional<ContactProblem>(result.error());
    };
    CHECK(problem({u"  "_qs, {}, u"a@example.com"_qs, {}, {}}) == ContactProblem::FirstNameMissing);
    CHECK(problem({u"Sam"_qs, {}, u"not-an-email"_qs, {}, {}}) == ContactProblem::EmailInvalid);
    CHECK(problem({u"Sam"_qs, {}, {}, u"12"_qs, {}}) == ContactProblem::PhoneInvalid);
    CHECK(problem({u"Sam"_qs, u"Okafor"_qs, {}, {}, u"SW1A 1AA"_qs}) == ContactProblem::NoWayToReach);
    CHECK(problem({u"Sam"_qs, {}, u"a@example.com"_qs, {}, u"<script>"_qs}) == ContactProblem::PostcodeInvalid);
    CHECK(problem({u"Sam"_qs, {}, u"a@example.com"_qs, {}, u"1234567890123"_qs}) == ContactProblem::PostcodeInvalid);

    auto valid = ss::core::validateContact(
        {u" Sam "_qs, u"O'Brien"_qs, u" Sam@Example.COM "_qs, u"07700 900123"_qs, u"sw1a  1aa"_qs}, u"GB"_qs);
    REQUIRE(valid);
    CHECK(valid->firstName == u"Sam"_qs);
    CHECK(valid->email == u"sam@example.com"_qs);
    CHECK(valid->phoneE164 == u"+447700900123"_qs);
    CHECK(valid->postcode == u"SW1A 1AA"_qs);
}

TEST_CASE("A scanned receipt, coupon or card reads as a code, not as a name or phone", "[core][customers]")
{
    CHECK(ss::core::customerQueryFor(u"t01-000042"_qs, u"GB"_qs).code == u"T01-000042"_qs);
    CHECK(ss::core::customerQueryFor(u"CARD7741"_qs, u"GB"_qs).code == u"CARD7741"_qs);
    CHECK(ss::core::customerQueryFor(u"07700 9004"_qs, u"GB"_qs).code.isEmpty());
    CHECK_FALSE(ss::core::customerQueryFor(u"07700 9004"_qs, u"GB"_qs).phonePrefix.isEmpty());
    CHECK(ss::core::customerQueryFor(u"Samira"_qs, u"GB"_qs).code.isEmpty());
    CHECK(ss::core::customerQueryFor(u"sam2@example.com"_qs, u"GB"_qs).code.isEmpty());
    CHECK(ss::core::customerQueryFor(u"Zoë9"_qs, u"GB"_qs).code.isEmpty());
}
