// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoStoreGenerator.h"

#include "offers/CouponCode.h"

#include "DemoStoreSink.h"
#include "Uid.h"
#include "catalog/Gtin.h"
#include "money/Allocation.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace ss::core {
namespace {

struct CategorySpec
{
    QString code;
    QString name;
    QString taxClass;
    int weight; ///< How often a basket line comes from this category.
    QStringList brands;
    QStringList items;
    QStringList variants;
    qint64 minPrice;
    qint64 maxPrice;
    int maxQuantity;
};

std::vector<CategorySpec> categorySpecs()
{
    const QStringList liveries = {u"BR green"_s, u"BR blue"_s, u"GWR"_s, u"LNER"_s, u"Railfreight"_s, u"DB red"_s};
    const QStringList locos = {u"Class 47 diesel"_s, u"Class 66 diesel"_s, u"Class 08 shunter"_s, u"A4 Pacific steam"_s,
        u"Jinty 0-6-0T"_s, u"Class 37 diesel"_s, u"Castle class steam"_s, u"Class 101 DMU"_s};
    const QStringList stock = {u"Mk1 coach"_s, u"Mk3 coach"_s, u"Coal wagon"_s, u"Tank wagon"_s, u"Brake van"_s,
        u"Box van"_s, u"Container flat wagon"_s};
    const QStringList track = {u"Straight track"_s, u"Curve 2nd radius"_s, u"Left-hand point"_s, u"Right-hand point"_s,
        u"Buffer stop"_s, u"Flexible track 914 mm"_s, u"Rail joiners (24)"_s};
    return {
        {u"LHO"_s, u"Locomotives HO/OO"_s, u"standard"_s, 4, {u"Hornby"_s, u"Bachmann"_s, u"Roco"_s}, locos, liveries,
            8999, 24999, 1},
        {u"LN"_s, u"Locomotives N"_s, u"standard"_s, 3, {u"Graham Farish"_s, u"Dapol"_s, u"Kato"_s}, locos, liveries,
            7999, 17999, 1},
        {u"RHO"_s, u"Rolling stock HO/OO"_s, u"standard"_s, 8, {u"Hornby"_s, u"Bachmann"_s}, stock, liveries, 1499,
            4999, 3},
        {u"RN"_s, u"Rolling stock N"_s, u"standard"_s, 6, {u"Graham Farish"_s, u"Dapol"_s}, stock, liveries, 1299, 3999,
            3},
        {u"THO"_s, u"Track HO/OO"_s, u"standard"_s, 9, {u"Peco"_s, u"Hornby"_s}, track, {u"code 100"_s, u"code 75"_s},
            199, 2499, 6},
        {u"TN"_s, u"Track N"_s, u"standard"_s, 6, {u"Peco"_s, u"Kato"_s}, track, {u"code 55"_s, u"code 80"_s}, 199,
            2299, 6},
        {u"KIT"_s, u"Kits"_s, u"standard"_s, 10, {u"Airfix"_s, u"Tamiya"_s, u"Revell"_s, u"Ratio"_s},
            {u"Spitfire Mk.I 1:72"_s, u"Tiger I 1:35"_s, u"Bismarck 1:700"_s, u"Signal box"_s, u"Station building"_s,
                u"Engine shed"_s, u"Lancaster 1:72"_s, u"Platelayers' hut"_s},
            {u"starter set"_s, u"kit only"_s}, 899, 5999, 1},
        {u"PNT"_s, u"Paints"_s, u"standard"_s, 22, {u"Humbrol"_s, u"Tamiya"_s, u"Vallejo"_s},
            {u"Matt black"_s, u"Gloss white"_s, u"Rust"_s, u"Dark earth"_s, u"Sky blue"_s, u"Olive drab"_s,
                u"Track colour"_s, u"Signal red"_s, u"Brass"_s, u"Primer grey"_s},
            {u"14 ml"_s, u"acrylic 17 ml"_s, u"enamel 14 ml"_s}, 199, 449, 4},
        {u"BRS"_s, u"Brushes"_s, u"standard"_s, 7, {u"Humbrol"_s, u"Army Painter"_s, u"Winsor & Newton"_s},
            {u"Fine detail brush 000"_s, u"Flat brush no. 4"_s, u"Brush set (5)"_s, u"Dry brush medium"_s},
            {u"synthetic"_s, u"sable"_s}, 299, 1299, 2},
        {u"TLS"_s, u"Tools"_s, u"standard"_s, 7, {u"Xuron"_s, u"Swann-Morton"_s, u"Expo"_s},
            {u"Side cutters"_s, u"Hobby knife"_s, u"Tweezers"_s, u"Cutting mat A4"_s, u"Pin vice"_s,
                u"Sanding sticks"_s, u"Track rubber"_s},
            {u"standard"_s, u"pro"_s}, 399, 2499, 1},
        {u"SCN"_s, u"Scenery"_s, u"standard"_s, 12, {u"Woodland Scenics"_s, u"Noch"_s, u"Javis"_s},
            {u"Static grass 2 mm"_s, u"Fine grey ballast"_s, u"Lichen mix"_s, u"Trees (10)"_s, u"Scenic mat"_s,
                u"Figures: passengers"_s},
            {u"small"_s, u"large"_s}, 299, 1999, 3},
        {u"MAG"_s, u"Magazines & books"_s, u"zero"_s, 6, {u"Warners"_s, u"Key Publishing"_s},
            {u"Railway Modeller"_s, u"Model Rail"_s, u"Airfix Model World"_s, u"Weathering guide"_s},
            {u"monthly"_s, u"special"_s}, 499, 2499, 1},
    };
}

const QStringList kFirstNames = {u"Oliver"_s, u"Amelia"_s, u"George"_s, u"Isla"_s, u"Harry"_s, u"Ava"_s, u"Noah"_s,
    u"Mia"_s, u"Jack"_s, u"Ivy"_s, u"Leo"_s, u"Grace"_s, u"Arthur"_s, u"Freya"_s, u"Oscar"_s, u"Lily"_s, u"Charlie"_s,
    u"Sophia"_s, u"Thomas"_s, u"Zoë"_s, u"Wojciech"_s, u"Siobhán"_s, u"Mehmet"_s, u"Anaïs"_s};
const QStringList kLastNames = {u"Smith"_s, u"Jones"_s, u"Taylor"_s, u"Brown"_s, u"Williams"_s, u"Wilson"_s,
    u"Johnson"_s, u"Davies"_s, u"Patel"_s, u"Robinson"_s, u"Wright"_s, u"Thompson"_s, u"Evans"_s, u"Walker"_s,
    u"White"_s, u"Roberts"_s, u"Green"_s, u"Hall"_s, u"O'Neill"_s, u"Nowak"_s, u"Yılmaz"_s, u"Müller"_s};
const QStringList kPostcodes
    = {u"LS1 4AP"_s, u"YO1 7HH"_s, u"HG1 2RQ"_s, u"LS6 3DN"_s, u"BD1 1HY"_s, u"HX1 1UJ"_s, u"WF1 2EE"_s, u"S1 2HE"_s};

/// A customer's buying habit, the mix a small hobby shop sees.
enum class Habit {
    OneTime,
    Occasional,
    Regular,
    Lapsed,
};

struct Visit
{
    qint64 msecs;
    int customer; ///< -1 for an anonymous sale
};

class Generator
{
public:
    Generator(const DemoOptions& options, DemoStoreSink& sink)
        : m_options(options)
        , m_sink(sink)
        , m_random(seedWords(options.seed).data(), 2)
        , m_firstDay(options.lastDay.addMonths(-options.months).addDays(1))
        , m_days(m_firstDay.daysTo(options.lastDay) + 1)
    { }

