// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue's rules: the category tree (paths, order, the changes that would break it) and margins.
#include "catalog/CategoryTree.h"
#include "catalog/PriceChange.h"

#include <catch2/catch.hpp>

using namespace ss::core;

namespace {
CategoryTree shop()
{
    return CategoryTree({
        {QStringLiteral("t"), QStringLiteral("Trains"), {}, 0},
        {QStringLiteral("l"), QStringLiteral("Locomotives"), QStringLiteral("t"), 3},
        {QStringLiteral("d"), QStringLiteral("Diesel"), QStringLiteral("l"), 5},
        {QStringLiteral("s"), QStringLiteral("Scenery"), {}, 2},
        {QStringLiteral("a"), QStringLiteral("Accessories"), QStringLiteral("t"), 0},
    });
}
} // namespace

TEST_CASE("Category tree: paths and tree order", "[catalog][categories]")
{
    const CategoryTree tree = shop();
    CHECK(tree.path(QStringLiteral("d")) == QStringLiteral("Trains › Locomotives › Diesel"));
    CHECK(tree.depth(QStringLiteral("d")) == 3);
    QStringList order;
    for (const CategoryNode* node : tree.ordered())
        order << node->name;
    CHECK(order
        == QStringList {QStringLiteral("Scenery"), QStringLiteral("Trains"), QStringLiteral("Accessories"),
            QStringLiteral("Locomotives"), QStringLiteral("Diesel")});
}

TEST_CASE("Category tree: the changes it refuses", "[catalog][categories]")
{
    const CategoryTree tree = shop();
    CHECK_FALSE(tree.problem({}, QStringLiteral("Electric"), QStringLiteral("l")));
    CHECK(tree.problem({}, QStringLiteral("  "), {}));
    CHECK(tree.problem({}, QStringLiteral("bad\u0007name"), {}));
    CHECK(tree.problem({}, QStringLiteral("diesel"), QStringLiteral("l"))->contains(QStringLiteral("already")));
    CHECK_FALSE(tree.problem({}, QStringLiteral("Diesel"), {})); // the same name elsewhere is fine
    CHECK(tree.problem(QStringLiteral("t"), QStringLiteral("Trains"), QStringLiteral("d"))
              ->contains(QStringLiteral("itself")));
    CHECK(tree.problem(QStringLiteral("l"), QStringLiteral("Locomotives"), QStringLiteral("l")));
    CHECK_FALSE(tree.problem(QStringLiteral("l"), QStringLiteral("Locos"), QStringLiteral("s"))); // moved and renamed
    CHECK(tree.problem({}, QStringLiteral("X"), QStringLiteral("gone")));
    CHECK(tree.removalProblem(QStringLiteral("l"))->contains(QStringLiteral("3 product")));
    CHECK(tree.removalProblem(QStringLiteral("t"))->contains(QStringLiteral("subcategories")));
    CHECK_FALSE(tree.removalProblem(QStringLiteral("a")));

    // Six levels at most, counting what moves with a category.
    std::vector<CategoryNode> deep;
    QString parent;
    for (int level = 0; level < CategoryTree::kMaxDepth; ++level) {
        deep.push_back({QString::number(level), QStringLiteral("Level %1").arg(level), parent, 0});
        parent = QString::number(level);
    }
    const CategoryTree tall(deep);
    CHECK(tall.problem({}, QStringLiteral("Too deep"), parent));
    CHECK_FALSE(tall.problem({}, QStringLiteral("Fine"), QStringLiteral("4")));

    // A damaged file with a loop never hangs the screen.
    const CategoryTree loop({{QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("y"), 0},
        {QStringLiteral("y"), QStringLiteral("Y"), QStringLiteral("x"), 0}});
    CHECK_FALSE(loop.path(QStringLiteral("x")).isEmpty());
    CHECK(loop.ordered().size() == 2);
    CHECK(loop.problem(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("y")));
}

TEST_CASE("Margin on the price without tax, in whole basis points", "[catalog][margin]")
{
    CatalogRow row;
    row.price = Money::fromMinor(1200); // 10.00 + 20 % VAT
    row.taxRateBasisPoints = 2000;
    row.taxInclusive = true;
    CHECK_FALSE(marginBasisPoints(row).has_value()); // no cost known: no margin, not 100 %
    row.cost = Money::fromMinor(600);
    CHECK(marginBasisPoints(row) == 4000);
    row.taxInclusive = false; // 12.00 before tax
    CHECK(marginBasisPoints(row) == 5000);
    row = {};
    row.price = Money::fromMinor(120);
    row.taxRateBasisPoints = 2000;
    row.cost = Money::fromMinor(150); // sold below cost
    CHECK(marginBasisPoints(row) == -5000);
    row.price = Money::fromMinor(999);
    row.taxRateBasisPoints = 0;
    row.cost = Money::fromMinor(333);
    CHECK(marginBasisPoints(row) == 6667); // 66.666… rounds half up
    row.price = {};
    CHECK_FALSE(marginBasisPoints(row).has_value());
}
