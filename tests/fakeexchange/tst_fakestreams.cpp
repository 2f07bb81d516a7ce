// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecimalPrinter.h"
#include "FakeExchangeFixture.h"
#include "protocol/RestParser.h"
#include "protocol/StreamParser.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

using namespace trd::core;
using namespace trd::exchange;
using namespace trd::exchange::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The frames a client socket received so far, as text.
QByteArray frame(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).toString().toUtf8();
}

template<typename T>
const T *eventAt(const QSignalSpy &spy, int index, StreamEvent &storage)
{
    const auto parsed = StreamParser::parse(frame(spy, index));
    if (!parsed) {
        qWarning() << parsed.error().message << frame(spy, index);
        return nullptr;
    }
    storage = parsed.value();
    return std::get_if<T>(&storage);
}

// The first minute (and five minutes) after the fixture's first mark, which it set 40 s into a
// minute and 4 min 40 s into five.
constexpr qint64 kMinute = FakeExchangeFixture::kStart + 40'000;
constexpr qint64 kFiveMinutes = FakeExchangeFixture::kStart + 100'000;

// A kline frame's candle, its times from `origin`.
QString candleText(const CandleEvent &c, qint64 origin)
{
    return u"%1 %2..%3 o%4 h%5 l%6 c%7 v%8 %9"_s.arg(c.interval)
        .arg(c.openTime - origin)
        .arg(c.closeTime - origin)
        .arg(c.open.toString(), c.high.toString(), c.low.toString(), c.close.toString(), c.volume.toString(),
            c.isClosed ? u"closed"_s : u"open"_s);
}

} // namespace

