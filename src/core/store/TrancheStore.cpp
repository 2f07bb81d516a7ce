// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/TrancheStore.h"

namespace trd::core {

TrancheStore::~TrancheStore() = default;

StoreTransaction::StoreTransaction(TrancheStore *store)
    : m_store(store)
{
    if (m_store) {
        m_open = m_store->begin().hasValue();
    }
}

StoreTransaction::~StoreTransaction()
{
    if (m_open) {
        m_store->rollback();
    }
}

Result<void> StoreTransaction::commit()
{
    if (!m_open) {
        return {};
    }
    m_open = false;
    return m_store->commit();
}

} // namespace trd::core
