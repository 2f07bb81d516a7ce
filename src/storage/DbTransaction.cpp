// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbTransaction.h"

#include "Database.h"

using namespace Qt::Literals::StringLiterals;

namespace trd::storage {

DbTransaction::DbTransaction(Database &db)
    : m_db(db)
{
    auto begun = m_db.begin();
    m_active = begun.hasValue();
    if (!m_active) {
        m_beginError = begun.error();
    }
}

DbTransaction::~DbTransaction()
{
    if (m_active) {
        m_db.rollback();
    }
}

core::Result<void> DbTransaction::commit()
{
    if (!m_active) {
        return m_beginError.message.isEmpty()
            ? core::Error { u"committing on %1: the transaction is no longer open"_s.arg(m_db.path()) }
            : m_beginError;
    }
    m_active = false;
    return m_db.commit();
}

void DbTransaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_db.rollback();
    }
}

} // namespace trd::storage
