// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineRig.h"
#include "JsonSchemaCheck.h"
#include "SqliteMarkStore.h"
#include "config/ConfigLoader.h"
#include "control/ControlProtocol.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

namespace {

constexpr int kWait = 30000;

QJsonObject readSchema()
{
    QFile file(QStringLiteral(TRD_SOURCE_DIR "/docs/control-protocol.schema.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A client that keeps every frame the engine sends, to check each against the schema.
struct Recorder
{
    QWebSocket socket;
    QList<QJsonObject> frames;

    Recorder()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
            [this](const QString &text) { frames << QJsonDocument::fromJson(text.toUtf8()).object(); });
    }
    bool open(const QUrl &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(kWait);
    }
    void send(const QJsonObject &message)
    {
        socket.sendTextMessage(QString::fromUtf8(ControlProtocol::encode(message)));
    }
    void command(const QString &id, const QString &name, const QJsonObject &args = {})
    {
        send(ControlProtocol::message(u"command"_s, { { u"id"_s, id }, { u"command"_s, name }, { u"args"_s, args } }));
    }
    bool has(const QString &type, const QString &kind = {}) const
    {
        return std::any_of(frames.cbegin(), frames.cend(), [&](const QJsonObject &f) {
            return f.value(u"type"_s).toString() == type && (kind.isEmpty() || f.value(u"kind"_s).toString() == kind);
        });
    }
};

} // namespace

class TstControlSchema : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyMessageTheEngineSendsFitsTheSchema();
    void everyExampleInTheDocumentFitsTheSchema();
    void theSchemaRefusesWhatIsNotTheProtocol();
};

void TstControlSchema::initTestCase()
{
    QCoreApplication::setOrganizationName(u"TrancheDeskTests"_s);
    QCoreApplication::setApplicationName(u"TrancheDeskSchemaTests"_s);
}

