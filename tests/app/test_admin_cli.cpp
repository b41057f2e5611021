// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real secondsale-admin binary, as a shop's script would.
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using ss::test::TempDir;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run admin(const QStringList& arguments, const QByteArray& key = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("SECONDSALE_DB_KEY"));
    if (!key.isEmpty())
        environment.insert(QStringLiteral("SECONDSALE_DB_KEY"), QString::fromUtf8(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SECONDSALE_ADMIN_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("secondsale-admin: demo, check, backup, restore and rekey with distinct exit codes", "[app][admin]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("shop.db"));
    const QByteArray key = QByteArrayLiteral("owner passphrase");
    const QStringList tiny = {QStringLiteral("--products"), QStringLiteral("40"), QStringLiteral("--customers"),
        QStringLiteral("30"), QStringLiteral("--months"), QStringLiteral("2"), QStringLiteral("--last-day"),
        QStringLiteral("2026-11-22")};

    Run demo = admin(QStringList {QStringLiteral("demo"), QStringLiteral("--db"), db} + tiny, key);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("40 products")));

    Run check = admin({QStringLiteral("check"), QStringLiteral("--db"), db}, key);
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("ok")));

    Run wrong = admin({QStringLiteral("check"), QStringLiteral("--db"), db}, QByteArrayLiteral("guess"));
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.contains(QStringLiteral("key")));
    CHECK_FALSE(wrong.err.contains(QStringLiteral("guess")));

    Run noKey = admin({QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(noKey.exitCode == 2);

    Run missing = admin({QStringLiteral("check"), QStringLiteral("--db"), dir.file(QStringLiteral("none.db"))}, key);
    CHECK(missing.exitCode == 4);

    Run usage = admin({QStringLiteral("frobnicate"), QStringLiteral("--db"), db}, key);
    CHECK(usage.exitCode == 2);
    CHECK(admin({}, key).exitCode == 2);

    const QString backup = dir.file(QStringLiteral("shop.backup"));
    CHECK(admin({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), backup}, key).exitCode
        == 0);
    CHECK(admin({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--to"), backup}, key).exitCode
        == 4);
    CHECK(admin({QStringLiteral("restore"), QStringLiteral("--db"), db, QStringLiteral("--from"), backup}, key).exitCode
        == 0);

    const QString newKeyFile = dir.file(QStringLiteral("new.key"));
    ss::test::writeBytes(newKeyFile, QByteArrayLiteral("second passphrase\n"));
    CHECK(
        admin({QStringLiteral("rekey"), QStringLiteral("--db"), db, QStringLiteral("--new-key-file"), newKeyFile}, key)
            .exitCode
        == 0);
    CHECK(admin({QStringLiteral("check"), QStringLiteral("--db"), db}, key).exitCode == 3);
    CHECK(
        admin({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), newKeyFile}).exitCode
        == 0);

    // A damaged store: exit code 5 (damaged) or 3 (first page unreadable), never 0.
    QByteArray bytes = ss::test::readBytes(db);
    REQUIRE(bytes.size() > 6 * 4096);
    bytes[5 * 4096 + 77] = static_cast<char>(bytes[5 * 4096 + 77] ^ 0x10);
    ss::test::writeBytes(db, bytes);
    Run damaged
        = admin({QStringLiteral("check"), QStringLiteral("--db"), db, QStringLiteral("--key-file"), newKeyFile});
    CHECK(damaged.exitCode == 5);
}

TEST_CASE("secondsale-admin init creates an empty store once", "[app][admin]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("new.db"));
    const QByteArray key = QByteArrayLiteral("k3y");
    CHECK(admin({QStringLiteral("init"), QStringLiteral("--db"), db}, key).exitCode == 2);
    Run init = admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--store-name"),
                         QStringLiteral("Cog & Chain Bikes"), QStringLiteral("--terminal"), QStringLiteral("T02")},
        key);
    CHECK(init.exitCode == 0);
    Run again = admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--store-name"),
                          QStringLiteral("X"), QStringLiteral("--terminal"), QStringLiteral("T02")},
        key);
    CHECK(again.exitCode == 4);
    Run check = admin({QStringLiteral("check"), QStringLiteral("--db"), db}, key);
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("Cog & Chain Bikes")));
}