    Result<DemoSummary> run()
    {
        if (!m_options.lastDay.isValid() || m_options.products < 1 || m_options.customers < 0 || m_options.months < 1)
            return fail(ErrorCode::InvalidArgument, u"demo options out of range"_s);
        if (auto r = addStoreAndStaff(); !r)
            return std::unexpected(r.error());
        if (auto r = addCatalog(); !r)
            return std::unexpected(r.error());
        if (auto r = addOfferRules(); !r)
            return std::unexpected(r.error());
        if (auto r = addCustomersAndSales(); !r)
            return std::unexpected(r.error());
        if (auto r = countStock(); !r)
            return std::unexpected(r.error());
        return m_summary;
    }

private:
    static std::array<quint32, 2> seedWords(quint64 seed)
    {
        return {static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)};
    }

    int uniform(int lowInclusive, int highInclusive)
    {
        return lowInclusive
            + static_cast<int>(m_random.bounded(static_cast<quint32>(highInclusive - lowInclusive + 1)));
    }
    bool chance(int percent) { return uniform(1, 100) <= percent; }
    template<typename T> const T& pick(const QList<T>& list)
    {
        return list.at(uniform(0, static_cast<int>(list.size()) - 1));
    }

    QDateTime at(QDate day, bool shopHours = true)
    {
        // Open 09:00–17:30 (stored as UTC; the demo shop is in the UK and ignores summer time).
        const int minute = shopHours ? uniform(9 * 60, 17 * 60 + 29) : uniform(0, 24 * 60 - 1);
        return QDateTime(day, QTime(minute / 60, minute % 60, uniform(0, 59)), Qt::UTC);
    }

