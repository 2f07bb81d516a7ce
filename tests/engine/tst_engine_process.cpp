// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EngineProcess.h"
#include "SqliteTrancheStore.h"
#include "control/ControlClient.h"
#include "control/TokenStore.h"
#include "tranche/TrancheManager.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace trd::engine {

using test::EngineProcess;
using test::kProcessWait;

namespace {

QStringList arguments(const QTemporaryDir &dir, const QStringList &more = {})
{
    return QStringList { u"--data-dir"_s, dir.path(), u"--port"_s, u"0"_s, u"--seed"_s, u"5"_s } + more;
}

bool writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.setPermissions(permissions);
}

} // namespace

class TstEngineProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sigtermSavesStateAndStopsCleanly();
    void aSecondInstanceOnOneFolderIsRefused();
    void aKeyFileOthersCanReadIsRefused();
    void aKeyFileOnlyItsOwnerReadsStartsLive();
};

void TstEngineProcess::sigtermSavesStateAndStopsCleanly()
{
    QTemporaryDir dir;
    TokenStore tokens(QDir(dir.path()).filePath(u"tokens.json"_s));
    const QString token = tokens.add(u"desk"_s, TokenStore::Role::Control).value();
    EngineProcess engine(arguments(dir, { u"--demo-interval-ms"_s, u"100"_s }));
    const QUrl url = engine.url();
    QVERIFY2(url.isValid(), qPrintable(engine.log));
    QVERIFY(engine.log.contains(u"<6>trd.engine: PAPER on demo market"_s));

    // A client pauses entries: a command recorded as an event, and the pause written.
    ControlClient client({ url, token, u"desk"_s, 0, {} });
    client.open();
    QTRY_VERIFY_WITH_TIMEOUT(client.snapshotCount() == 1, kProcessWait);
    QSignalSpy replied(&client, &ControlClient::replied);
    client.sendCommand(u"pause"_s);
    QVERIFY(replied.wait(kProcessWait));
    QSignalSpy gone(&client, &ControlClient::disconnected);

    ::kill(pid_t(engine.process.processId()), SIGTERM);
    QVERIFY(engine.finished());
    QCOMPARE(engine.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(engine.process.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(gone.count() == 1, kProcessWait);
    static const QRegularExpression stopped(u"<6>trd.engine: stopped with (\\d+) open tranche\\(s\\) saved"_s);
    const auto match = stopped.match(engine.log);
    QVERIFY2(match.hasMatch(), qPrintable(engine.log));

    // What the engine said it saved is what the store holds.
    auto store = storage::SqliteTrancheStore::open(QDir(dir.path()).filePath(u"tranchedesk.sqlite"_s));
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    auto state = store.value()->loadState();
    QVERIFY(state);
    QCOMPARE(state.value().openTranches.size(), match.captured(1).toLongLong());
    auto paper = store.value()->document(u"paper-exchange"_s);
    QVERIFY(paper && paper.value().has_value());
    auto events = store.value()->events(core::EventQuery {});
    QVERIFY(events);
    QVERIFY(std::any_of(events.value().cbegin(), events.value().cend(), [](const core::TrancheEvent &e) {
        return e.details.contains(u"remote_command"_s) && e.reason.contains(u"desk (desk)"_s);
    }));
}

void TstEngineProcess::aSecondInstanceOnOneFolderIsRefused()
{
    QTemporaryDir dir;
    EngineProcess first(arguments(dir));
    QVERIFY2(first.url().isValid(), qPrintable(first.log));
    EngineProcess second(arguments(dir));
    QVERIFY(second.finished());
    QCOMPARE(second.process.exitCode(), 1);
    QVERIFY2(second.log.contains(u"another tranchedesk-engine (process %1"_s.arg(first.process.processId())),
        qPrintable(second.log));
    QVERIFY(second.log.contains(dir.path()));
    QCOMPARE(first.process.state(), QProcess::Running);
}

void TstEngineProcess::aKeyFileOthersCanReadIsRefused()
{
    QTemporaryDir dir;
    const QString keys = QDir(dir.path()).filePath(u"aster.keys"_s);
    QVERIFY(writeFile(keys, "aster-api-key=never-shown\naster-api-secret=never-shown-either\n",
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    EngineProcess engine(arguments(dir, { u"--key-file"_s, keys }));
    QVERIFY(engine.finished());
    QCOMPARE(engine.process.exitCode(), 1);
    QVERIFY2(engine.log.contains(u"<3>tranchedesk-engine could not start: key file %1 has mode 0644"_s.arg(keys)),
        qPrintable(engine.log));
    QVERIFY(!engine.log.contains(u"never-shown"_s));
}

void TstEngineProcess::aKeyFileOnlyItsOwnerReadsStartsLive()
{
    QTemporaryDir dir;
    const QString keys = QDir(dir.path()).filePath(u"aster.keys"_s);
    QVERIFY(writeFile(keys, "# HMAC keys\naster-api-key=never-shown\naster-api-secret=never-shown-either\n",
        QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(writeFile(QDir(dir.path()).filePath(u"config.json"_s),
        R"({"global":{"paperMode":false},"symbols":{"BTCUSDT":{"leverage":5}}})",
        QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    // LIVE against an address where nothing listens: it starts, cannot connect, and says so.
    EngineProcess engine(arguments(dir,
        { u"--key-file"_s, keys, u"--rest-url"_s, u"http://127.0.0.1:9"_s, u"--stream-url"_s, u"ws://127.0.0.1:9"_s }));
    QVERIFY2(engine.url().isValid(), qPrintable(engine.log));
    QVERIFY2(engine.log.contains(u"LIVE keys from the key file %1"_s.arg(keys)), qPrintable(engine.log));
    QVERIFY(engine.log.contains(u"<6>trd.engine: LIVE on 127.0.0.1"_s));
    QVERIFY(!engine.log.contains(u"never-shown"_s));
    ::kill(pid_t(engine.process.processId()), SIGINT);
    QVERIFY(engine.finished());
    QCOMPARE(engine.process.exitCode(), 0);
    QVERIFY(!engine.log.contains(u"never-shown"_s));
}

} // namespace trd::engine

QTEST_GUILESS_MAIN(trd::engine::TstEngineProcess)
#include "tst_engine_process.moc"
