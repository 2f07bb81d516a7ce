// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

namespace trd::storage {

class Database;

// A transaction for the scope, nested inside any that is already open; rolled back unless
// committed. Check isActive() after construction: BEGIN can fail (disk full, locked file).
class DbTransaction
{
public:
    explicit DbTransaction(Database &db);
    ~DbTransaction();
    DbTransaction(const DbTransaction &) = delete;
    DbTransaction &operator=(const DbTransaction &) = delete;

    bool isActive() const { return m_active; }
    const core::Error &beginError() const { return m_beginError; }

    core::Result<void> commit();
    void rollback();

private:
    Database &m_db;
    core::Error m_beginError;
    bool m_active = false;
};

} // namespace trd::storage
