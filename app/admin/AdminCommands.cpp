// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminCommands.h"

#include "Backup.h"
#include "CustomerPrivacy.h"
#include "DbWorker.h"
#include "DemoStore.h"
#include "DeviceCommands.h"
#include "ErrorText.h"
#include "KeySource.h"
#include "ProductCommands.h"
#include "RepeatAggregates.h"
#include "ReportCommand.h"
#include "SaleSimulator.h"
#include "SqlProductImport.h"
#include "StoreFile.h"
#include "Transaction.h"
#include "WinBack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>

namespace ss::app {

using core::ErrorCode;

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return ExitUsage;
    case ErrorCode::WrongKey:
    case ErrorCode::NotSecondSaleDatabase:
    case ErrorCode::SchemaTooNew: return ExitWrongKey;
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Io:
    case ErrorCode::DbFull:
    case ErrorCode::DbBusy: return ExitIo;
    case ErrorCode::DbCorrupt: return ExitDamaged;
    default: return ExitProblem;
    }
}

namespace {

const QString kHelp = QStringLiteral(R"(Usage: secondsale-admin [--db PATH] [--key-file FILE] COMMAND [options]

Commands:
  init     --store-name NAME --terminal ID [--currency GBP] [--country GB]
           Create a new, empty store.
  demo     [--seed N] [--products N] [--customers N] [--months N] [--last-day YYYY-MM-DD]
           Generate the demo hobby shop (deterministic for a given seed and last day).
           Uses the published demo key unless a key is given.
  backup   --to FILE      Write an encrypted backup (same key) of the store.
  restore  --from FILE    Replace the store with a backup; the old file is kept beside it.
  check                   Integrity, cipher and schema check, and the dashboard's figures against
                          the history; prints a summary.
  rebuild-figures         Work the dashboard's figures out again from the history (a repair).
  report repeat-customers [--from DATE] [--to DATE] [--format csv|json] [--table KEY] [--out FILE]
           [--new-days 30] [--active-days 90] [--lapsed-days 180]
           The owner's dashboard figures for the period (default: the last 30 days) and the one
           before it: the same numbers as the screen. CSV: every table under a "# key" line, or one.
  rekey    [--new-key-file FILE]   Re-encrypt the store under a new key
           (or SECONDSALE_NEW_DB_KEY).
  customer export --id ID [--format json|csv] [--to FILE]
           One customer's data (uid or number), as they may request it. Stdout without --to.
  customer merge --id ID --into ID
           Merge a duplicate record into the one to keep; all history moves with it.
  winback  [--days 120] [--channel email|sms|post] [--issue] [--to FILE.csv]
           Lapsed customers who said yes on that channel, as CSV for the shop's mail tool; with
           --issue each gets a single-use coupon of the active win-back offer (its code in the CSV).
  import-products FILE.csv [--dry-run] [--skip-rejected] [--map "Header=field,..."]
           Products from a spreadsheet (UTF-8 or Windows-1252; , ; or tab). Prints what will be
           created, updated and rejected, and why; applies all or nothing (exit 1 when rows are
           rejected and nothing was imported). Fields: sku barcode name category price cost tax
           stock ignore; columns are guessed from their headers.
  export-products [--to FILE]   Every product as CSV, in the columns import-products reads.
  devices                 List the supported printers and scanners plugged in, with their status.
  print-test [--profile KEY] [--out FILE]
           Print the test page on the first supported USB printer (no store or key needed),
           or write the bytes it would get to FILE.
  receipt  --sale RECEIPT --out FILE [--profile KEY]
           The exact bytes a printer with that profile gets for the receipt of a past sale.
  customer erase --id ID
           Erase a customer's personal data on request (sales stay, anonymous); audited.
  simulate-sales --count N [--seed S]
           Ring up N random sales through the checkout; prints `committed <receipt>` per sale,
           flushed as soon as its commit returns.

The key comes from --key-file or the SECONDSALE_DB_KEY environment variable, never from an argument.
`secondsale-admin --version` prints the version.
Default --db: the per-user data folder (secondsale.db; secondsale-demo.db for `demo`).

Exit codes: 0 ok, 1 problem found, 2 usage, 3 wrong key or not a SecondSale database,
            4 file missing/unreadable/unwritable or disk full, 5 database damaged.
)");

} // namespace

AdminCommands::AdminCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{ }

int AdminCommands::fail(const QString& command, const core::Error& error)
{
    const QString advice = ErrorText::describe(error.code);
    m_err << tr("secondsale-admin %1: %2 (%3)").arg(command, advice, error.detail) << Qt::endl;
    return exitCodeFor(error.code);
}

