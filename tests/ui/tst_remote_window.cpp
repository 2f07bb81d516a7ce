// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop window as a window onto a tranchedesk-engine (issue 13, item 4): an engine in PAPER
// on the demo market served on 127.0.0.1 in this process, and a MainWindow that shows it through
// RemoteEngine with the same models as the embedded engine.
#include "../engine/EngineRig.h"
#include "RemoteDeskApp.h"
#include "charts/ChartsPanel.h"
#include "charts/PriceChart.h"
#include "charts/PriceHistory.h"
#include "charts/UnrealizedChart.h"
#include "common/MessageBox.h"
#include "common/UiFormat.h"
#include "common/UiRoles.h"
#include "mainwindow/ConnectEngineDialog.h"
#include "mainwindow/DeskToolBar.h"
#include "mainwindow/EngineLinkView.h"
#include "mainwindow/MainWindow.h"
#include "service/TlsIdentity.h"
#include "session/DeskSession.h"
#include "session/RemoteEngine.h"
#include "session/RemoteProfile.h"
#include "summary/SummaryPanel.h"
#include "timeline/EventTableModel.h"
#include "tranches/TrancheTableModel.h"
#include "tranches/TrancheView.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using trd::engine::test::EngineRig;

namespace trd::ui {

class TestRemoteWindow : public QObject
{
    Q_OBJECT

    static constexpr int kWait = 60'000;

    // A window over the rig's engine through the control protocol, with the given token.
    struct RemoteDesk
    {
        MemorySecretStore secrets;
        RemoteEngine remote;
        DeskSession session;
        MainWindow window;

        RemoteDesk(EngineRig &rig, const QString &token)
            : remote(settings(rig, token))
            , session(nullptr, &remote, &secrets, QString())
            , window((session.setRemote(&remote), remote.bind(&session), &session))
        {
            window.resize(1400, 860);
            window.show();
            window.loadData();
            remote.open();
        }

        static engine::ControlClient::Settings settings(EngineRig &rig, const QString &token)
        {
            engine::ControlClient::Settings s;
            s.url = rig.server->url();
            s.token = token;
            s.name = u"desk window"_s;
            return s;
        }

        bool shows(const QString &trancheId) const { return window.trancheModel()->rowOf(trancheId) >= 0; }
        bool isLinkUp() const { return remote.link() == RemoteEngine::Link::Up; }
    };

    static QString newestOpenId(EngineRig &rig)
    {
        const auto open = rig.manager()->openTranches();
        return open.isEmpty() ? QString() : open.last().id;
    }

