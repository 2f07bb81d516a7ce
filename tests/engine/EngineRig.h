// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/ControlClient.h"
#include "control/ControlServer.h"
#include "control/TokenStore.h"
#include "host/EngineHost.h"
#include "secrets/SecretStore.h"
#include "tranche/TrancheManager.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace trd::engine::test {

// An engine in PAPER on the demo market, in a data folder of its own, served on 127.0.0.1 with a
// control and a watch token; clients made on demand.
struct EngineRig
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    TokenStore tokens { QDir(dir.path()).filePath(QStringLiteral("tokens.json")) };
    QString controlToken;
    QString watchToken;
    std::unique_ptr<EngineHost> host;
    std::unique_ptr<ControlServer> server;
    ControlServer::Settings settings;
    std::vector<std::unique_ptr<ControlClient>> clients;
    // Changes the engine's options before each start (LIVE's exchange, say).
    std::function<void(EngineOptions &)> customize;

    EngineRig()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        controlToken = tokens.add(QStringLiteral("desk"), TokenStore::Role::Control).value();
        watchToken = tokens.add(QStringLiteral("phone"), TokenStore::Role::Watch).value();
        settings.port = 0;
        settings.failedAuthDelayMs = 50;
        settings.markIntervalMs = 200;
    }

    EngineOptions options() const
    {
        EngineOptions o;
        o.dataDir = dir.path();
        o.seed = 11;
        o.demoIntervalMs = 100;
        if (customize) {
            customize(o);
        }
        return o;
    }

    // Starts (or restarts, on the same port) the engine and its server.
    bool start()
    {
        host = std::make_unique<EngineHost>(options(), &secrets);
        if (!host->start()) {
            return false;
        }
        // Only the trades a test makes: the hunter waits, and the demo market's bursts neither
        // isolate nor close them while a test looks.
        host->setEntriesPaused(true);
        core::AppConfig config = host->config();
        for (core::SymbolConfig &symbol : config.symbols) {
            symbol.tpPercent = core::Decimal::fromInt(500);
            symbol.trancheIsolationThreshold = core::Decimal::fromInt(8);
            symbol.slPercent = core::Decimal::fromInt(9);
        }
        if (!host->applyConfig(config)) {
            return false;
        }
        server = std::make_unique<ControlServer>(host.get(), &tokens, settings);
        if (!server->listen()) {
            return false;
        }
        settings.port = server->port();
        return true;
    }

    void stop()
    {
        server.reset();
        host->stop();
        host.reset();
    }

    ControlClient *client(const QString &token, const QString &name, int reconnectMs = 100, QUrl url = {})
    {
        ControlClient::Settings s;
        s.url = url.isEmpty() ? server->url() : url;
        s.token = token;
        s.name = name;
        s.reconnectMs = reconnectMs;
        clients.push_back(std::make_unique<ControlClient>(s));
        clients.back()->open();
        return clients.back().get();
    }

    // A client that has its first snapshot, or null.
    ControlClient *ready(const QString &token, const QString &name, int reconnectMs = 100, const QUrl &url = {})
    {
        ControlClient *c = client(token, name, reconnectMs, url);
        return QTest::qWaitFor([c] { return c->snapshotCount() >= 1; }, 30000) ? c : nullptr;
    }

    core::TrancheManager *manager() const { return host->manager(); }

    // A long market entry on BTCUSDT, filled by the paper exchange at the demo market's mark.
    bool trade()
    {
        const QString symbol = QStringLiteral("BTCUSDT");
        if (!QTest::qWaitFor([&] { return manager()->markPrice(symbol).has_value(); }, 20000)) {
            return false;
        }
        core::EntryRequest entry;
        entry.symbol = symbol;
        entry.quantity = core::Decimal::fromString(QStringLiteral("0.01"));
        const auto decision = manager()->enter(entry);
        return decision.isAccepted
            && QTest::qWaitFor([&] { return manager()->openTranche(decision.trancheId).has_value(); }, 20000);
    }

    QStringList openIds() const
    {
        QStringList ids;
        for (const core::Tranche &t : manager()->openTranches()) {
            ids << t.id;
        }
        ids.sort();
        return ids;
    }

    static QStringList openIds(const ControlClient &client)
    {
        QStringList ids;
        for (const QJsonObject &t : client.openTranches()) {
            ids << t.value(QStringLiteral("id")).toString();
        }
        ids.sort();
        return ids;
    }

    // Every event id once, each the one after the last: nothing missing, nothing doubled.
    static bool isContiguous(const QList<qint64> &ids)
    {
        for (qsizetype i = 1; i < ids.size(); ++i) {
            if (ids[i] != ids[i - 1] + 1) {
                qWarning("event %lld follows %lld", ids[i], ids[i - 1]);
                return false;
            }
        }
        return true;
    }
};

} // namespace trd::engine::test
