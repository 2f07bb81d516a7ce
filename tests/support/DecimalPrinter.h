// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"

#include <QTest>

namespace trd::core {

// Lets QCOMPARE print both values of a failed Decimal comparison.
inline char *toString(const Decimal &value)
{
    return QTest::toString(value.toString());
}

} // namespace trd::core