    Result<void> addStoreAndStaff()
    {
        StoreProfile profile;
        profile.name = u"Junction Models & Hobbies"_s;
        profile.addressLines = u"14 Station Parade\nHarrogate HG1 1TE"_s;
        profile.currency = u"GBP"_s;
        profile.countryCode = u"GB"_s;
        profile.terminalId = m_options.terminalId;
        if (auto r = m_sink.addStore(profile); !r)
            return r;
        for (const TaxClass& tax : {TaxClass {u"standard"_s, u"VAT 20%"_s, 2000, true},
                 TaxClass {u"reduced"_s, u"VAT 5%"_s, 500, true}, TaxClass {u"zero"_s, u"VAT 0%"_s, 0, true}}) {
            m_taxRates.insert(tax.code, tax.rateBasisPoints);
            if (auto r = m_sink.addTaxClass(tax); !r)
                return r;
        }
        for (const DemoCashier& demo : kDemoCashiers) {
            CashierRecord cashier {uidFrom(m_random), QString::fromUtf16(demo.name),
                roleFromKey(QStringView(demo.role)).value_or(Role::Cashier)};
            m_cashierUids.push_back(cashier.uid);
            if (auto r = m_sink.addCashier(cashier, QString::fromUtf16(demo.pin)); !r)
                return r;
        }
        return {};
    }

    Result<void> addCatalog()
    {
        m_categories = categorySpecs();
        m_productsByCategory.resize(m_categories.size());
        for (CategorySpec& spec : m_categories) {
            const QString uid = uidFrom(m_random);
            m_categoryUids.push_back(uid);
            if (auto r = m_sink.addCategory({uid, spec.name, {}}); !r)
                return r;
        }
        QSet<QString> names;
        for (int i = 0; i < m_options.products; ++i) {
            // The first products cover every category; the rest follow the basket weights.
            const std::size_t c
                = i < static_cast<int>(m_categories.size()) ? static_cast<std::size_t>(i) : pickCategory();
            const CategorySpec& spec = m_categories[c];
            ProductRecord product;
            product.uid = uidFrom(m_random);
            product.sku = u"%1-%2"_s.arg(spec.code).arg(i + 1, 6, 10, QLatin1Char('0'));
            product.barcode = withGtinCheckDigit(u"50%1"_s.arg(1234500000LL + i, 10, 10, QLatin1Char('0')));
            QString name = u"%1 %2, %3"_s.arg(pick(spec.brands), pick(spec.items), pick(spec.variants));
            if (names.contains(name))
                name += u" (%1)"_s.arg(product.sku);
            names.insert(name);
            product.name = name;
            product.categoryUid = m_categoryUids[c];
            product.taxClassCode = spec.taxClass;
            const qint64 pounds = uniform(static_cast<int>(spec.minPrice / 100), static_cast<int>(spec.maxPrice / 100));
            product.price = Money::fromMinor(pounds * 100 + 99);
            product.cost = Money::fromMinor(product.price.minor() * uniform(50, 65) / 100);
            product.stock = 0;
            m_products.push_back(
                {product.uid, product.name, product.price, m_taxRates.value(spec.taxClass), spec.maxQuantity});
            m_productsByCategory[c].push_back(static_cast<int>(m_products.size()) - 1);
            if (auto r = m_sink.addProduct(product); !r)
                return r;
        }
        m_summary.products = m_options.products;
        return {};
    }

    std::size_t pickCategory()
    {
        int total = 0;
        for (const CategorySpec& spec : m_categories)
            total += spec.weight;
        int roll = uniform(1, total);
        for (std::size_t c = 0; c < m_categories.size(); ++c) {
            roll -= m_categories[c].weight;
            if (roll <= 0)
                return c;
        }
        return 0;
    }

