// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryTree.h"

#include <algorithm>
#include <functional>

namespace ss::core {

namespace {
bool hasControlCharacters(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

CategoryTree::CategoryTree(std::vector<CategoryNode> nodes)
    : m_nodes(std::move(nodes))
{ }

const CategoryNode* CategoryTree::find(const QString& uid) const
{
    const auto found
        = std::find_if(m_nodes.begin(), m_nodes.end(), [&](const CategoryNode& n) { return n.uid == uid; });
    return found == m_nodes.end() ? nullptr : &*found;
}

QString CategoryTree::path(const QString& uid) const
{
    QStringList names;
    // Bounded by the number of nodes, so a damaged file with a loop cannot hang the screen.
    const CategoryNode* node = find(uid);
    for (std::size_t steps = 0; node && steps <= m_nodes.size(); ++steps) {
        names.prepend(node->name);
        node = node->parentUid.isEmpty() ? nullptr : find(node->parentUid);
    }
    return names.join(QStringLiteral(" › "));
}

int CategoryTree::depth(const QString& uid) const
{
    int levels = 0;
    const CategoryNode* node = find(uid);
    for (std::size_t steps = 0; node && steps <= m_nodes.size(); ++steps) {
        ++levels;
        node = node->parentUid.isEmpty() ? nullptr : find(node->parentUid);
    }
    return levels;
}

std::vector<const CategoryNode*> CategoryTree::ordered() const
{
    std::vector<const CategoryNode*> out;
    const std::function<void(const QString&, int)> visit = [&](const QString& parent, int level) {
        std::vector<const CategoryNode*> children;
        for (const CategoryNode& n : m_nodes)
            if (n.parentUid == parent && (parent.isEmpty() || find(parent)))
                children.push_back(&n);
        std::sort(children.begin(), children.end(), [](const CategoryNode* a, const CategoryNode* b) {
            return a->name.compare(b->name, Qt::CaseInsensitive) < 0;
        });
        for (const CategoryNode* child : children) {
            out.push_back(child);
            if (level < kMaxDepth * 2) // a loop in a damaged file stops here
                visit(child->uid, level + 1);
        }
    };
    visit(QString(), 0);
    // Orphans (a parent that no longer exists) are still listed, at the end.
    for (const CategoryNode& n : m_nodes)
        if (std::find(out.begin(), out.end(), &n) == out.end())
            out.push_back(&n);
    return out;
}

int CategoryTree::subtreeHeight(const QString& uid, int level) const
{
    int height = 1;
    if (level > kMaxDepth * 2) // a loop in a damaged file
        return height;
    for (const CategoryNode& n : m_nodes)
        if (n.parentUid == uid && n.uid != uid)
            height = std::max(height, 1 + subtreeHeight(n.uid, level + 1));
    return height;
}

std::optional<QString> CategoryTree::problem(const QString& uid, const QString& name, const QString& parentUid) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("The category needs a name.");
    if (trimmed.size() > kMaxName || hasControlCharacters(trimmed))
        return tr("A category name must be at most %1 characters, without control characters.").arg(kMaxName);
    if (!uid.isEmpty() && !find(uid))
        return tr("That category no longer exists.");
    if (!parentUid.isEmpty()) {
        if (!find(parentUid))
            return tr("The category it should go under no longer exists.");
        // Walking up from the new parent must never reach the category itself.
        const CategoryNode* up = find(parentUid);
        for (std::size_t steps = 0; up && steps <= m_nodes.size(); ++steps) {
            if (up->uid == uid)
                return tr("A category cannot go inside itself or one of its subcategories.");
            up = up->parentUid.isEmpty() ? nullptr : find(up->parentUid);
        }
    }
    const int height = uid.isEmpty() ? 1 : subtreeHeight(uid);
    if ((parentUid.isEmpty() ? 0 : depth(parentUid)) + height > kMaxDepth)
        return tr("Categories go at most %1 levels deep.").arg(kMaxDepth);
    for (const CategoryNode& n : m_nodes)
        if (n.uid != uid && n.parentUid == parentUid && n.name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("There is already a category \"%1\" there.").arg(n.name);
    return std::nullopt;
}

QString CategoryTree::referencedElsewhere()
{
    return tr("Offers, coupons or customers' interests refer to this category, so it stays. Rename it instead.");
}

std::optional<QString> CategoryTree::removalProblem(const QString& uid) const
{
    const CategoryNode* node = find(uid);
    if (!node)
        return tr("That category no longer exists.");
    if (node->productCount > 0)
        return tr("%n product(s) are in \"%1\": move them to another category first.", nullptr,
            static_cast<int>(node->productCount))
            .arg(node->name);
    for (const CategoryNode& n : m_nodes)
        if (n.parentUid == uid)
            return tr("\"%1\" has subcategories: move or remove them first.").arg(node->name);
    return std::nullopt;
}

} // namespace ss::core
