// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The event timeline of a window onto a remote engine (issue 13, item 4): the snapshot brings the
// newest page of events; older ones come from the engine through `history` pages as the timeline
// is scrolled down to them, each once, in order, down to the engine's first event.
#include "../engine/EngineRig.h"
#include "RemoteDesk.h"
#include "SqliteTrancheStore.h"
#include "timeline/EventTableModel.h"
#include "timeline/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonObject>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using trd::engine::test::EngineRig;
using trd::ui::test::RemoteDesk;

namespace trd::ui {

namespace {

constexpr int kWait = 60'000;
constexpr int kStoredEvents = 1500;
constexpr int kSnapshotPage = 100; // the snapshot's events (docs/control-protocol.md)
constexpr int kOlderPage = 500; // what RemoteEngine asks for at a time

qint64 oldestShown(const EventTableModel &model)
{
    return model.rowCount() > 0 ? model.event(model.rowCount() - 1).id : 0;
}

QList<qint64> shownIds(const EventTableModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.event(row).id;
    }
    return ids;
}

// An engine whose store already holds kStoredEvents, in a market that does not move while a test
// looks: no new events but those of its start.
bool startWithStoredEvents(EngineRig &rig)
{
    rig.customize = [](engine::EngineOptions &options) { options.demoIntervalMs = 3'600'000; };
    {
        auto store = storage::SqliteTrancheStore::open(rig.options().storePath());
        if (!store) {
            qWarning("%s", qPrintable(store.error().message));
            return false;
        }
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 86'400'000;
        for (int i = 0; i < kStoredEvents; ++i) {
            core::TrancheEvent e;
            e.time = start + i * 1000;
            e.type = core::EventType::Connection;
            e.reason = u"stored before the engine's start #%1"_s.arg(i + 1);
            if (!store.value()->appendEvent(e)) {
                return false;
            }
        }
    }
    return rig.start();
}

// What a view does scrolled to the bottom again and again, twice each time (the second while the
// page is on its way, which asks nothing more), until the model has no more.
void scrollDownToTheFirst(EventTableModel &model)
{
    for (int rounds = 0; model.canFetchMore({}) && rounds < 20; ++rounds) {
        const qint64 oldest = oldestShown(model);
        model.fetchMore({});
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(oldestShown(model) < oldest || !model.canFetchMore({}), kWait);
    }
    QVERIFY(!model.canFetchMore({}));
}

// The timeline holds every event of the engine's store exactly once, newest first, down to its first.
void showsEveryStoredEvent(EngineRig &rig, EventTableModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT((model.flush(), model.event(0).id == rig.host->store()->lastEventId().value()), kWait);
    QList<qint64> expected;
    const auto stored = rig.host->store()->events({});
    QVERIFY(stored);
    for (const core::TrancheEvent &e : stored.value()) {
        expected.prepend(e.id);
    }
    QCOMPARE(shownIds(model), expected);
    QCOMPARE(model.event(model.rowCount() - 1).reason, u"stored before the engine's start #1"_s);
}

} // namespace

class TestRemoteTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void olderEventsComeFromTheEngineAsTheTimelineScrolls()
    {
        EngineRig rig;
        QVERIFY(startWithStoredEvents(rig));
        RemoteDesk desk(rig, rig.watchToken); // reading the history is a watch token's right too
        QSignalSpy replies(desk.remote.client(), &engine::ControlClient::replied);
        const auto eventPagesAnswered = [&replies] {
            int pages = 0;
            for (const QList<QVariant> &reply : std::as_const(replies)) {
                const QJsonObject json = reply.at(1).toJsonObject();
                pages += json.value(u"command"_s) == u"history"_s
                    && json.value(u"result"_s).toObject().value(u"what"_s) == u"events"_s;
            }
            return pages;
        };
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLinkUp(), kWait);
        EventTableModel *model = desk.window.eventModel();
        model->flush();

        // First the snapshot's page only, and the timeline knows older events are to come.
        const QList<core::TrancheEvent> stored = rig.host->store()->events({}).value();
        const qint64 firstId = stored.first().id;
        const qint64 snapshotOldest = oldestShown(*model);
        QCOMPARE(model->rowCount(), kSnapshotPage);
        QCOMPARE(snapshotOldest, stored.at(stored.size() - kSnapshotPage).id);
        QVERIFY(snapshotOldest > firstId + kOlderPage * 2);
        QVERIFY(model->canFetchMore({}));
        QCOMPARE(eventPagesAnswered(), 0); // nothing asked before the view wants it

        // Scrolled to the bottom, the view asks for more: the engine's first id, then a page.
        auto *table = desk.window.findChild<TimelineView *>(u"timelineView"_s)->findChild<QTableView *>();
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->verticalScrollBar()->maximum() > 0, kWait);
        table->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(oldestShown(*model), snapshotOldest - kOlderPage, kWait);
        QCOMPARE(eventPagesAnswered(), 2);

        // A link dropped while a page is on its way: the timeline stays as it was, and the next
        // scroll, once the link is back, asks again.
        const qint64 beforeDrop = oldestShown(*model);
        model->fetchMore({});
        desk.remote.client()->abort();
        QTRY_VERIFY_WITH_TIMEOUT(!desk.isLinkUp(), kWait);
        model->fetchMore({}); // not sent: the link is down
        QVERIFY(model->canFetchMore({}));
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLinkUp(), kWait);
        QCOMPARE(oldestShown(*model), beforeDrop);
        QCOMPARE(eventPagesAnswered(), 2);

        // Page after page down to the engine's first event; a second fetchMore while a page is on
        // its way asks nothing more.
        scrollDownToTheFirst(*model);
        QCOMPARE(oldestShown(*model), firstId);
        const int pages = int((snapshotOldest - firstId + kOlderPage - 1) / kOlderPage);
        QCOMPARE(eventPagesAnswered(), 1 + pages);
        showsEveryStoredEvent(rig, *model);
    }

    // Checked by QAbstractItemModelTester at each page that arrives.
    void theModelStaysSoundWhileOlderPagesArrive()
    {
        EngineRig rig;
        QVERIFY(startWithStoredEvents(rig));
        RemoteDesk desk(rig, rig.watchToken);
        QTRY_VERIFY_WITH_TIMEOUT(desk.isLinkUp(), kWait);
        EventTableModel *model = desk.window.eventModel();
        model->flush();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        scrollDownToTheFirst(*model);
        showsEveryStoredEvent(rig, *model);
    }
};

} // namespace trd::ui

QTEST_MAIN(trd::ui::TestRemoteTimeline)
#include "tst_remote_timeline.moc"
