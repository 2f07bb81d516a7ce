// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "fake/FakeCandles.h"
#include "fake/FakeFaults.h"
#include "fake/FakeHttp.h"
#include "market/Liquidation.h"
#include "market/SymbolFilters.h"
#include "money/Decimal.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace trd::exchange {

class FakeAdmin;
class FakeHttpListener;
class FakeRestHandlers;
class FakeStreamHub;
class PaperMatchingEngine;

// A Binance-USDⓈ-M-compatible exchange on 127.0.0.1 (exchange.md "What a faithful fake exchange
// does"): REST and WebSocket over the paper matching engine, with signatures and recvWindow
// verified, request weights reported, and faults a test can arm. The engine and the clock are
// not owned and must outlive the server.
class FakeExchangeServer : public QObject
{
    Q_OBJECT

public:
    using Settings = FakeExchangeSettings;
    using Failure = FakeFaults::Failure;

    FakeExchangeServer(
        PaperMatchingEngine *engine, const core::Clock *clock, Settings settings, QObject *parent = nullptr);
    ~FakeExchangeServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one. Returns the port.
    core::Result<quint16> listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl restBase() const; // http://127.0.0.1:port
    QUrl streamBase() const; // ws://127.0.0.1:port
    // The server's time: the injected clock moved by advanceClock.
    qint64 nowMs() const;
    PaperMatchingEngine *engine() const { return m_engine; }

    // Market scripting.
    void declareSymbol(const core::SymbolFilters &filters);
    void setMarkPrice(const QString &symbol, core::Decimal price);
    // Closed 1-minute candles of the symbol's past, served by GET /fapi/v1/klines before the
    // candles of the marks set since (a download test needs more than one page of history).
    void addCandleHistory(const QString &symbol, const QList<FakeCandles::Candle> &oneMinuteCandles);
    // Quotes the symbol's best bid and ask (bookTicker stream and REST); from then on a mark
    // change no longer moves the symbol's book.
    void setBookTicker(const QString &symbol, core::Decimal bid, core::Decimal ask);
    // A forceOrder "o" object; missing fields get the real stream's constants (LIMIT, IOC, FILLED).
    void publishLiquidation(QJsonObject order);
    void publishLiquidation(const core::Liquidation &liquidation);

    // Faults. failNext answers the next `count` matching requests with the status and the real
    // exchange's body (429 and 418 with Retry-After).
    void failNext(const Failure &failure);
    void failNextRequests(int httpStatus, int count = 1, int retryAfterSeconds = 0);
    void setAnswerDelay(int ms);
    void dropStreams();
    // Only the user-data streams, or only the market streams.
    void dropUserStreams();
    void dropMarketStreams();
    // User-data events held back until released (then sent in order), and user-data events sent
    // twice; clearFaults ends both.
    void holdUserEvents();
    void releaseUserEvents();
    void setUserEventsDuplicated(bool isDuplicated);
    void sendMalformedFrame();
    void rejectNextOrder(int code, const QString &message);
    void expireListenKeys();
    // Faults an account can see without an order of ours: the settings changed elsewhere
    // (ACCOUNT_CONFIG_UPDATE "ai"), a MARGIN_CALL over the open positions, an announcement.
    void pushAccountSettings(std::optional<bool> isHedge, std::optional<bool> isMultiAssets);
    void pushMarginCall();
    void pushAnnouncement(const QString &title, const QString &category, const QString &body = {});
    // Funding now, off the 8-hour schedule: every open position of the symbol pays (a long at a
    // positive rate) or receives `rate` (a fraction) of its notional at the mark — an
    // ACCOUNT_UPDATE "FUNDING_FEE" and a FUNDING_FEE income row per position, as Aster settles it.
    void chargeFunding(const QString &symbol, core::Decimal rate);
    // When streams are pinged, dropped for not ponging, and cut (FakeExchangeSettings::streams).
    void setStreamTimings(const FakeStreamTimings &timings);
    void advanceClock(qint64 ms);
    void clearFaults();

    QStringList listenKeys() const;
    int streamConnectionCount() const;
    // Text frames sent on every stream so far; a test that counts what its clients received
    // knows when nothing is on its way.
    qint64 streamFramesSent() const;

Q_SIGNALS:
    void streamConnectionsChanged(int count);
    // A stream client answered the server's ping.
    void streamPongReceived();
    // Every REST request in the order it arrived, as answered (admin ones too): whether it carried
    // a signature, and the status of the answer.
    void requestServed(const QString &method, const QString &path, bool isSigned, int status);

private:
    FakeResponse dispatch(const FakeRequest &request);

    PaperMatchingEngine *m_engine;
    const core::Clock *m_clock;
    std::unique_ptr<FakeFaults> m_faults;
    FakeStreamHub *m_hub;
    std::unique_ptr<FakeRestHandlers> m_rest;
    std::unique_ptr<FakeAdmin> m_admin;
    FakeHttpListener *m_http;
    quint16 m_port = 0;
};

} // namespace trd::exchange