    static void shoot(MainWindow &window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("TRD_REMOTE_SHOTS");
        if (!dir.isEmpty()) {
            QVERIFY(window.grab().save(dir + u"/remote-"_s + name + u".png"_s));
        }
    }

private Q_SLOTS:
    void showsTheEnginesTranchesAndFollowsIt()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        const QString before = newestOpenId(rig);
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(before), kWait);
        QVERIFY(desk.isLinkUp());
        // The summary counts the engine's open tranche, from the same table model.
        auto *openCount = desk.window.summary()->findChild<QLabel *>(u"metric_account_open"_s);
        QVERIFY(openCount);
        QTRY_COMPARE_WITH_TIMEOUT(openCount->text(), u"1"_s, kWait);
        // The books' sync state, as the engine reports it, in the toolbar and the summary alike.
        QTRY_VERIFY_WITH_TIMEOUT(
            rig.manager()->syncState(u"BTCUSDT"_s, core::Side::Long) == core::SyncState::Synced, kWait);
        const QString synced = UiFormat::syncState(core::SyncState::Synced);
        desk.window.setSelection(u"BTCUSDT"_s, u"LONG"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            desk.window.toolBar()->findChild<QLabel *>(u"syncState"_s)->text().contains(synced), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(
            desk.window.summary()->findChild<QLabel *>(u"metric_selection_sync"_s)->text(), synced, kWait);
        desk.window.setSelection(QString(), QString());
        QVERIFY(desk.window.engineLink()->isHidden());
        QVERIFY(desk.window.engineLink()->status()->text().contains(desk.remote.address()));
        QCOMPARE(desk.session.manager(), nullptr);

        // A trade made after the window connected reaches its table and its timeline.
        const int events = desk.window.eventModel()->rowCount();
        QVERIFY(rig.trade());
        const QString after = newestOpenId(rig);
        QVERIFY(after != before);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(after), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.eventModel()->rowCount() > events, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(desk.remote.latencyMs() >= 0, kWait);
        // The mark the engine's unrealized P&L implies, as the embedded engine's mark would be.
        TrancheTableModel *model = desk.window.trancheModel();
        QTRY_VERIFY_WITH_TIMEOUT(!model->tranche(model->rowOf(after)).unrealizedPnl.isZero(), kWait);
        const core::Tranche shown = model->tranche(model->rowOf(after));
        const double mark = model->index(model->rowOf(after), TrancheTableModel::MarkColumn).data(RawRole).toDouble();
        QCOMPARE(mark > shown.entryPrice.toDouble(), shown.unrealizedPnl.isPositive());
        QTRY_COMPARE_WITH_TIMEOUT(openCount->text(), u"2"_s, kWait);
        shoot(desk.window, u"connected"_s);

        // Pause and resume go to the engine as commands, and come back as its state.
        QVERIFY(desk.session.isEntriesPaused()); // the rig starts paused
        QAction *pause = desk.window.toolBar()->pauseAction();
        QVERIFY(pause->isEnabled());
        QVERIFY(!desk.window.toolBar()->liveAction()->isEnabled()); // the engine's mode is not the window's
        pause->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.host->isEntriesPaused(), kWait);
        pause->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(rig.host->isEntriesPaused(), kWait);

        // A settings change is sent whole, and comes back as the engine's configuration.
        core::AppConfig config = desk.session.config();
        QVERIFY(!config.symbols.isEmpty());
        config.symbols.first().tpPercent = core::Decimal::fromInt(400);
        QVERIFY(desk.session.applyConfig(config));
        QTRY_COMPARE_WITH_TIMEOUT(rig.host->config().symbols.first().tpPercent, core::Decimal::fromInt(400), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(desk.session.config().symbols.first().tpPercent, core::Decimal::fromInt(400), kWait);

        // Close one, then close all, through the protocol, after the same questions.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        desk.window.trancheView()->closeTranche(before);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.manager()->openTranche(before).has_value(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(
            !desk.window.trancheModel()->tranche(desk.window.trancheModel()->rowOf(before)).isOpen(), kWait);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        desk.window.toolBar()->closeAllAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(rig.manager()->openTranches().isEmpty(), kWait);

