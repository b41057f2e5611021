// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffRules.h"

namespace ss::core {

std::optional<QString> StaffRules::mayGiveRole(Role actor, Role role)
{
    if (actor == Role::Owner)
        return std::nullopt;
    if (actor == Role::Manager && role == Role::Cashier)
        return std::nullopt;
    return actor == Role::Manager ? tr("Only the owner may make managers and owners.")
                                  : tr("Only a manager or the owner may look after staff accounts.");
}

std::optional<QString> StaffRules::mayChange(Role actor, const StaffMember& target)
{
    if (actor == Role::Owner)
        return std::nullopt;
    if (actor == Role::Manager && target.record.role == Role::Cashier)
        return std::nullopt;
    return actor == Role::Manager ? tr("A manager may change cashiers' accounts only.")
                                  : tr("Only a manager or the owner may look after staff accounts.");
}

std::optional<QString> StaffRules::keepsAnOwner(int ownersLeft)
{
    if (ownersLeft > 0)
        return std::nullopt;
    return tr("The shop must keep at least one active owner.");
}

std::optional<QString> StaffRules::nameProblem(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Type the person's name: it shows on the log-in screen.");
    if (trimmed.size() > 60
        || std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("A name is at most 60 characters, without control characters.");
    return std::nullopt;
}

} // namespace ss::core
