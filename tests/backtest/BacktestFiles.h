// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarketSource.h"

#include <QFile>
#include <QList>
#include <QTemporaryDir>
#include <QTest>

// Input files written into a temporary folder, and the events a source gives, for the backtest
// tests.
struct BacktestFiles
{
    QTemporaryDir dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
            qFatal("cannot write the test file %s", qPrintable(path));
        }
        return path;
    }

    static QString data(const QString &name) { return QStringLiteral(TRD_TEST_DATA_DIR) + u'/' + name; }
};

inline QList<trd::backtest::MarketEvent> drain(trd::backtest::MarketSource &source, QString *error = nullptr)
{
    QList<trd::backtest::MarketEvent> events;
    trd::backtest::MarketEvent e;
    for (;;) {
        auto more = source.next(e);
        if (!more) {
            if (error) {
                *error = more.error().message;
            }
            return events;
        }
        if (!more.value()) {
            return events;
        }
        events.append(e);
    }
}
