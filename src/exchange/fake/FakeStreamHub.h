// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fake/FakeCandles.h"
#include "fake/FakeHttp.h"
#include "money/Decimal.h"
#include "paper/PaperEvent.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QWebSocket;

namespace trd::exchange {

class PaperMatchingEngine;

// The WebSocket side of the fake exchange: user data streams (/ws/<listenKey>) fed from the
// engine's events, market streams (/ws/<streams>, /stream?streams=a/b) fed from its mark prices
// (marks, book tickers, and klines of the candles it keeps of them) and from injected
// liquidations, and the listenKey lifecycle. Everything is one account, so every user stream
// receives every account event. Like the real server it pings every connection, drops one that
// leaves a ping unanswered too long, and cuts every connection at its lifetime.
class FakeStreamHub : public QObject
{
    Q_OBJECT

public:
    using Now = std::function<qint64()>;

    FakeStreamHub(PaperMatchingEngine *engine, Now now, QObject *parent = nullptr);
    ~FakeStreamHub() override;

    // The paths a stream connection may open: /stream (combined), /ws and /ws/<name>... (raw).
    static bool isStreamPath(const QString &path);
    void accept(std::unique_ptr<QWebSocket> socket);
    void setTimings(const FakeStreamTimings &timings);

    // The account's listenKey: the active one if there is one (as the real exchange answers),
    // else a new one, valid 60 minutes.
    QString createListenKey();
    bool keepAliveListenKey(const QString &key);
    bool deleteListenKey(const QString &key);
    QStringList listenKeys() const { return m_listenKeyExpiry.keys(); }
    // Sends listenKeyExpired on every user stream and forgets the keys.
    void expireListenKeys();

    void publishLiquidation(const QJsonObject &order);
    // A symbol's best bid and ask: as quoted with setBookTicker, else the mark and a tick above
    // it; nothing for a symbol with neither.
    struct Book
    {
        core::Decimal bid;
        core::Decimal ask;
    };
    std::optional<Book> book(const QString &symbol) const;
    // Quotes the symbol's book: published on <symbol>@bookTicker at once, and from then on a
    // mark change no longer publishes a book derived from the mark.
    void setBookTicker(const QString &symbol, core::Decimal bid, core::Decimal ask);
    // The candles of the mark prices published so far, as the kline streams send them.
    const FakeCandles &candles() const { return m_candles; }
    void addCandleHistory(const QString &symbol, const QList<FakeCandles::Candle> &oneMinuteCandles)
    {
        m_candles.addHistory(symbol, oneMinuteCandles);
    }
    // While suppressed, engine order updates are answers to queries, not executions to stream.
    void setSuppressed(bool isSuppressed) { m_isSuppressed = isSuppressed; }

    // Faults.
    void dropAll();
    // Aborts only the user-data streams (isUser) or only the market streams.
    void dropKind(bool isUser);
    void sendMalformedFrame();
    // User-data frames held back (delayed) until released, then sent in order to the user
    // streams open at that moment; and every user-data frame sent twice, as a repeating network
    // path or a server retry would deliver it.
    void setUserFramesHeld(bool isHeld);
    void setUserFramesDuplicated(bool isDuplicated) { m_isUserDuplicated = isDuplicated; }
    int heldUserFrameCount() const { return int(m_heldUserFrames.size()); }

    int connectionCount() const { return int(m_connections.size()); }
    // Text frames sent on every connection so far: with what its clients received, a test knows
    // when nothing is on its way.
    qint64 framesSent() const { return m_framesSent; }

Q_SIGNALS:
    void connectionsChanged(int count);
    void pongReceived();

private:
    struct Connection
    {
        QWebSocket *socket = nullptr;
        QString listenKey; // empty: a market connection
        QStringList streams; // market stream names as subscribed
        bool isCombined = false;
        qint64 openedAt = 0; // server clock
        qint64 lastPingAt = 0;
        qint64 unansweredPingAt = 0; // 0: every ping answered
    };

    // The market streams this fake publishes; a SUBSCRIBE to any other is refused.
    static bool isServedStream(const QString &name);
    static bool looksLikeListenKey(const QString &name);
    void onEngineEvent(const PaperEvent &event);

public:
    // An account event the engine does not produce itself (a settings change, a margin call, an
    // announcement), sent to every user stream.
    void pushUserEvent(const QJsonObject &event) { sendUser(event); }

private:
    void onTextMessage(QWebSocket *socket, const QString &message);
    void remove(QWebSocket *socket);
    Connection *find(QWebSocket *socket);
    void sendUser(const QJsonObject &event);
    void deliverUser(const QString &text);
    void publishMarket(const QString &stream, const QJsonValue &payload);
    void publishMark(const QString &symbol, core::Decimal price, qint64 time);
    void publishBook(const QString &symbol, const Book &book, qint64 time);
    // Adds the mark to the symbol's candles; on each <symbol>@kline_<interval> someone listens
    // to, sends the candle the mark closed (if it opened a new one), then the open candle.
    void publishCandles(const QString &symbol, core::Decimal price, qint64 time);
    void send(QWebSocket *socket, const QString &text);
    void checkExpiry();
    // Pings, drops connections that do not pong, and cuts those that reached their lifetime.
    void checkConnections();

    PaperMatchingEngine *m_engine;
    Now m_now;
    int m_listenerId = 0;
    QList<Connection> m_connections;
    QHash<QString, qint64> m_listenKeyExpiry;
    QHash<QString, core::Decimal> m_marks;
    QHash<QString, Book> m_quotedBooks;
    FakeCandles m_candles;
    qint64 m_bookUpdateId = 1;
    bool m_isSuppressed = false;
    bool m_isUserHeld = false;
    bool m_isUserDuplicated = false;
    QStringList m_heldUserFrames;
    qint64 m_framesSent = 0;
    FakeStreamTimings m_timings;
    QTimer m_checkTimer;
};

} // namespace trd::exchange
