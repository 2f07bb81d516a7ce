// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageLog.h"

Q_LOGGING_CATEGORY(lcStorage, "trd.storage")
