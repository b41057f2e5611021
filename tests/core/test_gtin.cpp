// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "catalog/Gtin.h"

using namespace ss::core;

TEST_CASE("GTIN check digits", "[core][barcode]")
{
    // Published examples: EAN-13 4006381333931, UPC-A 036000291452, EAN-8 96385074.
    CHECK(isValidGtin(u"4006381333931"));
    CHECK(isValidGtin(u"036000291452"));
    CHECK(isValidGtin(u"96385074"));
    CHECK_FALSE(isValidGtin(u"4006381333932"));
    CHECK_FALSE(isValidGtin(u"400638133393")); // 12 digits, wrong check for UPC-A
    CHECK_FALSE(isValidGtin(u"40063813339a1"));
    CHECK_FALSE(isValidGtin(u""));
    CHECK_FALSE(isValidGtin(QString(4096, u'7')));
    CHECK(withGtinCheckDigit(u"400638133393") == QStringLiteral("4006381333931"));
    CHECK(withGtinCheckDigit(u"9638507") == QStringLiteral("96385074"));
    CHECK(withGtinCheckDigit(u"12345").isEmpty());
    CHECK_FALSE(gtinCheckDigit(u"12x4").has_value());
}