TEST_CASE("secondsale-admin customer export and erase", "[app][admin][privacy]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("shop.db"));
    const QByteArray key = QByteArrayLiteral("k");
    REQUIRE(
        admin({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--products"), QStringLiteral("20"),
                  QStringLiteral("--customers"), QStringLiteral("5"), QStringLiteral("--months"), QStringLiteral("1"),
                  QStringLiteral("--last-day"), QStringLiteral("2026-11-22")},
            key)
            .exitCode
        == 0);
    Run exported = admin({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--db"), db,
                             QStringLiteral("--id"), QStringLiteral("1")},
        key);
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(QStringLiteral("\"consents\"")));
    Run csv = admin({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--db"), db,
                        QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv")},
        key);
    CHECK(csv.out.startsWith(QStringLiteral("section,field,value")));
    CHECK(admin({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--db"), db}, key).exitCode == 2);
    CHECK(admin({QStringLiteral("customer"), QStringLiteral("merge"), QStringLiteral("--db"), db,
                    QStringLiteral("--id"), QStringLiteral("2"), QStringLiteral("--into"), QStringLiteral("3")},
              key)
              .exitCode
        == 0);
    CHECK(admin({QStringLiteral("customer"), QStringLiteral("merge"), QStringLiteral("--db"), db,
                    QStringLiteral("--id"), QStringLiteral("3"), QStringLiteral("--into"), QStringLiteral("3")},
              key)
              .exitCode
        == 2);
    CHECK(admin({QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--db"), db,
                    QStringLiteral("--id"), QStringLiteral("1")},
              key)
              .exitCode
        == 0);
    CHECK(admin({QStringLiteral("customer"), QStringLiteral("export"), QStringLiteral("--db"), db,
                    QStringLiteral("--id"), QStringLiteral("1")},
              key)
              .exitCode
        == 4);
    CHECK(admin({QStringLiteral("check"), QStringLiteral("--db"), db}, key).exitCode == 0);
}

TEST_CASE("secondsale-admin: a past receipt's exact printer bytes, a test page, and the device list", "[app][admin]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("shop.db"));
    const QByteArray key = QByteArrayLiteral("owner passphrase");
    REQUIRE(
        admin({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--products"), QStringLiteral("30"),
                  QStringLiteral("--customers"), QStringLiteral("20"), QStringLiteral("--months"), QStringLiteral("1"),
                  QStringLiteral("--last-day"), QStringLiteral("2026-11-22")},
            key)
            .exitCode
        == 0);
    const QString out = dir.file(QStringLiteral("receipt.bin"));
    Run receipt = admin({QStringLiteral("receipt"), QStringLiteral("--db"), db, QStringLiteral("--sale"),
                            QStringLiteral("T01-00000001"), QStringLiteral("--profile"), QStringLiteral("generic-58"),
                            QStringLiteral("--out"), out},
        key);
    INFO(receipt.err.toStdString());
    REQUIRE(receipt.exitCode == 0);
    QFile bytes(out);
    REQUIRE(bytes.open(QIODevice::ReadOnly));
    const QByteArray data = bytes.readAll();
    CHECK(data.startsWith(QByteArray("\x1b@\x1bt\x00", 5))); // initialise, CP437: the 58 mm profile
    CHECK(data.contains("T01-00000001"));

    Run missing = admin({QStringLiteral("receipt"), QStringLiteral("--db"), db, QStringLiteral("--sale"),
                            QStringLiteral("T01-99999999"), QStringLiteral("--out"), out},
        key);
    CHECK(missing.exitCode == 4);
    Run badProfile = admin({QStringLiteral("receipt"), QStringLiteral("--db"), db, QStringLiteral("--sale"),
                               QStringLiteral("T01-00000001"), QStringLiteral("--profile"), QStringLiteral("nope"),
                               QStringLiteral("--out"), out},
        key);
    CHECK(badProfile.exitCode == 2);

    const QString test = dir.file(QStringLiteral("test.bin"));
    Run page = admin({QStringLiteral("print-test"), QStringLiteral("--out"), test});
    REQUIRE(page.exitCode == 0);
    CHECK(QFileInfo(test).size() > 200);

    // No printer on a build machine: the list says so, and that is not an error.
    Run devices = admin({QStringLiteral("devices")});
    CHECK(devices.exitCode == 0);
}

TEST_CASE(
    "secondsale-admin report repeat-customers prints the dashboard's tables as CSV and JSON", "[app][admin][reports]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("shop.db"));
    const QByteArray key = QByteArrayLiteral("owner passphrase");
    REQUIRE(
        admin({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--products"), QStringLiteral("40"),
                  QStringLiteral("--customers"), QStringLiteral("60"), QStringLiteral("--months"), QStringLiteral("4"),
                  QStringLiteral("--last-day"), QStringLiteral("2026-11-22")},
            key)
            .exitCode
        == 0);
    const QStringList period = {QStringLiteral("report"), QStringLiteral("repeat-customers"), QStringLiteral("--db"),
        db, QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
        QStringLiteral("2026-11-22")};

    Run headline = admin(period + QStringList {QStringLiteral("--table"), QStringLiteral("headline")}, key);
    INFO(headline.err.toStdString());
    REQUIRE(headline.exitCode == 0);
    CHECK(headline.out.startsWith(QStringLiteral("Figure,This period,Period before,What it means")));
    CHECK(headline.out.contains(QStringLiteral("\nSecond-purchase rate,0.")));

    Run everything = admin(period, key);
    REQUIRE(everything.exitCode == 0);
    for (const char* table : {"# headline", "# cohorts", "# segments", "# offers", "# cashiers"})
        CHECK(everything.out.contains(QString::fromLatin1(table)));

    Run json = admin(period + QStringList {QStringLiteral("--format"), QStringLiteral("json")}, key);
    REQUIRE(json.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report[QStringLiteral("from")].toString() == u"2026-10-01");
    const QJsonArray rows = report[QStringLiteral("tables")].toObject()[QStringLiteral("headline")].toArray();
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(rows.first().toObject()[QStringLiteral("key")].toString() == u"sales");
    // The same figure on both: the sales of the period.
    const QString salesLine = headline.out.section(u'\n', 1, 1);
    CHECK(salesLine.section(u',', 1, 1).toLongLong()
        == static_cast<qint64>(rows.first().toObject()[QStringLiteral("This period")].toDouble()));

    // Bad input is a usage error (exit 2) with a reason, and writes nothing.
    Run noTable = admin(period + QStringList {QStringLiteral("--table"), QStringLiteral("nonsense")}, key);
    CHECK(noTable.exitCode == 2);
    CHECK(noTable.err.contains(QStringLiteral("cohorts")));
    Run backwards = admin({QStringLiteral("report"), QStringLiteral("repeat-customers"), QStringLiteral("--db"), db,
                              QStringLiteral("--from"), QStringLiteral("2026-11-22"), QStringLiteral("--to"),
                              QStringLiteral("2026-10-01")},
        key);
    CHECK(backwards.exitCode == 2);
    Run badDate = admin(period + QStringList {QStringLiteral("--to"), QStringLiteral("yesterday")}, key);
    CHECK(badDate.exitCode == 2);
}

TEST_CASE("secondsale-admin --version prints the project's version without a store or key", "[app][admin]")
{
    const Run version = admin({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("secondsale-admin " SECONDSALE_VERSION));
}

TEST_CASE("secondsale-admin import-products: a dry run reports, nothing is imported until every row is good",
    "[app][admin][import]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("shop.db"));
    const QByteArray key = QByteArrayLiteral("owner passphrase");
    REQUIRE(admin({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--store-name"),
                      QStringLiteral("Cog & Chain"), QStringLiteral("--terminal"), QStringLiteral("T01")},
                key)
                .exitCode
        == 0);
    // `init` makes no tax classes: the import names one it does not know.
    const QString messy = dir.file(QStringLiteral("messy.csv"));
    ss::test::writeBytes(messy, QByteArrayLiteral("Code;Title;Preis\nB-1;Bell;4,99\nB-2;Horn;zwei\n"));
    Run dry = admin({QStringLiteral("import-products"), messy, QStringLiteral("--db"), db, QStringLiteral("--dry-run"),
                        QStringLiteral("--map"), QStringLiteral("Title=name")},
        key);
    INFO(dry.out.toStdString() << dry.err.toStdString());
    CHECK(dry.exitCode == 1);
    CHECK(dry.out.contains(QStringLiteral("Code → sku, Title → name, Preis → price")));
    CHECK(dry.out.contains(QStringLiteral("line 3: the price \"zwei\" is not an amount such as 12.99")));
    Run refused = admin({QStringLiteral("import-products"), messy, QStringLiteral("--db"), db, QStringLiteral("--map"),
                            QStringLiteral("Title=name")},
        key);
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(QStringLiteral("Nothing was imported")));
    Run exported = admin({QStringLiteral("export-products"), QStringLiteral("--db"), db}, key);
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.trimmed().count(u'\n') == 0); // the header alone: nothing was imported

    Run skipped = admin({QStringLiteral("import-products"), messy, QStringLiteral("--db"), db, QStringLiteral("--map"),
                            QStringLiteral("Title=name"), QStringLiteral("--skip-rejected")},
        key);
    CHECK(skipped.exitCode == 1); // no tax class in a store made by init: every row is refused
    Run badMap = admin({QStringLiteral("import-products"), messy, QStringLiteral("--db"), db, QStringLiteral("--map"),
                           QStringLiteral("Nope=name")},
        key);
    CHECK(badMap.exitCode == 2);
    CHECK(badMap.err.contains(QStringLiteral("Nope")));

    // A store with tax classes (the demo) takes the good file, and exports what it took.
    const QString demo = dir.file(QStringLiteral("demo.db"));
    REQUIRE(
        admin({QStringLiteral("demo"), QStringLiteral("--db"), demo, QStringLiteral("--products"), QStringLiteral("20"),
                  QStringLiteral("--customers"), QStringLiteral("5"), QStringLiteral("--months"), QStringLiteral("1")},
            key)
            .exitCode
        == 0);
    const QString good = dir.file(QStringLiteral("good.csv"));
    ss::test::writeBytes(good, QByteArrayLiteral("sku,name,price,tax,stock\nBELL-1,\"Bell, brass\",4.99,standard,6\n"));
    Run imported = admin({QStringLiteral("import-products"), good, QStringLiteral("--db"), demo}, key);
    INFO(imported.out.toStdString() << imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported: 1 created, 0 updated")));
    Run listed = admin({QStringLiteral("export-products"), QStringLiteral("--db"), demo}, key);
    CHECK(listed.out.contains(QStringLiteral("BELL-1,,\"Bell, brass\",,4.99,,standard,6,yes")));
}