int AdminCommands::usage(const QString& message)
{
    m_err << tr("secondsale-admin: %1").arg(message) << Qt::endl << tr("Try 'secondsale-admin --help'.") << Qt::endl;
    return ExitUsage;
}

int AdminCommands::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Store file."), QStringLiteral("PATH"));
    const QCommandLineOption keyFileOption(
        QStringLiteral("key-file"), tr("File holding the key."), QStringLiteral("FILE"));
    const QCommandLineOption newKeyFileOption(
        QStringLiteral("new-key-file"), tr("File holding the new key."), QStringLiteral("FILE"));
    const QCommandLineOption storeNameOption(QStringLiteral("store-name"), tr("Store name."), QStringLiteral("NAME"));
    const QCommandLineOption terminalOption(QStringLiteral("terminal"), tr("Terminal id."), QStringLiteral("ID"));
    const QCommandLineOption currencyOption(
        QStringLiteral("currency"), tr("Currency."), QStringLiteral("CODE"), QStringLiteral("GBP"));
    const QCommandLineOption countryOption(
        QStringLiteral("country"), tr("Country."), QStringLiteral("CODE"), QStringLiteral("GB"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Seed."), QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption productsOption(
        QStringLiteral("products"), tr("Products."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption customersOption(
        QStringLiteral("customers"), tr("Customers."), QStringLiteral("N"), QStringLiteral("600"));
    const QCommandLineOption monthsOption(
        QStringLiteral("months"), tr("Months."), QStringLiteral("N"), QStringLiteral("18"));
    const QCommandLineOption lastDayOption(QStringLiteral("last-day"), tr("Last day."), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Backup file to write."), QStringLiteral("FILE"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Backup file to restore."), QStringLiteral("FILE"));
    const QCommandLineOption idOption(QStringLiteral("id"), tr("Customer uid or number."), QStringLiteral("ID"));
    const QCommandLineOption intoOption(QStringLiteral("into"), tr("Customer to keep."), QStringLiteral("ID"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), tr("json or csv."), QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption countOption(QStringLiteral("count"), tr("Sales to simulate."), QStringLiteral("N"));
    const QCommandLineOption saleOption(QStringLiteral("sale"), tr("Receipt number."), QStringLiteral("RECEIPT"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Printer profile."), QStringLiteral("KEY"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("File for the printer's bytes."), QStringLiteral("FILE"));
    const QCommandLineOption daysOption(
        QStringLiteral("days"), tr("Lapsed after this many days."), QStringLiteral("N"), QStringLiteral("120"));
    const QCommandLineOption channelOption(
        QStringLiteral("channel"), tr("email, sms or post."), QStringLiteral("CHANNEL"), QStringLiteral("email"));
    const QCommandLineOption issueOption(QStringLiteral("issue"), tr("Issue a win-back coupon to each."));
    const QCommandLineOption tableOption(
        QStringLiteral("table"), tr("One table of the report."), QStringLiteral("KEY"));
    const QCommandLineOption newDaysOption(
        QStringLiteral("new-days"), tr("New customer for this many days."), QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption activeDaysOption(QStringLiteral("active-days"),
        tr("Current while the last purchase is this recent."), QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption lapsedDaysOption(QStringLiteral("lapsed-days"),
        tr("Lapsed after this many days without a purchase."), QStringLiteral("N"), QStringLiteral("180"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Help."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Check only; change nothing."));
    const QCommandLineOption skipRejectedOption(
        QStringLiteral("skip-rejected"), tr("Import the good rows, leave the rejected ones out."));
    const QCommandLineOption mapOption(QStringLiteral("map"), tr("Column=field pairs."), QStringLiteral("PAIRS"));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Version."));
    parser.addOptions({dbOption, keyFileOption, newKeyFileOption, storeNameOption, terminalOption, currencyOption,
        countryOption, seedOption, productsOption, customersOption, monthsOption, lastDayOption, toOption, fromOption,
        countOption, idOption, intoOption, formatOption, saleOption, profileOption, outOption, daysOption,
        channelOption, issueOption, tableOption, newDaysOption, activeDaysOption, lapsedDaysOption, helpOption,
        versionOption, dryRunOption, skipRejectedOption, mapOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << kHelp;
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        m_out << QStringLiteral("secondsale-admin %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const bool customerCommand = positional.size() == 2
        && (positional.first() == QStringLiteral("customer") || positional.first() == QStringLiteral("report"));
    const bool importCommand = positional.size() == 2 && positional.first() == QStringLiteral("import-products");
    if (positional.size() != 1 && !customerCommand && !importCommand)
        return usage(positional.isEmpty() ? tr("no command given") : tr("one command at a time"));
    const QString command = importCommand ? positional.first() : positional.join(u' ');

    // Devices need no store and no key.
    DeviceCommands devices(m_out);
    if (command == QStringLiteral("devices")) {
        if (auto r = devices.listDevices(); !r)
            return fail(command, r.error());
        return ExitOk;
    }
    if (command == QStringLiteral("print-test")) {
        if (auto r = devices.printTest(parser.value(profileOption), parser.value(outOption)); !r)
            return fail(command, r.error());
        return ExitOk;
    }

    const QString db = parser.isSet(dbOption) ? parser.value(dbOption)
        : command == QStringLiteral("demo")   ? defaultDemoStorePath()
                                              : defaultStorePath();
    auto key = scriptKey(parser.value(keyFileOption), kKeyEnvironmentVariable);
    if (!key && command == QStringLiteral("demo"))
        key = QByteArray(db::kDemoKey);
    if (!key) {
        if (key.error().code != ErrorCode::NotFound)
            return fail(command, key.error());
        return usage(tr("no key: use --key-file FILE or set %1").arg(QString::fromLatin1(kKeyEnvironmentVariable)));
    }

    if (command == QStringLiteral("init")) {
        core::StoreProfile profile;
        profile.name = parser.value(storeNameOption).trimmed();
        profile.terminalId = parser.value(terminalOption).trimmed();
        profile.currency = parser.value(currencyOption).trimmed().toUpper();
        profile.countryCode = parser.value(countryOption).trimmed().toUpper();
        if (profile.name.isEmpty() || profile.terminalId.isEmpty())
            return usage(tr("init needs --store-name and --terminal"));
        auto created = db::createStore(db, *key, profile);
        if (!created)
            return fail(command, created.error());
        m_out << tr("created %1").arg(db) << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("demo")) {
        core::DemoOptions options;
        bool ok[4] = {};
        options.seed = parser.value(seedOption).toULongLong(&ok[0]);
        options.products = parser.value(productsOption).toInt(&ok[1]);
        options.customers = parser.value(customersOption).toInt(&ok[2]);
        options.months = parser.value(monthsOption).toInt(&ok[3]);
        options.lastDay = parser.isSet(lastDayOption) ? QDate::fromString(parser.value(lastDayOption), Qt::ISODate)
                                                      : QDate::currentDate();
        if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || options.products < 1 || options.customers < 0 || options.months < 1
            || options.months > 120 || !options.lastDay.isValid())
            return usage(tr("demo: --seed, --products, --customers, --months and --last-day must be valid"));
        auto summary = db::createDemoStore(db, *key, options);
        if (!summary)
            return fail(command, summary.error());
        m_out << tr(
            "created demo store %1: %2 products, %3 customers, %4 sales, %5 sale lines, %6 coupons issued, %7 redeemed")
                     .arg(db)
                     .arg(summary->products)
                     .arg(summary->customers)
                     .arg(summary->sales)
                     .arg(summary->saleLines)
                     .arg(summary->couponsIssued)
                     .arg(summary->couponsRedeemed)
              << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("backup")) {
        if (!parser.isSet(toOption))
            return usage(tr("backup needs --to FILE"));
        auto store = db::openStore(db, *key);
        if (!store)
            return fail(command, store.error());
        if (auto r = db::exportEncrypted(*store, parser.value(toOption), *key); !r)
            return fail(command, r.error());
        m_out << tr("backup written to %1").arg(parser.value(toOption)) << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("restore")) {
        if (!parser.isSet(fromOption))
            return usage(tr("restore needs --from FILE"));
        auto keptAs = db::restoreBackup(parser.value(fromOption), *key, db);
        if (!keptAs)
            return fail(command, keptAs.error());
        m_out << tr("restored %1 from %2").arg(db, parser.value(fromOption)) << Qt::endl;
        if (!keptAs->isEmpty())
            m_out << tr("the previous store was kept as %1").arg(*keptAs) << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("check")) {
        auto store = db::openStore(db, *key);
        if (!store)
            return fail(command, store.error());
        auto report = db::checkStore(*store);
        if (!report)
            return fail(command, report.error());
        auto overview = db::readStoreOverview(*store);
        if (!overview)
            return fail(command, overview.error());
        m_out << tr("store: %1 (terminal %2)").arg(overview->profile.name, overview->profile.terminalId) << Qt::endl;
        m_out << tr("SQLCipher %1, schema version %2").arg(report->cipherVersion).arg(report->schemaVersion)
              << Qt::endl;
        m_out << tr("%1 products, %2 customers, %3 sales")
                     .arg(overview->productCount)
                     .arg(overview->customerCount)
                     .arg(overview->saleCount)
              << Qt::endl;
        if (!report->problems.isEmpty()) {
            for (const QString& problem : report->problems)
                m_err << tr("problem: %1").arg(problem) << Qt::endl;
            return ExitDamaged;
        }
        m_out << tr("repeat-customer figures of %n customer(s) agree with the history", nullptr,
            static_cast<int>(report->figuresChecked))
              << Qt::endl;
        m_out << tr("ok") << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("rebuild-figures")) {
        auto store = db::openStore(db, *key);
        if (!store)
            return fail(command, store.error());
        auto transaction = db::Transaction::begin(*store);
        if (!transaction)
            return fail(command, transaction.error());
        if (auto r = db::rebuildRepeatAggregates(*store); !r)
            return fail(command, r.error());
        if (auto r = transaction->commit(); !r)
            return fail(command, r.error());
        m_out << tr("repeat-customer figures rebuilt from the history") << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("rekey")) {
        auto newKey = scriptKey(parser.value(newKeyFileOption), kNewKeyEnvironmentVariable);
        if (!newKey) {
            if (newKey.error().code != ErrorCode::NotFound)
                return fail(command, newKey.error());
            return usage(
                tr("rekey needs --new-key-file FILE or %1").arg(QString::fromLatin1(kNewKeyEnvironmentVariable)));
        }
        if (auto r = db::rekeyStore(db, *key, *newKey); !r)
            return fail(command, r.error());
        m_out << tr("re-encrypted %1 under the new key").arg(db) << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("customer merge")) {
        if (!parser.isSet(idOption) || !parser.isSet(intoOption))
            return usage(tr("customer merge needs --id and --into"));
        auto store = db::openStore(db, *key);
        if (!store)
            return fail(command, store.error());
        if (auto r = db::mergeCustomers(
                *store, parser.value(intoOption), parser.value(idOption), QDateTime::currentDateTimeUtc());
            !r)
            return fail(command, r.error());
        m_out << tr("merged; the kept record now holds all history") << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("customer export") || command == QStringLiteral("customer erase")) {
        if (!parser.isSet(idOption))
            return usage(tr("%1 needs --id").arg(command));
        auto store = db::openStore(db, *key);
        if (!store)
            return fail(command, store.error());
        if (command == QStringLiteral("customer erase")) {
            if (auto r = db::eraseCustomer(*store, parser.value(idOption), QDateTime::currentDateTimeUtc()); !r)
                return fail(command, r.error());
            m_out << tr("customer erased; their sales remain, anonymous") << Qt::endl;
            return ExitOk;
        }
        const QString format = parser.value(formatOption).toLower();
        if (format != QStringLiteral("json") && format != QStringLiteral("csv"))
            return usage(tr("--format is json or csv"));
        auto exported = db::exportCustomer(*store, parser.value(idOption));
        if (!exported)
            return fail(command, exported.error());
        const QByteArray bytes = format == QStringLiteral("json") ? exported->json : exported->csv;
        if (!parser.isSet(toOption)) {
            m_out << QString::fromUtf8(bytes) << Qt::flush;
            return ExitOk;
        }
        QFile file(parser.value(toOption));
        if (file.exists() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
            return fail(command, {ErrorCode::Io, QStringLiteral("cannot write the export file (or it exists)")});
        m_out << tr("exported to %1").arg(file.fileName()) << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("report repeat-customers")) {
        ReportCommandOptions options;
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate to = parser.isSet(toOption) ? QDate::fromString(parser.value(toOption), Qt::ISODate) : today;
        const QDate from
            = parser.isSet(fromOption) ? QDate::fromString(parser.value(fromOption), Qt::ISODate) : to.addDays(-29);
        if (!from.isValid() || !to.isValid())
            return usage(tr("--from and --to are dates: YYYY-MM-DD"));
        options.request.period = core::reports::Period {from, to};
        options.request.comparison = options.request.period.previous();
        options.request.thresholds = core::reports::SegmentThresholds {parser.value(newDaysOption).toInt(),
            parser.value(activeDaysOption).toInt(), parser.value(lapsedDaysOption).toInt()};
        options.format = parser.isSet(formatOption) ? parser.value(formatOption).toLower() : QStringLiteral("csv");
        options.table = parser.value(tableOption);
        auto store = db::openStore(db, *key);
        if (!store)
            return fail(command, store.error());
        auto bytes = repeatCustomersReport(*store, options);
        if (!bytes)
            return bytes.error().code == ErrorCode::InvalidArgument ? usage(bytes.error().detail)
                                                                    : fail(command, bytes.error());
        if (!parser.isSet(outOption)) {
            m_out << QString::fromUtf8(*bytes) << Qt::flush;
            return ExitOk;
        }
        QSaveFile file(parser.value(outOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
            return fail(command, {ErrorCode::Io, QStringLiteral("cannot write the report")});
        m_out << tr("report written to %1").arg(file.fileName()) << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("import-products")) {
        if (!importCommand)
            return usage(tr("import-products needs the CSV file: import-products FILE.csv"));
        QFile csv(positional.at(1));
        if (!csv.open(QIODevice::ReadOnly))
            return fail(command, {ErrorCode::NotFound, QStringLiteral("cannot read %1").arg(positional.at(1))});
        auto store = db::openStore(db, *key);
        if (!store)
            return fail(command, store.error());
        ProductImportOptions options;
        options.dryRun = parser.isSet(dryRunOption);
        options.skipRejected = parser.isSet(skipRejectedOption);
        options.mapping = parser.value(mapOption);
        auto outcome = importProducts(*store, csv.readAll(), options);
        if (!outcome)
            return fail(command, outcome.error());
        m_out << outcome->report << Qt::endl;
        return outcome->rejectedRows && !outcome->applied ? ExitProblem : ExitOk;
    }
    if (command == QStringLiteral("export-products")) {
        auto store = db::openStore(db, *key);
        if (!store)
            return fail(command, store.error());
        auto csv = db::exportProductsCsv(*store);
        if (!csv)
            return fail(command, csv.error());
        if (!parser.isSet(toOption)) {
            m_out << QString::fromUtf8(*csv) << Qt::flush;
            return ExitOk;
        }
        QSaveFile file(parser.value(toOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit())
            return fail(command, {ErrorCode::Io, QStringLiteral("cannot write the products")});
        m_out << tr("products written to %1").arg(file.fileName()) << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("winback")) {
        bool daysOk = false;
        const int days = parser.value(daysOption).toInt(&daysOk);
        if (!daysOk || days < 1)
            return usage(tr("winback needs --days N (N ≥ 1)"));
        auto store = db::openStore(db, *key);
        if (!store)
            return fail(command, store.error());
        auto list = db::winBackList(
            *store, days, parser.value(channelOption), parser.isSet(issueOption), QDateTime::currentDateTimeUtc());
        if (!list)
            return fail(command, list.error());
        if (!parser.isSet(toOption)) {
            m_out << QString::fromUtf8(list->csv) << Qt::flush;
            return ExitOk;
        }
        QSaveFile file(parser.value(toOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(list->csv) != list->csv.size() || !file.commit())
            return fail(command, {ErrorCode::Io, QStringLiteral("cannot write the list")});
        m_out << tr("%1 customers to invite back, %2 coupons issued, written to %3")
                     .arg(list->customers)
                     .arg(list->couponsIssued)
                     .arg(file.fileName())
              << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("receipt")) {
        if (!parser.isSet(saleOption) || !parser.isSet(outOption))
            return usage(tr("receipt needs --sale RECEIPT and --out FILE"));
        auto store = db::openStore(db, *key);
        if (!store)
            return fail(command, store.error());
        if (auto r = devices.receiptBytes(
                *store, parser.value(saleOption), parser.value(profileOption), parser.value(outOption));
            !r)
            return fail(command, r.error());
        return ExitOk;
    }
    if (command == QStringLiteral("simulate-sales")) {
        bool countOk = false, seedOk = false;
        const int count = parser.value(countOption).toInt(&countOk);
        const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
        if (!countOk || count < 1 || !seedOk)
            return usage(tr("simulate-sales needs --count N (N ≥ 1) and a numeric --seed"));
        db::DbWorker worker;
        auto opened = worker.open(db, *key);
        opened.waitForFinished(); // a command-line tool: nothing else to keep responsive
        if (!opened.result())
            return fail(command, opened.result().error());
        SaleSimulator simulator(worker, m_out, count, seed);
        std::optional<core::Error> failure;
        QEventLoop loop;
        QObject::connect(&simulator, &SaleSimulator::finished, &loop, [&](const std::optional<core::Error>& error) {
            failure = error;
            loop.quit();
        });
        simulator.start(opened.result()->profile.terminalId, opened.result()->profile.currency);
        loop.exec();
        if (failure)
            return fail(command, *failure);
        return ExitOk;
    }
    return usage(tr("unknown command '%1'").arg(command));
}

} // namespace ss::app
