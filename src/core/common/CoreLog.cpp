// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CoreLog.h"

Q_LOGGING_CATEGORY(lcCore, "trd.core")
Q_LOGGING_CATEGORY(lcTranche, "trd.core.tranche")
