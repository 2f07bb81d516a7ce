// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop window as a window onto a tranchedesk-engine (issue 13, item 4): an engine in PAPER
// on the demo market served on 127.0.0.1 in this process, and a MainWindow that shows it through
// RemoteEngine with the same models as the embedded engine.
#include "../engine/EngineRig.h"
#include "mainwindow/DeskToolBar.h"
#include "mainwindow/EngineLinkView.h"
#include "mainwindow/MainWindow.h"
#include "session/DeskSession.h"
#include "summary/SummaryPanel.h"
#include "session/RemoteEngine.h"
#include "timeline/EventTableModel.h"
#include "tranches/TrancheTableModel.h"
#include "tranches/TrancheView.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
        shoot(desk.window, u"connected"_s);

        // Pause and resume go to the engine as commands, and come back as its state.
        QVERIFY(desk.session.isEntriesPaused()); // the rig starts paused
        QAction *pause = desk.window.toolBar()->pauseAction();
        QVERIFY(pause->isEnabled());
        pause->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.host->isEntriesPaused(), kWait);
        pause->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(rig.host->isEntriesPaused(), kWait);

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
        const QStringList ids = rig.openIds();
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(ids.first()) && desk.shows(ids.last()), kWait);
        const int rows = desk.window.trancheModel()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.eventModel()->rowCount() > 0, kWait);
        const int events = desk.window.eventModel()->rowCount();
        rig.stop();
        QTRY_VERIFY_WITH_TIMEOUT(desk.remote.link() != RemoteEngine::Link::Up, kWait);
        QVERIFY(!desk.window.engineLink()->isHidden());
        QVERIFY(
            desk.window.engineLink()->findChild<QLabel *>(u"linkBannerText"_s)->text().contains(desk.remote.address()));
        QVERIFY(!desk.window.trancheView()->isEnabled());
        QVERIFY(!desk.window.toolBar()->pauseAction()->isEnabled());
        QCOMPARE(desk.window.trancheModel()->rowCount(), rows);
        QVERIFY(desk.shows(ids.first()) && desk.shows(ids.last()));
        QCOMPARE(desk.window.eventModel()->rowCount(), events);
        shoot(desk.window, u"dropped"_s);

        // The engine back on its port and folder: the window reconnects by itself.
        QVERIFY(rig.start());
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLinkUp(), kWait);
        QVERIFY(desk.window.engineLink()->isHidden());
        QVERIFY(desk.window.trancheView()->isEnabled());
        QVERIFY(desk.window.toolBar()->pauseAction()->isEnabled());
        QCOMPARE(rig.openIds(), ids);
        QVERIFY(desk.shows(ids.first()) && desk.shows(ids.last()));
        QCOMPARE(desk.window.trancheModel()->rowCount(), rows);
    }
};

} // namespace trd::ui

QTEST_MAIN(trd::ui::TestRemoteWindow)
#include "tst_remote_window.moc"