    /// Visit days of one customer, by habit, as day offsets from the first day of the history.
    std::vector<int> visitDays(Habit habit)
    {
        const int last = static_cast<int>(m_days) - 1;
        std::vector<int> days;
        auto append = [&](int first, int minGap, int maxGap, int maxVisits, int stopBefore) {
            for (int d = first; d <= stopBefore && static_cast<int>(days.size()) < maxVisits;
                 d += uniform(minGap, maxGap))
                days.push_back(d);
        };
        switch (habit) {
        case Habit::OneTime: days.push_back(uniform(0, last)); break;
        // Newcomers of every habit keep arriving to the last weeks: a shop's recent customers come
        // back too (the dashboard's newest cohorts are not all one-time buyers).
        case Habit::Occasional: append(uniform(0, last), 20, 200, uniform(2, 4), last); break;
        case Habit::Regular: append(uniform(0, std::max(0, last - 7)), 10, 45, 1000, last); break;
        case Habit::Lapsed: append(uniform(0, last * 2 / 5), 15, 60, uniform(3, 6), std::max(0, last - 150)); break;
        }
        if (days.empty())
            days.push_back(uniform(0, last));
        return days;
    }

    Result<void> addCustomersAndSales()
    {
        std::vector<Visit> visits;
        m_customerUids.reserve(static_cast<std::size_t>(m_options.customers));
        for (int i = 0; i < m_options.customers; ++i) {
            const int roll = uniform(1, 100);
            const Habit habit = roll <= 40 ? Habit::OneTime
                : roll <= 65               ? Habit::Occasional
                : roll <= 85               ? Habit::Regular
                                           : Habit::Lapsed;
            const std::vector<int> days = visitDays(habit);
            QDateTime firstVisit;
            for (int d : days) {
                const QDateTime when = at(m_firstDay.addDays(d));
                if (!firstVisit.isValid())
                    firstVisit = when;
                visits.push_back({when.toMSecsSinceEpoch(), i});
            }
            if (auto r = addCustomer(i, firstVisit); !r)
                return r;
        }
        // Anonymous sales: the customers nobody asked about (most shops' whole history).
        const std::size_t named = visits.size();
        const std::size_t anonymous = std::max<std::size_t>(named * 4 / 5, static_cast<std::size_t>(m_days) * 2);
        for (std::size_t i = 0; i < anonymous; ++i)
            visits.push_back(
                {at(m_firstDay.addDays(uniform(0, static_cast<int>(m_days) - 1))).toMSecsSinceEpoch(), -1});
        std::stable_sort(
            visits.begin(), visits.end(), [](const Visit& a, const Visit& b) { return a.msecs < b.msecs; });

        m_firstVisitDone.assign(static_cast<std::size_t>(m_options.customers), false);
        m_openCoupon.resize(static_cast<std::size_t>(m_options.customers));
        qint64 sequence = 0;
        for (const Visit& visit : visits) {
            if (auto r = addSale(visit, ++sequence); !r)
                return r;
        }
        return {};
    }

    Result<void> addCustomer(int index, const QDateTime& firstVisit)
    {
        CustomerRecord customer;
        customer.uid = uidFrom(m_random);
        customer.firstName = pick(kFirstNames);
        customer.lastName = pick(kLastNames);
        if (chance(75)) {
            QString local = (customer.firstName + u'.' + customer.lastName).toLower();
            local.removeIf([](QChar c) { return !(c.isLetter() && c.unicode() < 128) && c != u'.'; });
            customer.email = u"%1%2@example.com"_s.arg(local).arg(index);
        }
        if (customer.email.isEmpty() || chance(50))
            customer.phoneE164 = u"+447700%1"_s.arg(900000 + index % 100000);
        if (chance(40))
            customer.postcode = pick(kPostcodes);
        customer.createdAtUtc = firstVisit;
        customer.createdByCashierUid = m_cashierUids.at(static_cast<std::size_t>(uniform(0, 2)));
        m_customerUids.push_back(customer.uid);
        ++m_summary.customers;
        if (auto r = m_sink.addCustomer(customer); !r)
            return r;

        // Consent ledger: a recorded answer for every channel we hold an address for, yes or no.
        auto consent = [&](ConsentChannel channel, bool granted, const QDateTime& when) {
            return m_sink.addConsent({uidFrom(m_random), customer.uid, channel, granted, u"capture-v1"_s,
                customer.createdByCashierUid, when});
        };
        if (!customer.email.isEmpty()) {
            const bool granted = chance(65);
            if (auto r = consent(ConsentChannel::Email, granted, firstVisit); !r)
                return r;
            if (granted && chance(5)) {
                if (auto r = consent(ConsentChannel::Email, false, firstVisit.addDays(uniform(10, 200))); !r)
                    return r;
            }
        }
        if (!customer.phoneE164.isEmpty()) {
            if (auto r = consent(ConsentChannel::Sms, chance(35), firstVisit); !r)
                return r;
        }
        if (!customer.postcode.isEmpty()) {
            // A letter through the door: the win-back channel of customers without email.
            if (auto r = consent(ConsentChannel::Post, chance(45), firstVisit); !r)
                return r;
        }
        return {};
    }

