// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/Exchange.h"

namespace trd::core {

Exchange::~Exchange() = default;

} // namespace trd::core
