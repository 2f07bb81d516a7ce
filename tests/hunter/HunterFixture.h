// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DecimalPrinter.h"
#include "FakeExchange.h"
#include "FakeStore.h"
#include "common/Clock.h"
#include "hunter/LiquidationHunter.h"
#include "tranche/TrancheManager.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// The hunter over a TrancheManager and a scripted FakeExchange, on a ManualClock: TESTUSDT
// (tick 0.01, step 0.001, minQty 0.001, minNotional 5) marked at 100 with a book of 99.99/100.01,
// 10,000 USDT available, tradeSize 10 at leverage 10 (a notional of 100).
struct HunterFixture
{
    static constexpr qint64 kStart = 1'733'300'000'000; // 2024-12-04, an ordinary epoch time

    std::unique_ptr<trd::core::ManualClock> clock;
    std::unique_ptr<trd::test::FakeExchange> ex;
    std::unique_ptr<trd::test::FakeStore> store;
    std::unique_ptr<trd::core::TrancheManager> tm;
    std::unique_ptr<trd::core::LiquidationHunter> hunter;
    trd::core::AppConfig config;

    static trd::core::Decimal d(QStringView text) { return trd::core::Decimal::fromString(text); }

    static trd::core::SymbolFilters filters(const QString &symbol)
    {
        trd::core::SymbolFilters f;
        f.symbol = symbol;
        f.tickSize = d(u"0.01");
        f.stepSize = d(u"0.001");
        f.minQty = d(u"0.001");
        f.minNotional = d(u"5");
        return f;
    }

    HunterFixture()
    {
        config.symbols.insert(QStringLiteral("TESTUSDT"), trd::core::SymbolConfig {});
        config.symbols.insert(QStringLiteral("OTHERUSDT"), trd::core::SymbolConfig {});
    }

    // Builds everything over `config` as it stands.
    void start()
    {
        clock = std::make_unique<trd::core::ManualClock>(kStart);
        ex = std::make_unique<trd::test::FakeExchange>();
        store = std::make_unique<trd::test::FakeStore>();
        ex->setFilters(filters(QStringLiteral("TESTUSDT")));
        ex->setFilters(filters(QStringLiteral("OTHERUSDT")));
        tm = std::make_unique<trd::core::TrancheManager>(ex.get(), store.get(), clock.get());
        tm->setConfig(config);
        QVERIFY(tm->start());
        hunter = std::make_unique<trd::core::LiquidationHunter>(tm.get(), ex.get(), clock.get());
        hunter->setTimersEnabled(false);
        hunter->setConfig(config);
        QObject::connect(
            ex.get(), &trd::core::Exchange::markPriceUpdated, hunter.get(), &trd::core::LiquidationHunter::onMarkPrice);
        mark(QStringLiteral("TESTUSDT"), d(u"100"));
        mark(QStringLiteral("OTHERUSDT"), d(u"100"));
        hunter->onBookTicker(QStringLiteral("TESTUSDT"), d(u"99.99"), d(u"100.01"));
        balance(d(u"10000"));
    }

    void mark(const QString &symbol, trd::core::Decimal price) { ex->mark(symbol, price); }
    void balance(trd::core::Decimal available) { Q_EMIT ex->balanceUpdated(available, available); }

    static trd::core::Liquidation liquidation(const QString &side, QStringView price, QStringView quantity,
        const QString &symbol = QStringLiteral("TESTUSDT"))
    {
        trd::core::Liquidation l;
        l.symbol = symbol;
        l.side = *trd::core::orderSideFromString(side);
        l.price = d(price);
        l.averagePrice = l.price;
        l.quantity = d(quantity);
        return l;
    }
    void feed(trd::core::Liquidation l)
    {
        l.time = clock->nowMs();
        hunter->onLiquidation(l);
    }

    // Entry orders sent so far (the fake exchange also records protective and close orders).
    QList<trd::core::OrderRequest> entries() const
    {
        QList<trd::core::OrderRequest> result;
        for (const auto &r : ex->placed) {
            if (r.clientOrderId.startsWith(QStringLiteral("tdE"))) {
                result.append(r);
            }
        }
        return result;
    }

    // An open tranche made outside the hunter: a MARKET entry filled at once.
    void openTranche(const QString &symbol, trd::core::Side side, const char16_t *quantity, const char16_t *price)
    {
        trd::core::EntryRequest request;
        request.symbol = symbol;
        request.side = side;
        request.quantity = d(quantity);
        const auto decision = tm->enter(request);
        QVERIFY2(decision.isAccepted, qPrintable(decision.reason));
        ex->acknowledge(decision.clientOrderId);
        ex->fill(decision.clientOrderId, d(quantity), d(price));
    }

    QString lastRefusalEvent() const
    {
        for (auto it = store->eventLog.crbegin(); it != store->eventLog.crend(); ++it) {
            if (it->type == trd::core::EventType::EntryRefused) {
                return it->reason;
            }
        }
        return {};
    }
};
