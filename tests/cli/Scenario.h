// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScenarioRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

#include <memory>

// Builds and runs formats.md §2 scenarios in-process for the acceptance tests. Defaults are the
// acceptance cases' own: one-way mode, TESTUSDT (tick 0.01, step 0.001), leverage 10, tp 5,
// sl 20, threshold 5, maxTranches 3, maxIsolated 2, LIFO, management on, no fees or slippage.
class Scenario
{
public:
    explicit Scenario(const QJsonObject &symbolOverrides = {}, const QJsonObject &globalOverrides = {})
    {
        QJsonObject symbol { { QStringLiteral("enableTrancheManagement"), true }, { QStringLiteral("leverage"), 10 },
            { QStringLiteral("tpPercent"), 5 }, { QStringLiteral("slPercent"), 20 },
            { QStringLiteral("trancheIsolationThreshold"), 5 }, { QStringLiteral("maxTranches"), 3 },
            { QStringLiteral("maxIsolatedTranches"), 2 }, { QStringLiteral("allowTrancheWhileIsolated"), true },
            { QStringLiteral("trancheAutoCloseIsolated"), false },
            { QStringLiteral("closingStrategy"), QStringLiteral("LIFO") } };
        for (auto it = symbolOverrides.begin(); it != symbolOverrides.end(); ++it) {
            symbol.insert(it.key(), it.value());
        }
        QJsonObject global { { QStringLiteral("paperTakerFeePercent"), QStringLiteral("0") },
            { QStringLiteral("paperMakerFeePercent"), QStringLiteral("0") },
            { QStringLiteral("paperSlippageBps"), QStringLiteral("0") } };
        for (auto it = globalOverrides.begin(); it != globalOverrides.end(); ++it) {
            global.insert(it.key(), it.value());
        }
        const QJsonObject config { { QStringLiteral("symbols"),
                                       QJsonObject { { QStringLiteral("TESTUSDT"), symbol } } },
            { QStringLiteral("global"), global } };
        add({ { QStringLiteral("type"), QStringLiteral("config") }, { QStringLiteral("config"), config } });
        add({ { QStringLiteral("type"), QStringLiteral("symbol") },
            { QStringLiteral("symbol"), QStringLiteral("TESTUSDT") },
            { QStringLiteral("tickSize"), QStringLiteral("0.01") },
            { QStringLiteral("stepSize"), QStringLiteral("0.001") },
            { QStringLiteral("minQty"), QStringLiteral("0.001") },
            { QStringLiteral("minNotional"), QStringLiteral("0") } });
    }

    Scenario &add(const QJsonObject &line)
    {
        m_lines.append(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
        return *this;
    }
    Scenario &mark(const QString &price)
    {
        return add({ { QStringLiteral("type"), QStringLiteral("mark") },
            { QStringLiteral("symbol"), QStringLiteral("TESTUSDT") }, { QStringLiteral("price"), price } });
    }
    // "Enter LONG 1 @100": mark 100, then a MARKET entry of quantity 1.
    Scenario &enter(const QString &side, const QString &qty, const QString &price)
    {
        mark(price);
        return add({ { QStringLiteral("type"), QStringLiteral("enter") },
            { QStringLiteral("symbol"), QStringLiteral("TESTUSDT") }, { QStringLiteral("side"), side },
            { QStringLiteral("qty"), qty } });
    }
    Scenario &external(const QString &side, const QString &qty, const QString &price, const QString &fee = {})
    {
        QJsonObject line { { QStringLiteral("type"), QStringLiteral("external_fill") },
            { QStringLiteral("symbol"), QStringLiteral("TESTUSDT") }, { QStringLiteral("side"), side },
            { QStringLiteral("qty"), qty }, { QStringLiteral("price"), price } };
        if (!fee.isEmpty()) {
            line.insert(QStringLiteral("fee"), fee);
        }
        return add(line);
    }
    Scenario &exchangePosition(
        const QString &amount, const QString &entry, const QString &positionSide = QStringLiteral("BOTH"))
    {
        return add({ { QStringLiteral("type"), QStringLiteral("exchange_position") },
            { QStringLiteral("symbol"), QStringLiteral("TESTUSDT") }, { QStringLiteral("positionSide"), positionSide },
            { QStringLiteral("amount"), amount }, { QStringLiteral("entryPrice"), entry } });
    }
    Scenario &sync() { return add({ { QStringLiteral("type"), QStringLiteral("sync") } }); }
    Scenario &restart() { return add({ { QStringLiteral("type"), QStringLiteral("restart") } }); }
    Scenario &closeTranche(const QString &side, int index)
    {
        return add({ { QStringLiteral("type"), QStringLiteral("close_tranche") },
            { QStringLiteral("symbol"), QStringLiteral("TESTUSDT") }, { QStringLiteral("side"), side },
            { QStringLiteral("index"), index } });
    }

    // Runs the lines not yet run and returns the output document at this point.
    QJsonObject run(const QString &databasePath = {})
    {
        if (!m_runner) {
            m_runner = std::make_unique<trd::cli::ScenarioRunner>();
            const auto opened = m_runner->open(databasePath);
            if (!opened) {
                qFatal("cannot open the scenario store: %s", qPrintable(opened.error().message));
            }
        }
        for (; m_next < m_lines.size(); ++m_next) {
            const auto r = m_runner->runLine(m_lines[m_next].toUtf8(), int(m_next) + 1);
            if (!r) {
                qFatal("scenario line failed: %s", qPrintable(r.error().message));
            }
        }
        const auto out = m_runner->output();
        if (!out) {
            qFatal("no scenario output: %s", qPrintable(out.error().message));
        }
        return out.value();
    }
    trd::cli::ScenarioRunner *runner() const { return m_runner.get(); }
    QString text() const { return m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n'); }

    // Lookups in an output document.
    static QJsonObject tranche(const QJsonObject &out, int index, const QString &side = QStringLiteral("LONG"))
    {
        for (const QJsonValue &t : out.value(QStringLiteral("tranches")).toArray()) {
            const QJsonObject o = t.toObject();
            if (o.value(QStringLiteral("index")).toInt() == index
                && o.value(QStringLiteral("side")).toString() == side) {
                return o;
            }
        }
        return {};
    }
    static QList<QJsonObject> events(const QJsonObject &out, const QString &type)
    {
        QList<QJsonObject> result;
        for (const QJsonValue &e : out.value(QStringLiteral("events")).toArray()) {
            if (e.toObject().value(QStringLiteral("type")).toString() == type) {
                result.append(e.toObject());
            }
        }
        return result;
    }
    static QList<QJsonObject> ordersOf(const QJsonObject &out, const QString &trancheId)
    {
        QList<QJsonObject> result;
        for (const QJsonValue &o : out.value(QStringLiteral("openOrders")).toArray()) {
            if (o.toObject().value(QStringLiteral("trancheId")).toString() == trancheId) {
                result.append(o.toObject());
            }
        }
        return result;
    }
    static int count(const QJsonObject &out, const QString &array) { return int(out.value(array).toArray().size()); }

private:
    QStringList m_lines;
    qsizetype m_next = 0;
    std::unique_ptr<trd::cli::ScenarioRunner> m_runner;
};
