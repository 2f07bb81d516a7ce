// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FakeStore.h"
#include "HunterTally.h"
#include "common/Clock.h"
#include "hunter/LiquidationHunter.h"
#include "paper/PaperExchange.h"
#include "paper/PaperMatchingEngine.h"
#include "tranche/TrancheManager.h"

// The hunter, a TrancheManager and the paper exchange wired as the application wires them, on a
// ManualClock, with the invariants of issue 4 (HunterTally) checked on demand.
struct PaperRig : HunterTally
{
    trd::core::ManualClock clock;
    trd::exchange::PaperMatchingEngine engine;
    trd::exchange::PaperExchange exchange;
    trd::test::FakeStore store;
    trd::core::TrancheManager manager;
    trd::core::LiquidationHunter hunter;

    static trd::exchange::PaperMatchingEngine::Settings settings(trd::core::PositionMode mode)
    {
        trd::exchange::PaperMatchingEngine::Settings s;
        s.positionMode = mode;
        return s;
    }

    PaperRig(qint64 startMs, trd::core::PositionMode mode = trd::core::PositionMode::OneWay)
        : clock(startMs)
        , engine(&clock, settings(mode))
        , exchange(&engine)
        , manager(&exchange, &store, &clock)
        , hunter(&manager, &exchange, &clock)
    {
        hunter.setTimersEnabled(false);
        QObject::connect(
            &exchange, &trd::core::Exchange::markPriceUpdated, &hunter, &trd::core::LiquidationHunter::onMarkPrice);
        watch(&manager, &hunter);
    }

    void configure(const trd::core::AppConfig &config)
    {
        manager.setConfig(config);
        QVERIFY(manager.start());
        hunter.setConfig(config);
    }

    void checkBooks() { HunterTally::checkBooks(engine, manager); }
};