void TstControlSchema::everyMessageTheEngineSendsFitsTheSchema()
{
    test::EngineRig rig;
    QVERIFY(rig.start());
    Recorder desk;
    QVERIFY(desk.open(rig.server->url()));
    const QJsonObject hello
        = ControlProtocol::message(u"hello"_s, { { u"token"_s, rig.controlToken }, { u"client"_s, u"schema"_s } });
    desk.send(hello);
    QTRY_VERIFY_WITH_TIMEOUT(desk.has(u"snapshot"_s), kWait);
    QVERIFY(rig.trade());
    QVERIFY(rig.trade()); // one stays open: its marks keep coming after the other is closed
    desk.command(u"1"_s, u"ping"_s);
    desk.command(u"2"_s, u"history"_s, { { u"what"_s, u"events"_s }, { u"limit"_s, 5 } });
    desk.command(u"3"_s, u"history"_s, { { u"what"_s, u"tranches"_s } });
    desk.command(u"4"_s, u"exportCsv"_s, { { u"what"_s, u"tranches"_s } });
    desk.command(u"5"_s, u"resume"_s);
    desk.command(u"6"_s, u"pause"_s);
    desk.command(u"7"_s, u"setConfig"_s, { { u"config"_s, QJsonObject { { u"global"_s, 3 } } } });
    desk.command(u"8"_s, u"setConfig"_s, { { u"config"_s, core::ConfigLoader::toJson(rig.host->config()) } });
    desk.command(u"9"_s, u"closeTranche"_s, { { u"id"_s, rig.openIds().first() } });
    // A hand adjustment done, and one refused with its issue.
    desk.command(u"10"_s, u"closePart"_s, { { u"id"_s, rig.openIds().last() }, { u"quantity"_s, u"0.004"_s } });
    desk.command(u"11"_s, u"moveProtection"_s,
        { { u"id"_s, rig.openIds().last() }, { u"tpPrice"_s, u"1"_s }, { u"slPrice"_s, u"1"_s } });
    // What the engine recorded, a page of each kind (the liquidations are the hunter's), and a refusal.
    const qint64 minute = 1'733'270'400'000;
    QVERIFY(rig.host->markStore()->appendTicks({ { u"BTCUSDT"_s, minute, core::Decimal::fromString(u"96011.5") } }));
    QVERIFY(rig.host->markStore()->saveCandles(core::MarkCandle::Source::Klines,
        { { u"BTCUSDT"_s, minute, core::Decimal::fromString(u"96000"), core::Decimal::fromString(u"96100"),
            core::Decimal::fromString(u"95900"), core::Decimal::fromString(u"96011.5"),
            core::Decimal::fromString(u"12.5") } }));
    desk.command(u"12"_s, u"recordedMarket"_s, { { u"what"_s, u"ticks"_s }, { u"symbol"_s, u"BTCUSDT"_s } });
    desk.command(u"13"_s, u"recordedMarket"_s, { { u"what"_s, u"klines"_s }, { u"from"_s, minute } });
    desk.command(u"14"_s, u"recordedMarket"_s, { { u"what"_s, u"bars"_s } });
    desk.socket.sendTextMessage(u"{not json"_s);
    for (const QString &kind : { u"marks"_s, u"paused"_s, u"tranche"_s, u"event"_s, u"config"_s, u"liquidation"_s }) {
        QTRY_VERIFY2_WITH_TIMEOUT(desk.has(u"delta"_s, kind), qPrintable(kind), kWait);
    }
    // Once the hunter has seen (and stored) a liquidation.
    desk.command(u"15"_s, u"recordedMarket"_s, { { u"what"_s, u"liquidations"_s }, { u"limit"_s, 3 } });
    QTRY_VERIFY_WITH_TIMEOUT(desk.has(u"error"_s), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(std::count_if(desk.frames.cbegin(), desk.frames.cend(),
                                  [](const QJsonObject &f) { return f.value(u"type"_s) == u"reply"_s; }),
        15, kWait);
    // Each kind of recorded row went out; the refusal named the argument.
    QSet<QString> recorded;
    for (const QJsonObject &f : std::as_const(desk.frames)) {
        if (f.value(u"command"_s) == u"recordedMarket"_s) {
            const QJsonObject result = f.value(u"result"_s).toObject();
            if (!result.value(u"items"_s).toArray().isEmpty()) {
                recorded << result.value(u"what"_s).toString();
            }
            if (!f.value(u"ok"_s).toBool()) {
                QVERIFY2(
                    f.value(u"error"_s).toString().startsWith(u"what: "_s), qPrintable(f.value(u"error"_s).toString()));
            }
        }
    }
    QCOMPARE(recorded, (QSet<QString> { u"ticks"_s, u"klines"_s, u"liquidations"_s }));

    // Back from where it was: resumed; with a wrong token: refused.
    const QJsonObject snapshot = *std::find_if(desk.frames.cbegin(), desk.frames.cend(),
        [](const QJsonObject &f) { return f.value(u"type"_s) == u"snapshot"_s; });
    Recorder again;
    QVERIFY(again.open(rig.server->url()));
    QJsonObject resume = hello;
    resume.insert(u"resumeFrom"_s, snapshot.value(u"seq"_s));
    resume.insert(u"epoch"_s, snapshot.value(u"epoch"_s));
    again.send(resume);
    QTRY_VERIFY_WITH_TIMEOUT(again.has(u"resumed"_s), kWait);
    // A snapshot that carries liquidations (the first one may have come before any was seen).
    Recorder late;
    QVERIFY(late.open(rig.server->url()));
    late.send(hello);
    QTRY_VERIFY_WITH_TIMEOUT(late.has(u"snapshot"_s), kWait);
    const QJsonObject lateSnapshot = *std::find_if(late.frames.cbegin(), late.frames.cend(),
        [](const QJsonObject &f) { return f.value(u"type"_s) == u"snapshot"_s; });
    QVERIFY(!lateSnapshot.value(u"liquidations"_s).toArray().isEmpty());
    Recorder intruder;
    QVERIFY(intruder.open(rig.server->url()));
    intruder.send(ControlProtocol::message(u"hello"_s, { { u"token"_s, u"guess"_s } }));
    QTRY_VERIFY_WITH_TIMEOUT(intruder.has(u"authFailed"_s), kWait);

    const test::JsonSchemaCheck schema(readSchema());
    QStringList problems;
    QSet<QString> seen;
    for (const QList<QJsonObject> &frames :
        { desk.frames, again.frames, late.frames, intruder.frames, QList<QJsonObject> { hello, resume } }) {
        for (const QJsonObject &frame : frames) {
            seen.insert(frame.value(u"type"_s).toString() + u'/' + frame.value(u"kind"_s).toString());
            for (const QString &problem : schema.check(frame)) {
                problems << QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)).left(300) + u"\n  "_s
                        + problem;
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u'\n')));
    for (const QString &expected : { u"welcome/"_s, u"snapshot/"_s, u"reply/"_s, u"error/"_s, u"resumed/"_s,
             u"authFailed/"_s, u"hello/"_s, u"delta/event"_s, u"delta/tranche"_s, u"delta/marks"_s, u"delta/paused"_s,
             u"delta/sync"_s, u"delta/config"_s, u"delta/liquidation"_s }) {
        QVERIFY2(seen.contains(expected), qPrintable(expected));
    }
}

