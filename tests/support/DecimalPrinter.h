// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Decimal.h"

#include <QTest>

namespace trd::core {

// Lets QCOMPARE print both values of a failed comparison of engine types.
inline char *toString(const Decimal &value)
{
    return QTest::toString(value.toString());
}

// The engine's enumerations cannot get printers here: ADL finds core::toString(enum), which
// returns QString, ahead of QTest's. Compare them by their text: QCOMPARE(toString(a), toString(b)).

} // namespace trd::core
