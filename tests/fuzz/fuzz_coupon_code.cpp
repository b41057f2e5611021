// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever is typed or scanned where a coupon code may be: verified or refused with a reason,
// never a crash. A code accepted is canonical and verifies again to itself. A code generated from
// the input's randomness verifies under its key, and one changed character never does.
#include "FuzzCheck.h"
#include "offers/CouponCode.h"

#include <cstdint>

using namespace ss::core;

namespace {
const QByteArray kKey = QByteArrayLiteral("fuzzing shop key 0123456789abcdef");
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString typed = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto verified = couponcode::verify(typed, kKey);
    if (verified) {
        FUZZ_CHECK(couponcode::looksLikeCode(typed));
        FUZZ_CHECK(verified->size() == couponcode::kLength + 1 && verified->at(5) == u'-');
        const auto again = couponcode::verify(*verified, kKey);
        FUZZ_CHECK(again && *again == *verified);
    }

    // The input as the random source of a new code.
    std::size_t next = 0;
    const QString generated = couponcode::generate(kKey, [&](int n) {
        const int value = size == 0 ? 0 : data[next++ % size] % n;
        return value;
    });
    const auto fresh = couponcode::verify(generated, kKey);
    FUZZ_CHECK(fresh && *fresh == generated);
    if (size > 0) {
        QString changed = generated;
        const qsizetype at = (data[0] % couponcode::kLength) + (data[0] % couponcode::kLength >= 5 ? 1 : 0);
        const QChar other = changed[at] == u'2' ? u'3' : u'2';
        changed[at] = other;
        FUZZ_CHECK(!couponcode::verify(changed, kKey));
    }
    return 0;
}
