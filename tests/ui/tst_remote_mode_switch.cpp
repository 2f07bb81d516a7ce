// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The remote window's PAPER/LIVE switch carried out (issue 13, item 4): the engine, PAPER on the
// demo market, switches to LIVE against the fake exchange on 127.0.0.1 when the window asks, and
// the window then shows the LIVE store, not the paper tranches it showed before; and back.
#include "FakeExchangeServer.h"
#include "RemoteDesk.h"
#include "common/MessageBox.h"
#include "mainwindow/DeskToolBar.h"
#include "paper/PaperMatchingEngine.h"
#include "timeline/EventTableModel.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using trd::engine::test::EngineRig;
using trd::ui::test::RemoteDesk;

namespace trd::ui {

class TestRemoteModeSwitch : public QObject
{
    Q_OBJECT

    static constexpr int kWait = 60'000;

private Q_SLOTS:
    void theWindowSwitchesTheEngineAndShowsTheOtherStore()
    {
        core::SystemClock clock;
        exchange::PaperMatchingEngine market { &clock };
        exchange::FakeExchangeServer fake(
            &market, &clock, exchange::FakeExchangeServer::Settings { "live-key", "live-secret", 60000 });
        QVERIFY(fake.listen());
        EngineRig rig;
        rig.customize = [&fake](engine::EngineOptions &o) {
            o.restUrl = fake.restBase();
            o.streamUrl = fake.streamBase();
        };
        rig.secrets.write(SecretStore::apiKeyName(), u"live-key"_s);
        rig.secrets.write(SecretStore::apiSecretName(), u"live-secret"_s);
        QVERIFY(rig.start());
        for (const QString &symbol : rig.host->config().symbols.keys()) {
            core::SymbolFilters filters;
            filters.symbol = symbol;
            fake.declareSymbol(filters);
        }
        QVERIFY(rig.trade()); // a PAPER tranche
        const QString paper = rig.openIds().first();
        RemoteDesk desk(rig, rig.controlToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.shows(paper) && desk.isLinkUp(), kWait);
        QVERIFY(desk.session.isPaperMode());

        // The embedded window's question, then the engine switches with its own keys.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        desk.window.toolBar()->liveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(rig.host->isLive(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!desk.session.isPaperMode() && desk.isLinkUp(), kWait);
        QCOMPARE(desk.remote.client()->mode(), u"LIVE"_s);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session.isStreamUp(DeskSession::Stream::UserData), kWait); // the fake's stream
        // The LIVE store: the paper tranche is not shown as if it were on the exchange.
        QTRY_VERIFY_WITH_TIMEOUT(!desk.shows(paper), kWait);
        QCOMPARE(desk.window.trancheModel()->rowCount(), 0);
        QVERIFY(desk.window.toolBar()->findChild<QLabel *>(u"modeBadge"_s)->text().startsWith(u"LIVE"_s));
        QVERIFY(desk.remote.client()->duplicateCount() == 0);
        // Its events arrive although the LIVE store numbers them from 1 again.
        QTRY_VERIFY_WITH_TIMEOUT(desk.window.eventModel()->rowCount() > 0, kWait);

        // And back to PAPER: the paper tranche again.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        desk.window.toolBar()->paperAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!rig.host->isLive(), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session.isPaperMode() && desk.shows(paper), kWait);
        QCOMPARE(desk.window.trancheModel()->rowCount(), 1);
    }
};

} // namespace trd::ui

QTEST_MAIN(trd::ui::TestRemoteModeSwitch)
#include "tst_remote_mode_switch.moc"