class TestFakeStreams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<FakeExchangeFixture>();
        QVERIFY(m_fx->start());
        m_socket = std::make_unique<QWebSocket>();
        m_frames = std::make_unique<QSignalSpy>(m_socket.get(), &QWebSocket::textMessageReceived);
        m_disconnects = std::make_unique<QSignalSpy>(m_socket.get(), &QWebSocket::disconnected);
    }
    void cleanup()
    {
        m_frames.reset();
        m_disconnects.reset();
        m_socket.reset();
        m_fx.reset();
    }

    void signedOrderRoundTripOnTheUserStream()
    {
        QVERIFY(!openUserStream().isEmpty());
        const auto reply = m_fx->send("POST", u"/fapi/v1/order"_s,
            { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"BUY"_s }, { u"type"_s, u"MARKET"_s },
                { u"quantity"_s, u"0.01"_s }, { u"newClientOrderId"_s, u"rt-1"_s } });
        QCOMPARE(reply.status, 200);
        const auto order = RestParser::order(reply.body);
        QVERIFY2(order, qPrintable(order.error().message));
        QCOMPARE(toString(order->status), u"FILLED"_s);

        // The real order: NEW, then the TRADE, then the account update it caused.
        QTRY_COMPARE(m_frames->count(), 3);
        StreamEvent e0, e1, e2;
        const auto *accepted = eventAt<OrderUpdate>(*m_frames, 0, e0);
        QVERIFY(accepted);
        QCOMPARE(toString(accepted->execution), u"NEW"_s);
        const auto *fill = eventAt<OrderUpdate>(*m_frames, 1, e1);
        QVERIFY(fill);
        QCOMPARE(fill->clientOrderId, u"rt-1"_s);
        QCOMPARE(toString(fill->execution), u"TRADE"_s);
        QCOMPARE(toString(fill->status), u"FILLED"_s);
        QCOMPARE(fill->lastQuantity, dec(u"0.01"));
        QCOMPARE(fill->lastPrice, dec(u"50000"));
        QCOMPARE(fill->orderId, order->orderId);
        const auto *account = eventAt<AccountUpdateEvent>(*m_frames, 2, e2);
        QVERIFY(account);
        QCOMPARE(account->reason, u"ORDER"_s);
        QCOMPARE(account->positions.size(), 1);
        QCOMPARE(account->positions.first().amount, dec(u"0.01"));
        QCOMPARE(account->balances.first().walletBalance, m_fx->engine.walletBalance());
    }

    void stopOrderTriggersWhenTheAdminMovesTheMark()
    {
        QVERIFY(!openUserStream().isEmpty());
        QCOMPARE(m_fx->send("POST", u"/fapi/v1/order"_s,
                         { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"BUY"_s }, { u"type"_s, u"MARKET"_s },
                             { u"quantity"_s, u"0.01"_s } })
                     .status,
            200);
        const auto stop = m_fx->send("POST", u"/fapi/v1/order"_s,
            { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"SELL"_s }, { u"type"_s, u"STOP_MARKET"_s },
                { u"quantity"_s, u"0.01"_s }, { u"stopPrice"_s, u"49000"_s }, { u"reduceOnly"_s, u"true"_s },
                { u"newClientOrderId"_s, u"sl-1"_s } });
        QCOMPARE(stop.status, 200);
        QCOMPARE(toString(RestParser::order(stop.body)->status), u"NEW"_s);
        QTRY_COMPARE(m_frames->count(), 4); // market NEW, TRADE, ACCOUNT_UPDATE; stop NEW
        m_frames->clear();

        QCOMPARE(m_fx->admin(u"/admin/mark?symbol=BTCUSDT&price=48900"_s).status, 200);
        QTRY_COMPARE(m_frames->count(), 2);
        StreamEvent e0, e1;
        const auto *fill = eventAt<OrderUpdate>(*m_frames, 0, e0);
        QVERIFY(fill);
        QCOMPARE(fill->clientOrderId, u"sl-1"_s);
        QCOMPARE(toString(fill->type), u"STOP_MARKET"_s);
        QCOMPARE(toString(fill->execution), u"TRADE"_s);
        QCOMPARE(toString(fill->status), u"FILLED"_s);
        QCOMPARE(fill->lastPrice, dec(u"48900"));
        const auto *account = eventAt<AccountUpdateEvent>(*m_frames, 1, e1);
        QVERIFY(account);
        QVERIFY(account->positions.first().amount.isZero());
    }

    void combinedStreamDeliversMarkPriceArrays()
    {
        QUrl url = m_fx->server.streamBase();
        url.setPath(u"/stream"_s);
        url.setQuery(u"streams=!markPrice@arr@1s/btcusdt@bookTicker"_s);
        QVERIFY(open(url));
        m_fx->server.setMarkPrice(u"BTCUSDT"_s, dec(u"50100"));
        QTRY_COMPARE(m_frames->count(), 2);
        const QJsonObject wrapped = QJsonDocument::fromJson(frame(*m_frames, 0)).object();
        QCOMPARE(wrapped.value(u"stream"_s).toString(), u"!markPrice@arr@1s"_s);
        StreamEvent e0, e1;
        const auto *marks = eventAt<QList<MarkPriceEvent>>(*m_frames, 0, e0);
        QVERIFY(marks);
        QCOMPARE(marks->size(), 1);
        QCOMPARE(marks->first().symbol, u"BTCUSDT"_s);
        QCOMPARE(marks->first().markPrice, dec(u"50100"));
        QCOMPARE(marks->first().time, FakeExchangeFixture::kStart);
        const auto *book = eventAt<BookTickerEvent>(*m_frames, 1, e1);
        QVERIFY(book);
        QCOMPARE(book->bidPrice, dec(u"50100"));
        QCOMPARE(book->askPrice, dec(u"50100.1"));
    }

    void aQuotedBookReplacesTheOneDerivedFromTheMark()
    {
        QUrl url = m_fx->server.streamBase();
        url.setPath(u"/stream"_s);
        url.setQuery(u"streams=btcusdt@markPrice/btcusdt@bookTicker"_s);
        QVERIFY(open(url));
        QCOMPARE(m_fx->admin(u"/admin/bookTicker?symbol=BTCUSDT&bid=50000&ask=50000"_s).status, 400);
        QCOMPARE(m_fx->admin(u"/admin/bookTicker?symbol=BTCUSDT&bid=49990.5&ask=50010"_s).status, 200);
        QTRY_COMPARE(m_frames->count(), 1);
        StreamEvent e0, e1;
        const auto *book = eventAt<BookTickerEvent>(*m_frames, 0, e0);
        QVERIFY(book);
        QCOMPARE(book->bidPrice, dec(u"49990.5"));
        QCOMPARE(book->askPrice, dec(u"50010"));
        // A mark change publishes the mark alone: the quote stays the symbol's book.
        m_fx->server.setMarkPrice(u"BTCUSDT"_s, dec(u"50100"));
        QCOMPARE(m_fx->server.streamFramesSent(), 2);
        QTRY_COMPARE(m_frames->count(), 2);
        QVERIFY(eventAt<QList<MarkPriceEvent>>(*m_frames, 1, e1));
        const auto reply = m_fx->send(
            "GET", u"/fapi/v1/ticker/bookTicker"_s, { { u"symbol"_s, u"BTCUSDT"_s } }, FakeExchangeFixture::keyOnly());
        QCOMPARE(reply.status, 200);
        const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
        QCOMPARE(answer.value(u"bidPrice"_s).toString(), u"49990.5"_s);
        QCOMPARE(answer.value(u"askPrice"_s).toString(), u"50010"_s);
    }

    void subscribeOnAnOpenSocket()
    {
        QVERIFY(openAndSubscribe(u"/ws"_s, u"btcusdt@markPrice@1s"_s, 7));
        QCOMPARE(QJsonDocument::fromJson(frame(*m_frames, 0)).object(),
            (QJsonObject { { u"result"_s, QJsonValue::Null }, { u"id"_s, 7 } }));
        StreamEvent e0, e1;
        const auto *answer = eventAt<SubscriptionAnswer>(*m_frames, 0, e0);
        QVERIFY(answer);
        QCOMPARE(answer->id, 7);
        m_fx->server.setMarkPrice(u"BTCUSDT"_s, dec(u"50200"));
        QTRY_COMPARE(m_frames->count(), 2);
        const auto *marks = eventAt<QList<MarkPriceEvent>>(*m_frames, 1, e1);
        QVERIFY(marks);
        QCOMPARE(marks->first().markPrice, dec(u"50200"));
    }

    // ccxt opens /ws/0, /ws/1 … and subscribes there, as Binance and Aster allow.
    void aNumberedRawStreamTakesSubscriptions()
    {
        QVERIFY(openAndSubscribe(u"/ws/0"_s, u"btcusdt@markPrice"_s, 3));
        StreamEvent e0, e1;
        QVERIFY(eventAt<SubscriptionAnswer>(*m_frames, 0, e0));
        QVERIFY(!std::get<SubscriptionAnswer>(e0).isError);
        m_fx->server.setMarkPrice(u"BTCUSDT"_s, dec(u"50100"));
        QTRY_COMPARE(m_frames->count(), 2);
        QVERIFY(eventAt<QList<MarkPriceEvent>>(*m_frames, 1, e1));
    }

    void aStreamTheFakeDoesNotServeIsRefused()
    {
        QVERIFY(openAndSubscribe(u"/ws"_s, u"btcusdt@aggTrade"_s, 4));
        StreamEvent e0;
        const auto *answer = eventAt<SubscriptionAnswer>(*m_frames, 0, e0);
        QVERIFY(answer);
        QVERIFY(answer->isError);
        QVERIFY2(answer->message.contains(u"btcusdt@aggTrade"_s), qPrintable(answer->message));
    }

    // On each mark the open candle; the first mark of a new minute first closes the last one.
    // Candles are aligned on the injected clock, and the fixture's own first mark at 50000 made one.
    void klineStreamSendsTheOpenCandleAndClosesEachOnce()
    {
        QUrl url = m_fx->server.streamBase();
        url.setPath(u"/ws/btcusdt@kline_1m"_s);
        QVERIFY(open(url));
        const QList<QPair<qint64, QString>> marks { { 0, u"100"_s }, { 10'000, u"103"_s }, { 20'000, u"99"_s },
            { 59'999, u"101"_s }, { 60'000, u"102"_s } };
        for (const auto &[offsetMs, price] : marks) {
            m_fx->clock.setMs(kMinute + offsetMs);
            m_fx->server.setMarkPrice(u"BTCUSDT"_s, Decimal::fromString(price));
        }
        QTRY_COMPARE(m_frames->count(), 7);
        QStringList seen;
        for (int i = 0; i < m_frames->count(); ++i) {
            StreamEvent storage;
            const auto *candle = eventAt<CandleEvent>(*m_frames, i, storage);
            QVERIFY(candle);
            QCOMPARE(candle->symbol, u"BTCUSDT"_s);
            seen << candleText(*candle, kMinute);
        }
        QCOMPARE(seen,
            (QStringList { u"1m -60000..-1 o50000 h50000 l50000 c50000 v0 closed"_s,
                u"1m 0..59999 o100 h100 l100 c100 v0 open"_s, u"1m 0..59999 o100 h103 l100 c103 v0 open"_s,
                u"1m 0..59999 o100 h103 l99 c99 v0 open"_s, u"1m 0..59999 o100 h103 l99 c101 v0 open"_s,
                u"1m 0..59999 o100 h103 l99 c101 v0 closed"_s, u"1m 60000..119999 o102 h102 l102 c102 v0 open"_s }));
        // The closing frame is sent at the mark that closed it, and counts the candle's marks.
        const QJsonObject closing = QJsonDocument::fromJson(frame(*m_frames, 5)).object();
        QCOMPARE(closing.value(u"E"_s).toInteger(), kMinute + 60'000);
        QCOMPARE(closing.value(u"k"_s).toObject().value(u"n"_s).toInt(), 4);
    }

    void klineSubscribedOnAnOpenCombinedStream()
    {
        QVERIFY(openAndSubscribe(u"/stream"_s, u"btcusdt@kline_5m"_s, 3));
        // Inside the fixture's five minutes, then at the next five.
        m_fx->clock.setMs(kFiveMinutes - 1);
        m_fx->server.setMarkPrice(u"BTCUSDT"_s, dec(u"100"));
        m_fx->clock.setMs(kFiveMinutes);
        m_fx->server.setMarkPrice(u"BTCUSDT"_s, dec(u"101"));
        QTRY_COMPARE(m_frames->count(), 4);
        QStringList seen;
        for (int i = 1; i < m_frames->count(); ++i) {
            QCOMPARE(QJsonDocument::fromJson(frame(*m_frames, i)).object().value(u"stream"_s).toString(),
                u"btcusdt@kline_5m"_s);
            StreamEvent storage;
            const auto *candle = eventAt<CandleEvent>(*m_frames, i, storage);
            QVERIFY(candle);
            seen << candleText(*candle, kFiveMinutes);
        }
        QCOMPARE(seen,
            (QStringList { u"5m -300000..-1 o50000 h50000 l100 c100 v0 open"_s,
                u"5m -300000..-1 o50000 h50000 l100 c100 v0 closed"_s,
                u"5m 0..299999 o101 h101 l101 c101 v0 open"_s }));

        // Unsubscribed, a mark sends nothing more (publishing is synchronous).
        m_socket->sendTextMessage(u"{\"method\":\"UNSUBSCRIBE\",\"params\":[\"btcusdt@kline_5m\"],\"id\":4}"_s);
        QTRY_COMPARE(m_frames->count(), 5);
        const qint64 sent = m_fx->server.streamFramesSent();
        m_fx->server.setMarkPrice(u"BTCUSDT"_s, dec(u"102"));
        QCOMPARE(m_fx->server.streamFramesSent(), sent);
    }

    void liquidationsInjectedByTheAdmin()
    {
        QUrl url = m_fx->server.streamBase();
        url.setPath(u"/ws/!forceOrder@arr"_s);
        QVERIFY(open(url));
        QCOMPARE(
            m_fx->admin(u"/admin/liquidation"_s, R"({"s":"BTCUSDT","S":"SELL","q":"0.278","p":"49000","z":"0.25"})")
                .status,
            200);
        QTRY_COMPARE(m_frames->count(), 1);
        StreamEvent e0;
        const auto *liquidations = eventAt<QList<Liquidation>>(*m_frames, 0, e0);
        QVERIFY(liquidations);
        QCOMPARE(liquidations->size(), 1);
        QCOMPARE(liquidations->first().symbol, u"BTCUSDT"_s);
        QCOMPARE(toString(liquidations->first().side), u"SELL"_s);
        QCOMPARE(liquidations->first().quantity, dec(u"0.25"));
        QCOMPARE(liquidations->first().price, dec(u"49000"));
    }

    void leverageChangeIsAnAccountConfigUpdate()
    {
        QVERIFY(!openUserStream().isEmpty());
        QCOMPARE(
            m_fx->send("POST", u"/fapi/v1/leverage"_s, { { u"symbol"_s, u"BTCUSDT"_s }, { u"leverage"_s, u"5"_s } })
                .status,
            200);
        QTRY_COMPARE(m_frames->count(), 1);
        StreamEvent e0;
        const auto *leverage = eventAt<LeverageUpdateEvent>(*m_frames, 0, e0);
        QVERIFY(leverage);
        QCOMPARE(leverage->leverage, 5);
    }

    void malformedFrame()
    {
        QVERIFY(!openUserStream().isEmpty());
        m_fx->server.sendMalformedFrame();
        QTRY_COMPARE(m_frames->count(), 1);
        QVERIFY(!StreamParser::parse(frame(*m_frames, 0)));
    }

    void listenKeyExpiryEndsTheUserStream()
    {
        const QString key = openUserStream();
        QVERIFY(!key.isEmpty());
        m_fx->server.expireListenKeys();
        QTRY_COMPARE(m_frames->count(), 1);
        StreamEvent e0;
        QVERIFY(eventAt<ListenKeyExpiredEvent>(*m_frames, 0, e0));
        QTRY_COMPARE(m_disconnects->count(), 1);
        QVERIFY(m_fx->server.listenKeys().isEmpty());
        const auto keyOnly = FakeExchangeFixture::keyOnly();
        QCOMPARE(FakeExchangeFixture::errorCode(m_fx->send("PUT", u"/fapi/v1/listenKey"_s, {}, keyOnly)), -1125);

        // Reconnecting with the expired key is refused.
        QUrl url = m_fx->server.streamBase();
        url.setPath(u"/ws/"_s + key);
        m_socket->open(url);
        QTRY_COMPARE(m_disconnects->count(), 2);
    }

    void listenKeyExpiresAfterAnHourOfServerTime()
    {
        QVERIFY(!openUserStream().isEmpty());
        m_fx->clock.advanceMs(60 * 60 * 1000);
        QTRY_COMPARE(m_frames->count(), 1);
        StreamEvent e0;
        QVERIFY(eventAt<ListenKeyExpiredEvent>(*m_frames, 0, e0));
    }

    void droppedStreams()
    {
        QVERIFY(!openUserStream().isEmpty());
        QSignalSpy changed(&m_fx->server, &FakeExchangeServer::streamConnectionsChanged);
        m_fx->server.dropStreams();
        QTRY_COMPARE(m_disconnects->count(), 1);
        QTRY_COMPARE(m_fx->server.streamConnectionCount(), 0);
        QVERIFY(changed.count() >= 1);
        // The stream can be opened again with the same key.
        QVERIFY(!openUserStream().isEmpty());
    }

    void adminDropsStreams()
    {
        QVERIFY(!openUserStream().isEmpty());
        QCOMPARE(m_fx->admin(u"/admin/fault?kind=drop_streams"_s).status, 200);
        QTRY_COMPARE(m_disconnects->count(), 1);
    }

    // The user-data faults of the LIVE fault matrix: events held back and released in order,
    // events sent twice, and the user streams dropped while the market streams stay.
    void adminHoldsDuplicatesAndDropsUserEventsOnly()
    {
        QVERIFY(!openUserStream().isEmpty());
        QWebSocket market;
        QSignalSpy marks(&market, &QWebSocket::textMessageReceived);
        QUrl url = m_fx->server.streamBase();
        url.setPath(u"/ws/btcusdt@markPrice"_s);
        market.open(url);
        QTRY_COMPARE(m_fx->server.streamConnectionCount(), 2);
        const auto buy = [this](const QString &id) {
            return m_fx
                ->send("POST", u"/fapi/v1/order"_s,
                    { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"BUY"_s }, { u"type"_s, u"MARKET"_s },
                        { u"quantity"_s, u"0.01"_s }, { u"newClientOrderId"_s, id } })
                .status;
        };

        QCOMPARE(m_fx->admin(u"/admin/fault?kind=hold_user_events"_s).status, 200);
        QCOMPARE(buy(u"held-1"_s), 200);
        m_fx->server.setMarkPrice(u"BTCUSDT"_s, dec(u"50010"));
        QTRY_COMPARE(marks.count(), 1); // the market stream runs on; the user events wait
        QCOMPARE(m_frames->count(), 0);
        QCOMPARE(m_fx->admin(u"/admin/fault?kind=release_user_events"_s).status, 200);
        QTRY_COMPARE(m_frames->count(), 3); // NEW, TRADE, ACCOUNT_UPDATE, in order
        StreamEvent first;
        QVERIFY(eventAt<OrderUpdate>(*m_frames, 0, first));

        QCOMPARE(m_fx->admin(u"/admin/fault?kind=duplicate_user_events"_s).status, 200);
        QCOMPARE(buy(u"twice-1"_s), 200);
        QTRY_COMPARE(m_frames->count(), 9);
        QCOMPARE(m_frames->at(3).first(), m_frames->at(4).first());
        QCOMPARE(m_fx->admin(u"/admin/fault?kind=duplicate_user_events&on=false"_s).status, 200);

        QCOMPARE(m_fx->admin(u"/admin/fault?kind=drop_streams&which=user"_s).status, 200);
        QTRY_COMPARE(m_disconnects->count(), 1);
        QTRY_COMPARE(m_fx->server.streamConnectionCount(), 1);
        QCOMPARE(market.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(m_fx->admin(u"/admin/fault?kind=drop_streams&which=nobody"_s).status, 400);
    }

    void aConnectionThatDoesNotPongIsDropped()
    {
        FakeStreamTimings timings;
        timings.checkIntervalMs = 10;
        m_fx->server.setStreamTimings(timings);
        // A bare TCP client that completes the WebSocket handshake and then never answers a ping
        // (a QWebSocket always does).
        QTcpSocket raw;
        QByteArray received;
        connect(&raw, &QTcpSocket::readyRead, this, [&] { received += raw.readAll(); });
        QSignalSpy closed(&raw, &QTcpSocket::disconnected);
        raw.connectToHost(QHostAddress::LocalHost, m_fx->server.port());
        raw.write("GET /ws/btcusdt@markPrice HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  "Sec-WebSocket-Version: 13\r\n\r\n");
        QTRY_VERIFY(received.contains("\r\n\r\n"));
        QVERIFY(received.startsWith("HTTP/1.1 101"));
        QTRY_COMPARE(m_fx->server.streamConnectionCount(), 1);
        received.clear();
        // A ping is FIN + opcode 9, unmasked from a server, with no payload.
        const QByteArray ping("\x89\x00", 2);
        m_fx->clock.advanceMs(timings.pingIntervalMs);
        QTRY_COMPARE(received.count(ping), 1);
        // Just inside the pong timeout the server pings again rather than dropping.
        m_fx->clock.advanceMs(timings.pongTimeoutMs - 1);
        QTRY_COMPARE(received.count(ping), 2);
        QCOMPARE(closed.size(), 0);
        QCOMPARE(m_fx->server.streamConnectionCount(), 1);
        m_fx->clock.advanceMs(1);
        QTRY_COMPARE(closed.size(), 1);
        QTRY_COMPARE(m_fx->server.streamConnectionCount(), 0);
    }

    void everyConnectionIsCutAtItsLifetime()
    {
        FakeStreamTimings timings;
        timings.checkIntervalMs = 10;
        m_fx->server.setStreamTimings(timings);
        // A market stream: a user stream would end sooner, with its listenKey.
        QUrl url = m_fx->server.streamBase();
        url.setPath(u"/ws/btcusdt@markPrice"_s);
        QVERIFY(open(url));
        m_fx->clock.advanceMs(timings.lifetimeMs - 1);
        // Pinged and answered on the way: still up a millisecond before the day is over.
        QSignalSpy pongs(&m_fx->server, &FakeExchangeServer::streamPongReceived);
        QTRY_COMPARE(pongs.size(), 1);
        QCOMPARE(m_disconnects->count(), 0);
        m_fx->clock.advanceMs(1);
        QTRY_COMPARE(m_disconnects->count(), 1);
        QCOMPARE(m_socket->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QTRY_COMPARE(m_fx->server.streamConnectionCount(), 0);
    }

    // Aster refuses a WebSocket path it does not serve with a plain HTTP error: no handshake, so a
    // client learns of it from the status line, not from a socket that opens and closes.
    void anUnknownPathIsRefusedBeforeTheHandshake_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("no stream there") << u"/nope"_s;
        QTest::newRow("a REST path") << u"/fapi/v1/ping"_s;
        QTest::newRow("looks like /ws but is not") << u"/wsx/btcusdt@markPrice"_s;
    }
    void anUnknownPathIsRefusedBeforeTheHandshake()
    {
        QFETCH(QString, path);
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_fx->server.port());
        QVERIFY(raw.waitForConnected(20000));
        raw.write(u"GET %1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  u"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"_s.arg(path)
                      .toLatin1());
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += raw.readAll()).contains("\r\n\r\n"), 20000);
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
        QVERIFY2(!answer.contains("101"), answer.constData());
        // The server ends the connection after its answer, and never counted it as a stream.
        QTRY_COMPARE_WITH_TIMEOUT(raw.state(), QAbstractSocket::UnconnectedState, 20000);
        QCOMPARE(m_fx->server.streamConnectionCount(), 0);

        // A WebSocket client sees a failed handshake, never a connection.
        QSignalSpy errors(m_socket.get(), QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error));
        QSignalSpy connected(m_socket.get(), &QWebSocket::connected);
        QUrl url = m_fx->server.streamBase();
        url.setPath(path);
        m_socket->open(url);
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty() || !m_disconnects->isEmpty(), 20000);
        QCOMPARE(connected.size(), 0);
        QCOMPARE(m_fx->server.streamConnectionCount(), 0);
    }

