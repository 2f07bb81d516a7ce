// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqliteTrancheStore.h"
#include "config/AppConfig.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"
#include "session/DeskSession.h"
#include "settings/SecretStore.h"
#include "tranche/TrancheManager.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace trd::ui::test {

using namespace Qt::Literals::StringLiterals;

// The real engine on the paper exchange and a SQLite store in a temporary folder, with a
// manual clock: what the application composes, minus the demo market and the hunter.
struct UiTestRig
{
    QTemporaryDir dir;
    core::ManualClock clock { 1'767'225'600'000 }; // 2026-01-01
    std::unique_ptr<exchange::PaperMatchingEngine> engine;
    std::unique_ptr<storage::SqliteTrancheStore> store;
    std::unique_ptr<exchange::PaperExchange> exchange;
    std::unique_ptr<core::TrancheManager> manager;
    MemorySecretStore secrets;
    std::unique_ptr<DeskSession> session;

    static core::AppConfig sampleConfig()
    {
        core::AppConfig config;
        for (const QString &symbol : { u"BTCUSDT"_s, u"ETHUSDT"_s }) {
            core::SymbolConfig s;
            s.enableTrancheManagement = true;
            s.maxTranches = 5;
            s.maxIsolatedTranches = 3;
            s.trancheIsolationThreshold = core::Decimal::fromInt(5);
            s.tpPercent = core::Decimal::fromInt(1);
            s.slPercent = core::Decimal::fromInt(10);
            config.symbols.insert(symbol, s);
        }
        config.global.positionMode = core::PositionMode::Hedge;
        return config;
    }

    explicit UiTestRig(const core::AppConfig &config = sampleConfig())
    {
        QCoreApplication::setOrganizationName(u"TrancheDeskTests"_s);
        QCoreApplication::setApplicationName(u"TrancheDeskTests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        engine = std::make_unique<exchange::PaperMatchingEngine>(&clock);
        auto settings = engine->settings();
        settings.positionMode = config.global.positionMode;
        engine->setSettings(settings);
        auto opened = storage::SqliteTrancheStore::open(dir.filePath(u"store.sqlite"_s));
        if (!opened) {
            qFatal("store: %s", qPrintable(opened.error().message));
        }
        store = std::move(opened).value();
        exchange = std::make_unique<exchange::PaperExchange>(engine.get());
        manager = std::make_unique<core::TrancheManager>(exchange.get(), store.get(), &clock);
        manager->setConfig(config);
        if (auto started = manager->start(); !started) {
            qFatal("start: %s", qPrintable(started.error().message));
        }
        session = std::make_unique<DeskSession>(manager.get(), store.get(), &secrets, dir.filePath(u"config.json"_s));
        session->setInitialConfig(config);
    }

    void mark(const QString &symbol, const char *price)
    {
        clock.advanceMs(1000);
        engine->setMarkPrice(symbol, core::Decimal::fromString(QString::fromLatin1(price)));
    }

    core::EntryDecision enter(const QString &symbol, core::Side side, const char *quantity)
    {
        core::EntryRequest request;
        request.symbol = symbol;
        request.side = side;
        request.quantity = core::Decimal::fromString(QString::fromLatin1(quantity));
        request.type = core::OrderType::Market;
        clock.advanceMs(1000);
        return manager->enter(request);
    }
};

} // namespace trd::ui::test