void TstControlSchema::everyExampleInTheDocumentFitsTheSchema()
{
    QFile file(QStringLiteral(TRD_SOURCE_DIR "/docs/control-protocol.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression block(u"```json\\n(.*?)```"_s, QRegularExpression::DotMatchesEverythingOption);
    const test::JsonSchemaCheck schema(readSchema());
    int examples = 0;
    for (const QRegularExpressionMatch &match : block.globalMatch(text)) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(match.captured(1).toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(match.captured(1) + error.errorString()));
        const QStringList problems = schema.check(doc.object());
        QVERIFY2(problems.isEmpty(), qPrintable(match.captured(1) + problems.join(u'\n')));
        ++examples;
    }
    QVERIFY(examples >= 8);
}

void TstControlSchema::theSchemaRefusesWhatIsNotTheProtocol()
{
    const test::JsonSchemaCheck schema(readSchema());
    const QList<QByteArray> wrong {
        R"({"v":2,"type":"hello","token":"t"})",
        R"({"v":1,"type":"hello"})",
        R"({"v":1,"type":"command","id":"1","command":"launchRocket"})",
        R"({"v":1,"type":"delta","seq":0,"kind":"paused","data":{"entriesPaused":true}})",
        R"({"v":1,"type":"delta","seq":4,"kind":"paused","data":{"entriesPaused":"yes"}})",
        R"({"v":1,"type":"welcome","role":"admin","epoch":"e","seq":1,"client":"c"})",
        R"({"v":1,"type":"gossip"})",
        R"({"v":1,"type":"reply","id":"1","command":"recordedMarket","ok":true,"result":{"what":"ticks","format":1,"next":2,"isLast":true,"items":[{"time":1,"symbol":"BTCUSDT","price":1.5}]}})",
        R"({"v":1,"type":"reply","id":"1","command":"recordedMarket","ok":true,"result":{"what":"ticks","format":2,"next":2,"isLast":true,"items":[]}})",
        R"({"v":1,"type":"delta","seq":5,"kind":"liquidation","data":{"liquidation":{"symbol":"BTCUSDT","side":"LONG","price":"1","averagePrice":"1","quantity":"1","time":1}}})",
    };
    for (const QByteArray &message : wrong) {
        QVERIFY2(!schema.check(QJsonDocument::fromJson(message).object()).isEmpty(), message.constData());
    }
}

} // namespace trd::engine

QTEST_GUILESS_MAIN(trd::engine::TstControlSchema)
#include "tst_control_schema.moc"