    struct DemoProduct
    {
        QString uid;
        QString name;
        Money price;
        int taxRate;
        int maxQuantity;
    };

    Result<void> addSale(const Visit& visit, qint64 sequence)
    {
        SaleRecord sale;
        sale.uid = uidFrom(m_random);
        sale.receiptNumber = formatReceiptNumber(m_options.terminalId, sequence);
        sale.terminalId = m_options.terminalId;
        const int staffRoll = uniform(1, 100);
        sale.cashierUid = m_cashierUids.at(staffRoll <= 60 ? 2 : staffRoll <= 90 ? 1 : 0);
        sale.createdAtUtc = QDateTime::fromMSecsSinceEpoch(visit.msecs, Qt::UTC);
        sale.currency = u"GBP"_s;
        if (visit.customer >= 0)
            sale.customerUid = m_customerUids.at(static_cast<std::size_t>(visit.customer));

        const int lineRoll = uniform(1, 100);
        const int lineCount = lineRoll <= 55 ? 1 : lineRoll <= 80 ? 2 : lineRoll <= 92 ? 3 : uniform(4, 5);
        for (int l = 0; l < lineCount; ++l) {
            const std::vector<int>& candidates = m_productsByCategory[pickCategory()];
            const int productIndex = candidates.empty()
                ? uniform(0, static_cast<int>(m_products.size()) - 1)
                : candidates[static_cast<std::size_t>(uniform(0, static_cast<int>(candidates.size()) - 1))];
            const DemoProduct& product = m_products[static_cast<std::size_t>(productIndex)];
            SaleLineRecord line;
            line.productUid = product.uid;
            line.description = product.name;
            line.quantity = chance(80) ? 1 : uniform(1, product.maxQuantity);
            line.unitPrice = product.price;
            line.taxRateBasisPoints = product.taxRate;
            line.total = product.price * line.quantity;
            sale.subtotal += line.total;
            sale.lines.push_back(line);
        }
        redeemComebackCoupon(visit, sale);
        for (SaleLineRecord& line : sale.lines) {
            line.tax = inclusiveTax(line.total, line.taxRateBasisPoints);
            sale.tax += line.tax;
        }
        sale.total = sale.subtotal - sale.discount;
        addPayments(sale);
        issueComebackCoupon(visit, sale);

        m_summary.sales += 1;
        m_summary.saleLines += static_cast<qint64>(sale.lines.size());
        return m_sink.addSale(sale);
    }

    void redeemComebackCoupon(const Visit& visit, SaleRecord& sale)
    {
        if (visit.customer < 0)
            return;
        std::optional<CouponRecord>& coupon = m_openCoupon[static_cast<std::size_t>(visit.customer)];
        if (!coupon || sale.createdAtUtc > coupon->validUntilUtc || sale.subtotal < coupon->minimumSpend || !chance(60))
            return;
        sale.discount
            = Money::fromMinor(divideRoundHalfAwayFromZero(sale.subtotal.minor() * coupon->discountValue, 10000));
        std::vector<Money> weights;
        for (const SaleLineRecord& line : sale.lines)
            weights.push_back(line.total);
        const std::vector<Money> shares = allocateProportionally(sale.discount, weights);
        for (std::size_t i = 0; i < sale.lines.size(); ++i) {
            sale.lines[i].discount = shares[i];
            sale.lines[i].total -= shares[i];
        }
        sale.redeemedCouponCode = coupon->code;
        coupon.reset();
        ++m_summary.couponsRedeemed;
    }