        // An engine's refusal is shown in its own words.
        QSignalSpy refused(&desk.remote, &RemoteEngine::commandFailed);
        desk.remote.sendControl(u"closeTranche"_s, { { u"id"_s, u"no-such-tranche"_s } });
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, kWait);
        QVERIFY(!refused.first().at(1).toString().isEmpty());
        auto *box = desk.window.findChild<QMessageBox *>(u"remoteCommandBox"_s);
        QVERIFY(box);
        QCOMPARE(box->text(), refused.first().at(1).toString());
    }

    void aWatchTokenGreysEveryControl()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        RemoteDesk desk(rig, rig.watchToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(newestOpenId(rig)), kWait);
        QCOMPARE(desk.remote.client()->role(), u"watch"_s);
        for (QAction *control : { desk.window.toolBar()->pauseAction(), desk.window.toolBar()->closeAllAction(),
                 desk.window.toolBar()->liveAction(), desk.window.trancheView()->closeSelectedAction(),
                 desk.window.findChild<QAction *>(u"settingsAction"_s) }) {
            QVERIFY(control);
            QVERIFY2(!control->isEnabled(), qPrintable(control->text()));
        }
        auto *resume = desk.window.findChild<QPushButton *>(u"pausedBannerResume"_s);
        QVERIFY(resume && !resume->isEnabled());
        // The views themselves stay readable.
        QVERIFY(desk.window.trancheView()->isEnabled());
        QVERIFY(desk.window.engineLink()->status()->text().contains(u"watch"_s));
        // And a command asked anyway is refused without being sent.
        QSignalSpy refused(&desk.remote, &RemoteEngine::commandFailed);
        desk.remote.sendControl(u"closeAll"_s);
        QCOMPARE(refused.size(), 1);
    }

    void aDroppedLinkKeepsTheStateGreyedAndComesBack()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        QVERIFY(rig.trade());
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(rig.openIds().first()) && desk.shows(rig.openIds().last()), kWait);
        // A drop with the engine still running: the window resumes from the last delta it applied
        // (no new snapshot), and what happened meanwhile arrives.
        QElapsedTimer clock;
        clock.start();
        desk.remote.client()->abort();
        QVERIFY(rig.trade()); // while the window reconnects
        QTRY_VERIFY_WITH_TIMEOUT(desk.remote.client()->resumeCount() >= 1 && desk.isLinkUp(), kWait);
        qInfo("resumed %lld ms after the drop (first retry after 500 ms)", clock.elapsed());
        QCOMPARE(desk.remote.client()->snapshotCount(), 1);
        QCOMPARE(desk.remote.client()->gapCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(newestOpenId(rig)), kWait);
        const QStringList ids = rig.openIds();
        QCOMPARE(ids.size(), 3);
        const int rows = desk.window.trancheModel()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.eventModel()->rowCount() > 0, kWait);
        const int events = desk.window.eventModel()->rowCount();
        auto *openCount = desk.window.summary()->findChild<QLabel *>(u"metric_account_open"_s);
        QTRY_COMPARE_WITH_TIMEOUT(openCount->text(), u"3"_s, kWait);
        rig.stop();
        QTRY_VERIFY_WITH_TIMEOUT(desk.remote.link() != RemoteEngine::Link::Up, kWait);
        QVERIFY(!desk.window.engineLink()->isHidden());
        QVERIFY(
            desk.window.engineLink()->findChild<QLabel *>(u"linkBannerText"_s)->text().contains(desk.remote.address()));
        QVERIFY(!desk.window.trancheView()->isEnabled());
        QVERIFY(!desk.window.toolBar()->pauseAction()->isEnabled());
        QCOMPARE(desk.window.trancheModel()->rowCount(), rows);
        QVERIFY(desk.shows(ids.first()) && desk.shows(ids.last()));
        // Kept (the engine may still send its last events while it stops).
        QVERIFY(desk.window.eventModel()->rowCount() >= events);
        QCOMPARE(openCount->text(), u"3"_s);
        QVERIFY(!desk.session.isStreamUp(DeskSession::Stream::Market)); // unknown, not "connected"
        shoot(desk.window, u"dropped"_s);

        // The engine back on its port and folder: the window reconnects by itself.
        clock.start();
        QVERIFY(rig.start());
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLinkUp(), kWait);
        qInfo("up again %lld ms after the engine's restart (backoff delay included)", clock.elapsed());
        QVERIFY(desk.window.engineLink()->isHidden());
        QVERIFY(desk.window.trancheView()->isEnabled());
        QVERIFY(desk.window.toolBar()->pauseAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(desk.session.isStreamUp(DeskSession::Stream::Market), kWait);
        QCOMPARE(rig.openIds(), ids);
        QVERIFY(desk.shows(ids.first()) && desk.shows(ids.last()));
        QCOMPARE(desk.window.trancheModel()->rowCount(), rows);
    }

    void theChartsFollowTheEnginesMarks()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        const core::Tranche open = rig.manager()->openTranches().first();
        RemoteDesk desk(rig, rig.watchToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(open.id), kWait);
        desk.window.setSelection(u"BTCUSDT"_s, u"LONG"_s);
        // The demo market moves the engine's mark; the window sees it only as the P&L it implies.
        const core::Decimal first = *rig.manager()->markPrice(u"BTCUSDT"_s);
        QTRY_VERIFY_WITH_TIMEOUT(*rig.manager()->markPrice(u"BTCUSDT"_s) != first, kWait);
        PriceChart *price = desk.window.charts()->priceChart();
        QTRY_VERIFY_WITH_TIMEOUT(price->pricePointCount() >= 2, kWait);
        QCOMPARE(price->shownSymbol(), u"BTCUSDT"_s);
        // Its newest point is the mark the table shows for the tranche: one rule for both.
        const TrancheTableModel *model = desk.window.trancheModel();
        const auto tableMark = [&] {
            return model->index(model->rowOf(open.id), TrancheTableModel::MarkColumn).data(RawRole).toDouble();
        };
        const auto newestPoint = [&] {
            const auto &points = desk.window.priceHistory()->points(u"BTCUSDT"_s);
            return points.empty() ? -1.0 : points.back().y();
        };
        QTRY_COMPARE_WITH_TIMEOUT(newestPoint(), tableMark(), kWait);
        // The open tranche's entry, TP and SL, as the engine set them.
        QTRY_COMPARE_WITH_TIMEOUT(price->levelLineCount(), 3, kWait);
        QCOMPARE(price->levelPrices(),
            QList<double>({ open.entryPrice.toDouble(), open.tpPrice.toDouble(), open.slPrice.toDouble() }));
        QTRY_COMPARE_WITH_TIMEOUT(desk.window.charts()->unrealizedChart()->barCount(), 1, kWait);
        shoot(desk.window, u"charts"_s);
    }

    void closedTranchesFromBeforeTheEnginesStartAreFetched()
    {
        EngineRig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        const QString closed = newestOpenId(rig);
        QVERIFY(rig.manager()->closeTranche(closed));
        QTRY_VERIFY_WITH_TIMEOUT(!rig.manager()->openTranche(closed).has_value(), kWait);
        rig.stop();
        QVERIFY(rig.start()); // the snapshot's recent tranches start empty again
        RemoteDesk desk(rig, rig.watchToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(closed), kWait);
        QVERIFY(!desk.window.trancheModel()->tranche(desk.window.trancheModel()->rowOf(closed)).isOpen());
    }

    void tranchedeskConnectPinsTheCertificateOnFirstUse()
    {
        EngineRig rig;
        const QString certificate = rig.dir.filePath(u"engine-cert.pem"_s);
        const QString key = rig.dir.filePath(u"engine-key.pem"_s);
        if (auto made = engine::TlsIdentity::ensureSelfSigned(certificate, key, u"127.0.0.1"_s); !made) {
            QSKIP(qPrintable(made.error().message)); // no openssl command here
        }
        auto tls = engine::TlsIdentity::load(certificate, key);
        QVERIFY(tls);
        const QByteArray served = tls.value().localCertificate().digest(QCryptographicHash::Sha256).toHex();
        rig.settings.tls = tls.value();
        QVERIFY(rig.start());
        QVERIFY(rig.trade());
        const QUrl url = rig.server->url();
        QCOMPARE(url.scheme(), u"wss"_s);
        QCOMPARE(RemoteProfile::probeFingerprint(url).value(), served);

        // The composition root of tranchedesk --connect: the token from the environment, the
        // fingerprint shown and, once the trader says yes, pinned for this address.
        qputenv("TRANCHEDESK_ENGINE_TOKEN", rig.controlToken.toUtf8());
        app::AppOptions options;
        options.connectAddress = url.toString();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        app::RemoteDeskApp desk(options, std::make_unique<MemorySecretStore>());
        const auto started = desk.start();
        qunsetenv("TRANCHEDESK_ENGINE_TOKEN");
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        QVERIFY(MessageBox::lastText().contains(RemoteProfile::displayFingerprint(served)));
        QCOMPARE(RemoteProfile::pinnedFingerprint(url), served);
        QCOMPARE(RemoteProfile::savedAddress(), url.toString());
        QTRY_VERIFY_WITH_TIMEOUT(desk.window()->trancheModel()->rowOf(newestOpenId(rig)) >= 0, kWait);

        // Another certificate pinned for the address: nothing is trusted, the window stays down.
        RemoteProfile::pinFingerprint(url, QByteArray(64, 'a'));
        qputenv("TRANCHEDESK_ENGINE_TOKEN", rig.controlToken.toUtf8());
        app::RemoteDeskApp impostor(options, std::make_unique<MemorySecretStore>());
        QVERIFY(impostor.start());
        qunsetenv("TRANCHEDESK_ENGINE_TOKEN");
        QSignalSpy linkChanges(impostor.remote(), &RemoteEngine::linkChanged);
        QTRY_VERIFY_WITH_TIMEOUT(impostor.remote()->link() == RemoteEngine::Link::Down, kWait);
        QCOMPARE(impostor.remote()->client()->snapshotCount(), 0);
        impostor.remote()->close();
    }

    void anAddressIsHostAndPortOrAUrl()
    {
        QCOMPARE(RemoteProfile::urlFor(u"127.0.0.1:9000"_s).value(), QUrl(u"ws://127.0.0.1:9000"_s));
        QCOMPARE(RemoteProfile::urlFor(u"localhost"_s).value(), QUrl(u"ws://localhost:8787"_s));
        // Anywhere else the engine requires TLS.
        QCOMPARE(RemoteProfile::urlFor(u"desk.example.org:8787"_s).value(), QUrl(u"wss://desk.example.org:8787"_s));
        QCOMPARE(RemoteProfile::urlFor(u"ws://10.0.0.2:8787"_s).value().scheme(), u"ws"_s);
        const auto bad = RemoteProfile::urlFor(u"not an address"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"not an address"_s));
        QVERIFY(!RemoteProfile::urlFor(QString()));
        QCOMPARE(RemoteProfile::displayFingerprint("ab01ff"), u"AB:01:FF"_s);
    }

    void aTokenFileOthersCanReadIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"token"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("trdc_secret\n");
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const auto refused = RemoteProfile::readTokenFile(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(path));
        QVERIFY(refused.error().message.contains(u"0604"_s));
        QVERIFY(!refused.error().message.contains(u"trdc_secret"_s));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(RemoteProfile::readTokenFile(path).value(), u"trdc_secret"_s);
        MemorySecretStore secrets;
        const QUrl url = RemoteProfile::urlFor(u"127.0.0.1:8787"_s).value();
        QCOMPARE(RemoteProfile::resolveToken(&secrets, url, path).value(), u"trdc_secret"_s);
        QVERIFY(!RemoteProfile::resolveToken(&secrets, url, QString())
            || qEnvironmentVariableIsSet("TRANCHEDESK_ENGINE_TOKEN"));
    }

    void theConnectDialogKeepsTheTokenInTheKeychainOnly()
    {
        QTemporaryDir dir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
        MemorySecretStore secrets;
        {
            ConnectEngineDialog dialog(&secrets);
            dialog.findChild<QLineEdit *>(u"addressEdit"_s)->setText(u"10.1.2.3:8787"_s);
            QVERIFY(dialog.findChild<QLabel *>(u"fingerprintLabel"_s)->text().contains(u"not pinned"_s));
            dialog.accept(); // no token
            QVERIFY(dialog.result() != QDialog::Accepted);
            QVERIFY(!dialog.findChild<QLabel *>(u"connectError"_s)->isHidden());
            dialog.findChild<QLineEdit *>(u"tokenEdit"_s)->setText(u"trdc_abc"_s);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.token(), u"trdc_abc"_s);
        }
        const QUrl url = RemoteProfile::urlFor(u"10.1.2.3:8787"_s).value();
        QCOMPARE(RemoteProfile::savedToken(&secrets, url), u"trdc_abc"_s);
        RemoteProfile::pinFingerprint(url, "00ff");
        ConnectEngineDialog again(&secrets);
        QCOMPARE(again.address(), u"10.1.2.3:8787"_s); // remembered
        QCOMPARE(again.token(), u"trdc_abc"_s); // from the keychain
        QVERIFY(again.findChild<QLabel *>(u"fingerprintLabel"_s)->text().contains(u"00:FF"_s));
        QSettings().sync();
        for (const QString &file : QDir(dir.path()).entryList(QDir::Files, QDir::NoSort)) {
            QFile settings(dir.filePath(file));
            QVERIFY(settings.open(QIODevice::ReadOnly));
            QVERIFY(!settings.readAll().contains("trdc_abc"));
        }
    }
};

} // namespace trd::ui

QTEST_MAIN(trd::ui::TestRemoteWindow)
#include "tst_remote_window.moc"
