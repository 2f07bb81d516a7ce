// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/ExchangeBracketTable.h"

#include <QMutexLocker>

namespace trd::exchange {

void ExchangeBracketTable::set(const QString &symbol, const LeverageBrackets &brackets)
{
    QMutexLocker lock(&m_mutex);
    m_brackets.insert(symbol, brackets);
}

std::optional<LeverageBrackets> ExchangeBracketTable::brackets(const QString &symbol) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_brackets.constFind(symbol);
    return it == m_brackets.cend() ? std::nullopt : std::optional<LeverageBrackets>(*it);
}

std::optional<core::Decimal> ExchangeBracketTable::firstBracketRate(const QString &symbol) const
{
    const auto table = brackets(symbol);
    if (!table || table->isEmpty()) {
        return std::nullopt;
    }
    return table->brackets().first().maintenanceMarginRate;
}

} // namespace trd::exchange
