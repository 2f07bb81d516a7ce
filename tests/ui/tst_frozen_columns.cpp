// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestRig.h"
#include "common/FrozenColumnTableView.h"
#include "common/Theme.h"
#include "common/UiRoles.h"
#include "tranches/TrancheFilterProxy.h"
#include "tranches/TrancheTableModel.h"
#include "tranches/TrancheView.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace trd::core;
using namespace trd::ui;
using namespace trd::ui::test;
using namespace Qt::Literals::StringLiterals;

// Issue 14: the tranche's # and symbol stay in view when the trader scrolls the table to the
// right, and the frozen part is the same table: one current row, one sort, one menu.
class TestFrozenColumns : public QObject
{
    Q_OBJECT

    struct Desk
    {
        UiTestRig rig;
        TrancheTableModel model { rig.manager.get() };
        std::unique_ptr<TrancheView> view;
        FrozenColumnTableView *table = nullptr;
        QTableView *frozen = nullptr;

        Desk()
        {
            rig.mark(u"BTCUSDT"_s, "50000");
            rig.mark(u"ETHUSDT"_s, "3000");
            rig.enter(u"BTCUSDT"_s, Side::Long, "0.01");
            rig.enter(u"BTCUSDT"_s, Side::Long, "0.01");
            rig.enter(u"ETHUSDT"_s, Side::Short, "0.1");
            model.load(nullptr);
            view = std::make_unique<TrancheView>(&model, rig.manager.get());
            // Narrow, so the table scrolls sideways.
            view->resize(700, 360);
            view->show();
            table = view->findChild<FrozenColumnTableView *>(u"activeTable"_s);
            frozen = view->findChild<QTableView *>(u"activeTableFrozen"_s);
        }
        QModelIndex at(int row, int column) const { return table->model()->index(row, column); }
    };

private Q_SLOTS:
    void theFrozenPartShowsNumberAndSymbolOfTheSameRows()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(desk.view.get()));
        QVERIFY(desk.table && desk.frozen);
        QTRY_COMPARE(desk.table->model()->rowCount(), 3);
        QVERIFY(desk.frozen->isVisible());
        QCOMPARE(desk.frozen->model(), desk.table->model());
        QCOMPARE(desk.frozen->selectionModel(), desk.table->selectionModel());
        for (int column = 0; column < desk.table->model()->columnCount(); ++column) {
            const bool frozen = column == TrancheTableModel::IdColumn || column == TrancheTableModel::SymbolColumn;
            QCOMPARE(desk.frozen->isColumnHidden(column), !frozen);
        }
        QCOMPARE(desk.frozen->width(),
            desk.table->columnWidth(TrancheTableModel::IdColumn)
                + desk.table->columnWidth(TrancheTableModel::SymbolColumn));
        // The # and symbol lead the table; P&L comes right after them.
        QCOMPARE(desk.table->horizontalHeader()->visualIndex(TrancheTableModel::IdColumn), 0);
        QCOMPARE(desk.table->horizontalHeader()->visualIndex(TrancheTableModel::SymbolColumn), 1);
    }

    void scrolledToTheFarRightTheCurrentRowKeepsItsNumberAndSymbol()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(desk.view.get()));
        QTRY_COMPARE(desk.table->model()->rowCount(), 3);
        desk.view->activateWindow();
        desk.table->setFocus();
        desk.table->selectionModel()->setCurrentIndex(
            desk.at(2, TrancheTableModel::FeesColumn), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(desk.view->currentTrancheId(), desk.at(2, 0).data(IdRole).toString());

        QScrollBar *sideways = desk.table->horizontalScrollBar();
        QVERIFY2(sideways->maximum() > 0, "the table must be wider than its view for this test");
        sideways->setValue(sideways->maximum());
        // The table itself scrolled its # and symbol away...
        QVERIFY(desk.table->columnViewportPosition(TrancheTableModel::SymbolColumn) < 0);
        // ...and the frozen part, still at the left edge, shows them for the current row, with an
        // edge where the other cells slide under it.
        QVERIFY(desk.frozen->isVisible());
        QVERIFY(desk.table->findChild<QWidget *>(u"frozenColumnsEdge"_s)->isVisible());
        QCOMPARE(desk.frozen->x(), desk.table->frameWidth());
        const QModelIndex symbol = desk.at(2, TrancheTableModel::SymbolColumn);
        const QRect cell = desk.frozen->visualRect(symbol);
        QVERIFY(desk.frozen->viewport()->rect().contains(cell));
        QCOMPARE(desk.frozen->indexAt(cell.center()), symbol);
        QCOMPARE(symbol.data().toString(), u"ETHUSDT"_s);
        QCOMPARE(desk.frozen->indexAt(desk.frozen->visualRect(desk.at(2, 0)).center()), desk.at(2, 0));
        QVERIFY(desk.at(2, 0).data().toString().endsWith(u"#3"_s));
        QVERIFY(desk.frozen->selectionModel()->isRowSelected(2));

        // A click on the frozen part picks that row for the whole view and keeps the scroll.
        QTest::mouseClick(desk.frozen->viewport(), Qt::LeftButton, {}, desk.frozen->visualRect(desk.at(0, 0)).center());
        QCOMPARE(desk.table->currentIndex().row(), 0);
        QCOMPARE(desk.view->currentTrancheId(), desk.at(0, 0).data(IdRole).toString());
        QCOMPARE(sideways->value(), sideways->maximum());
        QVERIFY(desk.frozen->selectionModel()->isRowSelected(0));
        QVERIFY(!desk.frozen->selectionModel()->isRowSelected(2));

        // The keys move the one current row; sideways nothing moves.
        QTest::keyClick(desk.table, Qt::Key_Down);
        QCOMPARE(desk.table->currentIndex().row(), 1);
        QVERIFY(desk.frozen->selectionModel()->isRowSelected(1));
        QCOMPARE(sideways->value(), sideways->maximum());
        // TRD_FORM_SHOTS=DIR: the view scrolled to the far right, in both themes, to look at.
        if (const QString dir = qEnvironmentVariable("TRD_FORM_SHOTS"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            for (const QString &theme : { u"light"_s, u"dark"_s }) {
                Theme::apply(theme);
                QCoreApplication::processEvents(); // the palette reaches the widgets by events
                QVERIFY(desk.view->grab().save(QDir(dir).filePath(u"frozen-columns-%1.png"_s.arg(theme))));
            }
            Theme::apply(u"system"_s);
        }
        // A cell next to the frozen part is brought out beside it, never left under it.
        desk.table->setCurrentIndex(desk.at(1, TrancheTableModel::SideColumn));
        QVERIFY(desk.table->visualRect(desk.table->currentIndex()).left() >= desk.table->frozenWidth());
    }

    void sortingAndMenusWorkOnTheFrozenPart()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(desk.view.get()));
        QTRY_COMPARE(desk.table->model()->rowCount(), 3);
        QHeaderView *header = desk.frozen->horizontalHeader();
        const QPoint symbolHeader(header->sectionViewportPosition(TrancheTableModel::SymbolColumn) + 8, 6);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, symbolHeader);
        QCOMPARE(desk.table->horizontalHeader()->sortIndicatorSection(), int(TrancheTableModel::SymbolColumn));
        QCOMPARE(header->sortIndicatorSection(), int(TrancheTableModel::SymbolColumn));
        QCOMPARE(desk.at(0, TrancheTableModel::SymbolColumn).data().toString(), u"BTCUSDT"_s);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, symbolHeader);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(desk.at(0, TrancheTableModel::SymbolColumn).data().toString(), u"ETHUSDT"_s);

        // The row's menu: asked on the frozen part, answered by the table for the same row.
        QSignalSpy rowMenu(desk.table, &QWidget::customContextMenuRequested);
        const QPoint onRow = desk.frozen->visualRect(desk.at(1, 0)).center();
        Q_EMIT desk.frozen->customContextMenuRequested(onRow);
        QCOMPARE(rowMenu.size(), 1);
        QCOMPARE(desk.table->indexAt(rowMenu.at(0).at(0).toPoint()).row(), 1);
        // The column chooser: asked on the frozen header, answered by the table's header.
        QSignalSpy headerMenu(desk.table->horizontalHeader(), &QWidget::customContextMenuRequested);
        Q_EMIT header->customContextMenuRequested(symbolHeader);
        QCOMPARE(headerMenu.size(), 1);
        QCOMPARE(desk.table->horizontalHeader()->logicalIndexAt(headerMenu.at(0).at(0).toPoint()),
            int(TrancheTableModel::SymbolColumn));
    }

    void theColumnChooserHidesTheSymbolInBothParts()
    {
        Desk desk;
        QVERIFY(QTest::qWaitForWindowExposed(desk.view.get()));
        std::unique_ptr<QMenu> menu(desk.view->createColumnMenu(desk.table, nullptr));
        menu->findChild<QAction *>(u"column_%1"_s.arg(int(TrancheTableModel::SymbolColumn)))->setChecked(false);
        QVERIFY(desk.table->isColumnHidden(TrancheTableModel::SymbolColumn));
        QVERIFY(desk.frozen->isColumnHidden(TrancheTableModel::SymbolColumn));
        QVERIFY(!desk.frozen->isColumnHidden(TrancheTableModel::IdColumn));
        QCOMPARE(desk.frozen->width(), desk.table->columnWidth(TrancheTableModel::IdColumn));
        // Shown again by a plain setColumnHidden (no chooser): the frozen part follows by itself.
        desk.table->setColumnHidden(TrancheTableModel::SymbolColumn, false);
        QTRY_VERIFY(!desk.frozen->isColumnHidden(TrancheTableModel::SymbolColumn));
        QTRY_COMPARE(desk.frozen->width(), desk.table->frozenWidth());
    }
};

QTEST_MAIN(TestFrozenColumns)
#include "tst_frozen_columns.moc"
