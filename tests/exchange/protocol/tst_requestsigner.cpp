// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/RequestSigner.h"

#include <QTest>

using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {
// The vector Binance publishes (identical in Aster's docs), from exchange.md.
const QByteArray kSecret = "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9";
} // namespace

class TestRequestSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishedVectors_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("published USDS-M vector")
            << QByteArray("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000"
                          "&timestamp=1591702613943")
            << QByteArray("3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9");
        QTest::newRow("negative control: sorted parameters sign differently")
            << QByteArray("price=9000&quantity=1&recvWindow=5000&side=BUY&symbol=BTCUSDT&timeInForce=GTC&timestamp="
                          "1591702613943&type=LIMIT")
            << QByteArray("bbc3fe12e7e25ba765b12ace72d12b6af72db08b44f42882ef9a39e09802d801");
        QTest::newRow("negative control: query + body concatenated with no &")
            << QByteArray("symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC"
                          "quantity=1&price=9000&recvWindow=5000&timestamp=1591702613943")
            << QByteArray("30baaf0fab549bbeda7f5ef201898b34122da25fd23c646cac2c529aebe670a4");
    }
    void publishedVectors()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QByteArray, signature);
        QCOMPARE(RequestSigner::sign(payload, kSecret), signature);
    }

    void signedQueryKeepsTheOrderAndAppendsTheSignatureLast()
    {
        const QByteArray q = RequestSigner::signedQuery(
            { { u"symbol"_s, u"BTCUSDT"_s }, { u"side"_s, u"BUY"_s }, { u"type"_s, u"LIMIT"_s },
                { u"quantity"_s, u"1"_s }, { u"price"_s, u"9000"_s }, { u"timeInForce"_s, u"GTC"_s } },
            1591702613943, 5000, kSecret);
        QCOMPARE(q,
            QByteArray("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow="
                       "5000&timestamp=1591702613943&signature="
                       "3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9"));
    }

    void valuesArePercentEncoded()
    {
        // A batch order's JSON travels as one encoded value; the signature covers it as sent.
        const QByteArray q = RequestSigner::encode({ { u"batchOrders"_s, u"[{\"a\":1}]"_s } });
        QCOMPARE(q, QByteArray("batchOrders=%5B%7B%22a%22%3A1%7D%5D"));
        QVERIFY(!q.contains(kSecret));
    }
};

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
