// SPDX-License-Identifier: GPL-3.0-or-later
// Product import of a large spreadsheet into a real (encrypted) store: reading the CSV, the dry
// run against the store, and the all-or-nothing apply, each timed. The GUI runs all three on the
// database thread, so these are how long the progress bar shows, not a frozen screen.
// Usage: bench_import [rows]   (default 50000)
#include "DemoStore.h"
#include "SqlProductImport.h"
#include "StoreFile.h"
#include "catalog/Gtin.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace ss;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    core::DemoOptions demo;
    demo.products = 200;
    demo.customers = 50;
    demo.months = 1;
    demo.lastDay = QDate::currentDate();
    if (auto made = db::createDemoStore(path, QByteArrayLiteral("bench"), demo); !made) {
        out << "could not make the store: " << made.error().detail << "\n";
        return 1;
    }
    auto store = db::openStore(path, QByteArrayLiteral("bench"));
    if (!store)
        return 1;

    // Windows-1252, semicolons, decimal commas, a GTIN each, 40 categories: a shop's real export.
    QByteArray file = "Artikelnummer;EAN;Bezeichnung;VK;EK;MwSt;Bestand;Kategorie\r\n";
    for (int i = 0; i < rows; ++i) {
        const QString gtin = core::withGtinCheckDigit(QStringLiteral("29%1").arg(i, 10, 10, QChar(u'0')));
        file += QStringLiteral("IMP-%1;%2;Artikel Nr. %1 Gr\u00F6\u00DFe M;%3,%4;%5,00;standard;%6;Gruppe %7\r\n")
                    .arg(i)
                    .arg(gtin)
                    .arg(1 + i % 200)
                    .arg(i % 100, 2, 10, QChar(u'0'))
                    .arg(1 + i % 50)
                    .arg(i % 30)
                    .arg(i % 40)
                    .toLatin1();
    }

    QElapsedTimer timer;
    timer.start();
    auto table = core::readCsv(file);
    const qint64 readMs = timer.restart();
    auto snapshot = db::loadCatalogSnapshot(*store);
    if (!table || !snapshot)
        return 1;
    const core::ImportPlan plan
        = core::ProductImport::plan(*table, core::ProductImport::guessMapping(table->header), *snapshot);
    const qint64 planMs = timer.restart();
    auto applied = db::applyProductImport(*store, plan, {});
    const qint64 applyMs = timer.elapsed();
    if (!applied) {
        out << "apply failed: " << applied.error().detail << "\n";
        return 1;
    }
    out << "rows " << rows << " (" << file.size() / 1024 << " KiB, " << table->encoding << ")\n";
    out << "read CSV        " << readMs << " ms\n";
    out << "dry run (plan)  " << planMs << " ms  creates " << plan.creates << " rejects " << plan.rejects << "\n";
    out << "apply (1 txn)   " << applyMs << " ms  created " << applied->created << ", stock entries "
        << applied->stockEntries << ", categories " << applied->categoriesCreated << "\n";
    return 0;
}