    void issueComebackCoupon(const Visit& visit, SaleRecord& sale)
    {
        if (visit.customer < 0 || m_firstVisitDone[static_cast<std::size_t>(visit.customer)])
            return;
        m_firstVisitDone[static_cast<std::size_t>(visit.customer)] = true;
        CouponRecord coupon;
        coupon.uid = uidFrom(m_random);
        coupon.code = couponCode();
        coupon.ruleUid = m_comebackRuleUid;
        coupon.customerUid = sale.customerUid;
        coupon.discountKind = DiscountKind::Percent;
        coupon.discountValue = 1000;
        coupon.minimumSpend = Money::fromMinor(1000);
        coupon.validFromUtc = sale.createdAtUtc;
        coupon.validUntilUtc = sale.createdAtUtc.addDays(60);
        sale.issuedCoupon = coupon;
        m_openCoupon[static_cast<std::size_t>(visit.customer)] = coupon;
        ++m_summary.couponsIssued;
    }

    QString couponCode()
    {
        // Real codes under the store's key, so the demo's open coupons can be redeemed at the till.
        // A scaled store issues hundreds of thousands: draw again on the rare repeat, as the till does.
        QString code;
        do {
            code = couponcode::generate(m_sink.couponKey(), [this](int n) { return uniform(0, n - 1); });
        } while (m_codesIssued.contains(code));
        m_codesIssued.insert(code);
        return code;
    }

    void addPayments(SaleRecord& sale)
    {
        const int roll = uniform(1, 100);
        if (roll <= 35) {
            // Cash: the customer hands over the next note up.
            qint64 tendered = 0;
            for (qint64 note : {500, 1000, 2000, 5000}) {
                if (note >= sale.total.minor()) {
                    tendered = note;
                    break;
                }
            }
            if (tendered == 0)
                tendered = (sale.total.minor() / 5000 + 1) * 5000;
            sale.payments.push_back({Tender::Cash, sale.total, Money::fromMinor(tendered) - sale.total, {}});
        } else if (roll <= 95 || sale.total.minor() < 1000) {
            sale.payments.push_back({Tender::Card, sale.total, {}, u"AUTH%1"_s.arg(uniform(100000, 999999))});
        } else {
            const Money cash = Money::fromMinor(sale.total.minor() / 2 / 100 * 100);
            sale.payments.push_back({Tender::Cash, cash, {}, {}});
            sale.payments.push_back({Tender::Card, sale.total - cash, {}, u"AUTH%1"_s.arg(uniform(100000, 999999))});
        }
    }

    Result<void> countStock()
    {
        const QDateTime when = at(m_options.lastDay);
        for (const DemoProduct& product : m_products) {
            // A few items are sold out, as in any real shop.
            const qint64 counted = chance(6) ? 0 : uniform(1, 30);
            if (auto r = m_sink.countStock(product.uid, counted, when); !r)
                return r;
        }
        return {};
    }

    Result<void> addOfferRules()
    {
        OfferRuleRecord rule;
        rule.uid = uidFrom(m_random);
        rule.kind = u"comeback"_s;
        rule.name = u"Come back within 60 days: 10% off"_s;
        rule.parameters = u"percentBasisPoints=1000\nvalidDays=60\nminimumSpendMinor=1000"_s;
        rule.priority = 10;
        rule.createdAtUtc = at(m_firstDay);
        m_comebackRuleUid = rule.uid;
        return m_sink.addOfferRule(rule);
    }

    const DemoOptions& m_options;
    DemoStoreSink& m_sink;
    QRandomGenerator m_random;
    QDate m_firstDay;
    qint64 m_days;
    DemoSummary m_summary;
    QHash<QString, int> m_taxRates;
    std::vector<QString> m_cashierUids;
    std::vector<CategorySpec> m_categories;
    std::vector<QString> m_categoryUids;
    std::vector<DemoProduct> m_products;
    std::vector<std::vector<int>> m_productsByCategory;
    std::vector<QString> m_customerUids;
    std::vector<bool> m_firstVisitDone;
    std::vector<std::optional<CouponRecord>> m_openCoupon;
    QSet<QString> m_codesIssued;
    QString m_comebackRuleUid;
};

} // namespace

Result<DemoSummary> generateDemoStore(const DemoOptions& options, DemoStoreSink& sink)
{
    Generator generator(options, sink);
    return generator.run();
}

} // namespace ss::core
