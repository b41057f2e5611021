// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace ss::core {

/// A category as the tree shows it.
struct CategoryNode
{
    QString uid;
    QString name;
    QString parentUid; ///< Empty at the top level.
    qint64 productCount = 0; ///< Products directly in it (not in its subcategories).
};

/// The shop's categories as a tree (Trains › Locomotives › Diesel): paths for lists and the rules
/// a change meets, so a category never ends up inside itself.
class CategoryTree
{
    Q_DECLARE_TR_FUNCTIONS(CategoryTree)

public:
    static constexpr int kMaxName = 120;
    static constexpr int kMaxDepth = 6;

    explicit CategoryTree(std::vector<CategoryNode> nodes);

    [[nodiscard]] const std::vector<CategoryNode>& nodes() const { return m_nodes; }
    [[nodiscard]] const CategoryNode* find(const QString& uid) const;
    /// "Trains › Locomotives": the names from the top down to `uid`.
    [[nodiscard]] QString path(const QString& uid) const;
    /// The categories in tree order (each parent before its children, siblings by name).
    [[nodiscard]] std::vector<const CategoryNode*> ordered() const;
    [[nodiscard]] int depth(const QString& uid) const;

    /// What is wrong with naming `uid` (empty: a new category) `name` under `parentUid`, in words;
    /// nullopt when it may be saved. Covers empty or over-long names, control characters, a sibling
    /// of the same name, an unknown parent, a category moved under itself, and too deep a tree.
    [[nodiscard]] std::optional<QString> problem(
        const QString& uid, const QString& name, const QString& parentUid) const;
    /// Why `uid` cannot be removed (products or subcategories in it); nullopt when it can.
    [[nodiscard]] std::optional<QString> removalProblem(const QString& uid) const;
    /// Said when the store refuses a removal because offers, coupons or customers' interests name it.
    [[nodiscard]] static QString referencedElsewhere();

private:
    [[nodiscard]] int subtreeHeight(const QString& uid, int level = 0) const;

    std::vector<CategoryNode> m_nodes;
};

} // namespace ss::core
