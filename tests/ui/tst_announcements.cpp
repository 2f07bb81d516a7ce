// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestRig.h"
#include "announcements/AnnouncementListModel.h"
#include "announcements/AnnouncementsController.h"
#include "mainwindow/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace trd;
using namespace trd::ui;
using namespace Qt::Literals::StringLiterals;

// The exchange's announcements in the main window: counted on the status bar and in the Help
// menu until read, listed newest first in their dialog; other account alerts are not listed.
class TestAnnouncements : public QObject
{
    Q_OBJECT

    static void announce(test::UiTestRig &rig, const QString &title, const QString &body)
    {
        rig.clock.advanceMs(60'000);
        rig.manager->recordAccountAlert(u"announcement"_s, QString(), u"Exchange announcement: "_s + title,
            u"{\"kind\":\"announcement\",\"title\":\"%1\",\"body\":\"%2\",\"category\":\"DIRECT\"}"_s.arg(title, body));
    }

private Q_SLOTS:
    void theModelKeepsOnlyAnnouncementsNewestFirst()
    {
        test::UiTestRig rig;
        AnnouncementListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.watch(rig.manager.get());
        announce(rig, u"Listing"_s, u"NEWUSDT opens at 10:00 UTC."_s);
        rig.manager->recordAccountAlert(
            u"margin_call"_s, u"BTCUSDT"_s, u"Margin call"_s, u"{\"kind\":\"margin_call\"}"_s);
        announce(rig, u"Maintenance"_s, u"Futures pause at 02:00 UTC."_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AnnouncementListModel::TitleColumn).data().toString(), u"Maintenance"_s);
        QCOMPARE(model.index(1, AnnouncementListModel::TitleColumn).data().toString(), u"Listing"_s);
        QCOMPARE(model.index(0, AnnouncementListModel::CategoryColumn).data().toString(), u"DIRECT"_s);
        QCOMPARE(model.at(0).body, u"Futures pause at 02:00 UTC."_s);
        QCOMPARE(model.unreadCount(), 2);
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        model.markAllRead();
        QCOMPARE(model.unreadCount(), 0);
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    }

    void anEventWithoutDetailsShowsItsReason()
    {
        core::TrancheEvent e;
        e.type = core::EventType::AccountAlert;
        e.reason = u"Exchange announcement: Old"_s;
        e.details = u"{\"kind\":\"announcement\"}"_s;
        const auto a = AnnouncementListModel::fromEvent(e);
        QVERIFY(a);
        QCOMPARE(a->title, e.reason);
        e.type = core::EventType::Sync;
        QVERIFY(!AnnouncementListModel::fromEvent(e));
    }

    void theWindowCountsThemUntilTheDialogIsOpened()
    {
        test::UiTestRig rig;
        MainWindow window(rig.session.get());
        window.show();
        auto *badge = window.findChild<QToolButton *>(u"announcementsBadge"_s);
        auto *action = window.findChild<QAction *>(u"announcementsAction"_s);
        QVERIFY(badge);
        QVERIFY(action);
        QVERIFY(!badge->isVisibleTo(&window));
        // Reachable from the Help menu.
        bool isInHelp = false;
        for (QAction *menu : window.menuBar()->actions()) {
            isInHelp = isInHelp || (menu->menu() && menu->menu()->actions().contains(action));
        }
        QVERIFY(isInHelp);

        announce(rig, u"Maintenance"_s, u"Futures pause at 02:00 UTC."_s);
        QTRY_VERIFY(badge->isVisibleTo(&window));
        QVERIFY2(badge->text().contains(u'1'), qPrintable(badge->text()));
        QVERIFY2(action->text().contains(u'1'), qPrintable(action->text()));

        QTest::mouseClick(badge, Qt::LeftButton);
        auto *dialog = window.findChild<QDialog *>(u"AnnouncementsDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableView *>(u"announcementTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, AnnouncementListModel::TitleColumn).data().toString(), u"Maintenance"_s);
        auto *text = dialog->findChild<QTextBrowser *>(u"announcementText"_s);
        QVERIFY2(text->toPlainText().contains(u"02:00 UTC"_s), qPrintable(text->toPlainText()));
        QVERIFY(!badge->isVisibleTo(&window));
        QVERIFY(!action->text().contains(u'1'));

        // One that comes while the dialog is open is shown at once, and read.
        announce(rig, u"Listing"_s, u"NEWUSDT opens at 10:00 UTC."_s);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(window.announcements()->model()->unreadCount(), 0);
        QVERIFY(text->toPlainText().contains(u"NEWUSDT"_s));
        QVERIFY(!badge->isVisibleTo(&window));
    }
};

QTEST_MAIN(TestAnnouncements)
#include "tst_announcements.moc"
