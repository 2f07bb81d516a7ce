// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeLog.h"

Q_LOGGING_CATEGORY(lcExchange, "trd.exchange")