private:
    // Creates (or reuses) the listenKey and opens its user stream; returns the key.
    QString openUserStream()
    {
        const auto reply = m_fx->send("POST", u"/fapi/v1/listenKey"_s, {}, FakeExchangeFixture::keyOnly());
        const auto key = RestParser::listenKey(reply.body);
        if (!key) {
            return {};
        }
        QUrl url = m_fx->server.streamBase();
        url.setPath(u"/ws/"_s + *key);
        return open(url) ? *key : QString();
    }

    // Opens a stream at `path` naming none and subscribes to `stream` on it; true once answered.
    bool openAndSubscribe(const QString &path, const QString &stream, int id)
    {
        QUrl url = m_fx->server.streamBase();
        url.setPath(path);
        if (!open(url)) {
            return false;
        }
        m_socket->sendTextMessage(u"{\"method\":\"SUBSCRIBE\",\"params\":[\"%1\"],\"id\":%2}"_s.arg(stream).arg(id));
        return QTest::qWaitFor([this] { return m_frames->count() == 1; }, 20000);
    }

    bool open(const QUrl &url)
    {
        const int before = m_fx->server.streamConnectionCount();
        QSignalSpy connected(m_socket.get(), &QWebSocket::connected);
        m_socket->open(url);
        // Both ends must be ready before anything is published: the client connected and the
        // hub holding the socket.
        return QTest::qWaitFor(
            [&] { return !connected.isEmpty() && m_fx->server.streamConnectionCount() > before; }, 20000);
    }

    std::unique_ptr<FakeExchangeFixture> m_fx;
    std::unique_ptr<QWebSocket> m_socket;
    std::unique_ptr<QSignalSpy> m_frames;
    std::unique_ptr<QSignalSpy> m_disconnects;
};

QTEST_MAIN(TestFakeStreams)
#include "tst_fakestreams.moc"
