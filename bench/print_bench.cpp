// SPDX-License-Identifier: GPL-3.0-or-later
// Printing cost per receipt: SaleReceipt → ESC/POS encoder → interpreter (what the virtual printer
// shows), on a 30-line receipt with a Code 128, for every printer profile. Prints p50/p99 in µs.
#include "BenchStats.h"
#include "EscPosEncoder.h"
#include "EscPosInterpreter.h"
#include "receipt/ReceiptDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace ss;

namespace {

core::ReceiptDocument sampleReceipt()
{
    core::SaleRecord sale;
    sale.receiptNumber = QStringLiteral("T01-00012345");
    sale.currency = QStringLiteral("EUR");
    sale.createdAtUtc = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 30; ++i) {
        core::SaleLineRecord line;
        line.description = QStringLiteral("Humbrol enamel %1 — Zoë's pick, 14 ml").arg(i);
        line.quantity = 1 + i % 3;
        line.unitPrice = core::Money::fromMinor(349);
        line.total = core::Money::fromMinor(349 * line.quantity);
        sale.total = sale.total + line.total;
        sale.lines.push_back(line);
    }
    sale.payments = {{core::Tender::Cash, sale.total, {}, {}}};
    core::StoreProfile store {QStringLiteral("Junction Models & Hobbies"), QStringLiteral("14 Station Parade"),
        QStringLiteral("EUR"), QStringLiteral("GB"), QStringLiteral("T01")};
    return core::SaleReceipt::build(store, sale, QStringLiteral("Priya"), {QStringLiteral("Sam"), 2, {}});
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTextStream out(stdout);
    const core::ReceiptDocument document = sampleReceipt();
    out << "profile              bytes   encode p50/p99 us   interpret p50/p99 us\n";
    for (const devices::PrinterProfile& profile : devices::printerProfiles()) {
        std::vector<qint64> encode, interpret;
        QByteArray bytes;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            bytes = *devices::encodeEscPos(document, profile);
            encode.push_back(timer.nsecsElapsed() / 1000);
            timer.restart();
            const core::PrintedReceipt printed = devices::interpretEscPos(bytes);
            interpret.push_back(timer.nsecsElapsed() / 1000);
            if (!printed.error.isEmpty())
                return 1;
        }
        out << QStringLiteral("%1 %2   %3 / %4            %5 / %6\n")
                   .arg(profile.key, -18)
                   .arg(bytes.size(), 6)
                   .arg(bench::percentile(encode, 0.5), 6)
                   .arg(bench::percentile(encode, 0.99), 6)
                   .arg(bench::percentile(interpret, 0.5), 6)
                   .arg(bench::percentile(interpret, 0.99), 6);
    }
    return 0;
}
