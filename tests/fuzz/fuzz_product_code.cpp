// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever a scanner or a keyboard sends as a product code: normalised or refused, never a crash;
// what is accepted is short, trimmed, free of control characters, and normalises to itself. The GTIN check digit agrees
// with itself. The wedge classifier, fed the same bytes as keys and gaps, never scans more than
// its limit and never loses a key (what it holds plus what it scanned or released is what came).
#include "FuzzCheck.h"
#include "catalog/Gtin.h"
#include "scan/KeyBurstClassifier.h"
#include "scan/ProductCode.h"

#include <cstdint>

using namespace ss::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    if (const auto code = normaliseProductCode(text)) {
        FUZZ_CHECK(!code->isEmpty());
        FUZZ_CHECK(code->size() <= kMaxProductCodeLength);
        FUZZ_CHECK(code->trimmed() == *code);
        for (const QChar c : *code)
            FUZZ_CHECK(c.category() != QChar::Other_Control && !c.isNonCharacter());
        const auto again = normaliseProductCode(*code);
        FUZZ_CHECK(again && *again == *code);
    }

    if (isValidGtin(text)) {
        const auto digit = gtinCheckDigit(QStringView(text).chopped(1));
        FUZZ_CHECK(digit && QChar(u'0' + *digit) == text.back());
        FUZZ_CHECK(withGtinCheckDigit(QStringView(text).chopped(1)) == text);
    }

    // The bytes as a key stream: each byte's low bits are the gap before it, the rest a character
    // (or Return); the classifier must account for every key.
    KeyBurstClassifier classifier;
    qint64 now = 0;
    qsizetype typed = 0, accounted = 0;
    const auto release = [&] {
        accounted += classifier.held().size();
        classifier.clear();
    };
    for (std::size_t i = 0; i < size; ++i) {
        now += data[i] & 0x3f;
        if ((data[i] >> 6) == 3) {
            if (classifier.terminator(now) == KeyBurstClassifier::Verdict::Scan) {
                const QString scanned = classifier.takeScanned();
                FUZZ_CHECK(scanned.size() >= KeyBurstClassifier::kMinLength);
                FUZZ_CHECK(scanned.size() <= KeyBurstClassifier::kMaxLength);
                accounted += scanned.size();
            } else {
                release();
            }
            continue;
        }
        const QChar key(u'0' + (data[i] >> 6) * 16 + (data[i] & 0xf));
        ++typed;
        if (classifier.character(key, now) == KeyBurstClassifier::Verdict::Release) {
            // As the UI does: the held keys go to the widget, then this key starts afresh.
            release();
            FUZZ_CHECK(classifier.character(key, now) == KeyBurstClassifier::Verdict::Hold);
        }
    }
    FUZZ_CHECK(accounted + classifier.held().size() == typed);
    return 0;
}
