// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/Eip712Signer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace trd::exchange;
using namespace Qt::Literals::StringLiterals;

namespace {
// A throwaway key (the well-known example key of the Ethereum docs): never a real wallet.
const QByteArray kKey = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

// The same signature computed by ethers (tests/tools/eip712-vector.mjs), an independent
// implementation: there is no published vector for Aster's V3 scheme.
QJsonObject ethers(const QByteArray &key, quint64 chainId, const QByteArray &message)
{
    QProcess node;
    node.start(u"node"_s,
        { QStringLiteral(TRD_SOURCE_DIR "/tests/tools/eip712-vector.mjs"), QString::fromLatin1(key),
            QString::number(chainId), QString::fromUtf8(message) });
    if (!node.waitForFinished(60000) || node.exitCode() != 0) {
        qWarning().noquote() << "node failed (bash packaging/setup.sh installs node and tests/tools):"
                             << node.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(node.readAllStandardOutput()).object();
}
} // namespace

class TestEip712Signer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesEthers_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<quint64>("chainId");
        QTest::newRow("an order") << QByteArray("symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.001&price=50000&"
                                                "timeInForce=GTC&nonce=1748310859508867&user=0x0&signer=0x0")
                                  << quint64(1666);
        QTest::newRow("percent-encoded JSON of a batch")
            << QByteArray("batchOrders=%5B%7B%22a%22%3A1%7D%5D&nonce=1") << quint64(1666);
        QTest::newRow("testnet chain") << QByteArray("listenKey=abc&nonce=2") << quint64(714);
        QTest::newRow("empty") << QByteArray() << quint64(1666);
        QTest::newRow("non-ASCII") << QByteArray("note=caf\xc3\xa9") << quint64(1666);
    }
    void matchesEthers()
    {
        QFETCH(QByteArray, message);
        QFETCH(quint64, chainId);
        const auto signer = Eip712Signer::fromPrivateKey(kKey, chainId);
        QVERIFY2(signer, qPrintable(signer.error().message));
        const QJsonObject reference = ethers(kKey, chainId, message);
        QVERIFY2(!reference.isEmpty(), "the ethers reference did not run");
        QCOMPARE(
            u"0x"_s + QString::fromLatin1(signer->digest(message).toHex()), reference.value(u"digest"_s).toString());
        QCOMPARE(QString::fromLatin1(signer->sign(message)), reference.value(u"signature"_s).toString());
        QCOMPARE(signer->address(), reference.value(u"address"_s).toString());
    }

    void aRecordedVectorStaysPut()
    {
        // Recorded from ethers once, so a change is caught even where node is missing.
        const auto signer = Eip712Signer::fromPrivateKey(kKey);
        QVERIFY(signer);
        QCOMPARE(signer->address(), u"0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"_s);
        QCOMPARE(signer->sign("symbol=BTCUSDT&side=BUY"),
            QByteArray("0x03541b5feeec365b4b1c159b9a66771c059071ccb50937be93a0fa44796e16c045cf412790631ef78fd2703"
                       "00a549385ce7a7e752fe14744184b9203246cd1f31c"));
    }

    void signedQueryAppendsNonceUserSignerThenSignature()
    {
        const auto signer = Eip712Signer::fromPrivateKey(kKey);
        QVERIFY(signer);
        const QByteArray q = signer->signedQuery(
            { { u"symbol"_s, u"BTCUSDT"_s } }, 1748310859508867, u"0x1111111111111111111111111111111111111111"_s);
        const QByteArray msg = "symbol=BTCUSDT&nonce=1748310859508867&user=0x1111111111111111111111111111111111111111"
                               "&signer=0x2c7536E3605D9C16a7a3D7b1898e529396a65c23";
        QCOMPARE(q, msg + "&signature=" + signer->sign(msg));
        QVERIFY(!q.contains(kKey.mid(2)));
    }

    void badKeysAreErrors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("too short") << QByteArray("0x1234");
        QTest::newRow("not hex") << QByteArray("zz0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        QTest::newRow("zero is not a key") << QByteArray(64, '0');
        QTest::newRow("above the curve order")
            << QByteArray("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff");
    }
    void badKeysAreErrors()
    {
        QFETCH(QByteArray, key);
        const auto signer = Eip712Signer::fromPrivateKey(key);
        QVERIFY(!signer);
        QVERIFY(signer.error().message.contains(u"key"_s));
        QVERIFY(!signer.error().message.contains(QString::fromLatin1(key)) || key.size() < 8);
    }
};

QTEST_GUILESS_MAIN(TestEip712Signer)
#include "tst_eip712signer.moc"
