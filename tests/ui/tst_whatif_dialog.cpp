// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteTrancheStore.h"
#include "UiTestRig.h"
#include "common/MessageBox.h"
#include "common/UiFormat.h"
#include "mainwindow/MainWindow.h"
#include "tranche/ClientOrderId.h"
#include "whatif/WhatIfDialog.h"
#include "whatif/WhatIfTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace trd;
using namespace trd::core;
using namespace trd::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

Decimal d(const char16_t *text)
{
    return Decimal::fromString(QStringView(text));
}

const QString kT1 = u"00000000-0000-4000-8000-00000000000a"_s;
const QString kT2 = u"00000000-0000-4000-8000-00000000000b"_s;

// Two SHORT tranches, #1 1 @ 200 and #2 1 @ 180; an outside buy closes 1 @ 190 with no fee.
// The engine (LIFO) took #2: −10. FIFO takes #1: +10. BEST_FIRST (at 190: #1 +5 %, #2 −5.6 %)
// takes #1; WORST_FIRST takes #2. One position (2 @ 190): 1 × (190 − 190) = 0.
void writeRun(storage::SqliteTrancheStore &store)
{
    const auto tranche = [](const QString &id, qint64 seq, const char16_t *price) {
        Tranche t;
        t.id = id;
        t.seq = seq;
        t.symbol = u"ETHUSDT"_s;
        t.side = Side::Short;
        t.entryPrice = d(price);
        t.quantity = d(u"1");
        t.originalQuantity = d(u"1");
        t.leverage = 5;
        t.entryTime = seq * 1000;
        t.entryOrderId = ClientOrderId::make(OrderPurpose::Entry, id, seq);
        return t;
    };
    QVERIFY(store.saveTranche(tranche(kT1, 1, u"200")));
    QVERIFY(store.saveTranche(tranche(kT2, 2, u"180")));
    const auto event = [](EventType type, const QString &id, qint64 time, const char16_t *price,
                           std::optional<Decimal> pnl, QJsonObject details) {
        TrancheEvent e;
        e.type = type;
        e.time = time;
        e.symbol = u"ETHUSDT"_s;
        e.side = Side::Short;
        e.trancheId = id;
        e.price = d(price);
        e.quantity = d(u"1");
        e.pnl = pnl;
        e.reason = type == EventType::Closed ? u"external"_s : u"entry filled"_s;
        e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        return e;
    };
    QVERIFY(store.appendEvent(event(EventType::Created, kT1, 1000, u"200", std::nullopt, {})));
    QVERIFY(store.appendEvent(event(EventType::Created, kT2, 2000, u"180", std::nullopt, {})));
    QVERIFY(store.appendEvent(event(EventType::Closed, kT2, 1'767'225'600'000, u"190", d(u"-10"),
        { { u"fillPnl"_s, u"-10"_s }, { u"orderId"_s, u"web_1"_s } })));
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestWhatIfDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void showsEachStrategySideBySideAndWhereItWouldHaveChangedLaterOrders()
    {
        auto opened = storage::SqliteTrancheStore::open(m_dir.filePath(u"live.db"_s));
        QVERIFY(opened);
        writeRun(*opened.value());
        QAction backtest(u"Backtest…"_s);
        QSignalSpy triggered(&backtest, &QAction::triggered);
        WhatIfDialog dialog(opened.value().get(), &backtest);
        dialog.show();
        auto *table = dialog.findChild<QTableView *>(u"whatIfTable"_s);
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 3); // #1, #2, total
        QCOMPARE(cell(table, 0, WhatIfTableModel::Number), u"1"_s);
        QCOMPARE(cell(table, 0, WhatIfTableModel::Actual), UiFormat::money(Decimal()));
        QCOMPARE(cell(table, 0, WhatIfTableModel::Fifo), UiFormat::money(d(u"10")));
        QCOMPARE(cell(table, 1, WhatIfTableModel::Actual), UiFormat::money(d(u"-10")));
        QCOMPARE(cell(table, 1, WhatIfTableModel::Lifo), UiFormat::money(d(u"-10")));
        QCOMPARE(cell(table, 1, WhatIfTableModel::BestFirst), UiFormat::money(Decimal()));
        QCOMPARE(cell(table, 2, WhatIfTableModel::Number), tr("Total"));
        QCOMPARE(cell(table, 2, WhatIfTableModel::Actual), UiFormat::money(d(u"-10")));
        QCOMPARE(cell(table, 2, WhatIfTableModel::Fifo), UiFormat::money(d(u"10")));
        QCOMPARE(cell(table, 2, WhatIfTableModel::WorstFirst), UiFormat::money(d(u"-10")));
        QCOMPARE(cell(table, 2, WhatIfTableModel::BestFirst), UiFormat::money(d(u"10")));
        QCOMPARE(cell(table, 2, WhatIfTableModel::Combined), UiFormat::money(Decimal()));

        const QString divergence = dialog.findChild<QLabel *>(u"divergenceLabel"_s)->text();
        QVERIFY2(divergence.contains(u"FIFO"_s) && divergence.contains(u"BEST_FIRST"_s), qPrintable(divergence));
        QVERIFY2(!divergence.contains(u"LIFO"_s) && !divergence.contains(u"WORST_FIRST"_s), qPrintable(divergence));
        QVERIFY(divergence.contains(u"re-run"_s));

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"openBacktestButton"_s), Qt::LeftButton);
        QCOMPARE(triggered.size(), 1);
    }

    void withoutABacktestWindowTheButtonExplains()
    {
        WhatIfDialog dialog(nullptr, nullptr);
        QCOMPARE(dialog.findChild<QTableView *>(u"whatIfTable"_s)->model()->rowCount(), 0);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"openBacktestButton"_s), Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(u"closingStrategy"_s), qPrintable(MessageBox::lastText()));
    }

    void theToolsMenuOpensItOnTheSessionsRun()
    {
        test::UiTestRig rig;
        MainWindow window(rig.session.get());
        auto *whatIf = window.findChild<QAction *>(u"whatIfAction"_s);
        QVERIFY(whatIf);
        // No mark store in this session: nothing to download into.
        auto *download = window.findChild<QAction *>(u"downloadCandlesAction"_s);
        QVERIFY(download);
        QVERIFY(!download->isEnabled());
        QString summary;
        QTimer::singleShot(0, this, [&summary] {
            auto *dialog = qobject_cast<WhatIfDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                summary = dialog->findChild<QLabel *>(u"summaryLabel"_s)->text();
                dialog->reject();
            }
        });
        whatIf->trigger();
        QVERIFY2(summary.contains(u"no close that named no tranche"_s), qPrintable(summary));
    }

    void opensAnotherStoreFileReadOnly()
    {
        const QString path = m_dir.filePath(u"paper.db"_s);
        {
            auto opened = storage::SqliteTrancheStore::open(path);
            QVERIFY(opened);
            writeRun(*opened.value());
        }
        WhatIfDialog dialog(nullptr, nullptr);
        QVERIFY(dialog.openStoreFile(path));
        QCOMPARE(dialog.report().fills.size(), 1);
        QVERIFY(dialog.findChild<QLabel *>(u"sourceLabel"_s)->text().contains(u"paper.db"_s));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!dialog.openStoreFile(m_dir.filePath(u"missing/none.db"_s)));
    }
};

QTEST_MAIN(TestWhatIfDialog)
#include "tst_whatif_dialog.moc"
