// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary/SummaryPanel.h"
#include "tranches/TrancheTableModel.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace trd::ui {

class TstSummaryPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRemoteEnginesClosesAreCountedOnceAsTheyCome();
};

void TstSummaryPanel::aRemoteEnginesClosesAreCountedOnceAsTheyCome()
{
    // A remote window: no manager, the table fed by the engine's deltas and history pages.
    TrancheTableModel model(nullptr);
    SummaryPanel panel(&model, nullptr);
    const auto tranche = [](int seq, bool isOpen, int realized) {
        core::Tranche t;
        t.id = u"t%1"_s.arg(seq);
        t.seq = seq;
        t.symbol = u"BTCUSDT"_s;
        t.status = isOpen ? core::TrancheStatus::Active : core::TrancheStatus::Closed;
        t.realizedPnl = core::Decimal::fromInt(realized);
        return t;
    };
    const auto metric = [&panel](const QString &name) {
        panel.setSelection(QString(), QString()); // refreshes now
        return panel.metricText(u"account"_s, name);
    };
    model.upsert(tranche(1, true, 0)); // the snapshot's open tranche
    QCOMPARE(metric(u"closed"_s), u"0"_s);
    model.appendHistory({ tranche(2, false, 5), tranche(3, false, -2) }); // closed before the engine started
    QCOMPARE(metric(u"closed"_s), u"2"_s);
    model.upsert(tranche(1, false, 4)); // the delta that closes it: counted once the table publishes it
    model.flush();
    QCOMPARE(metric(u"closed"_s), u"3"_s);
    model.upsert(tranche(1, false, 4)); // the same close again (a resumed link): not twice
    model.flush();
    model.appendHistory({ tranche(2, false, 5) });
    QCOMPARE(metric(u"closed"_s), u"3"_s);
    QVERIFY2(metric(u"realized"_s).contains(u"7"_s), qPrintable(metric(u"realized"_s)));
}

} // namespace trd::ui

QTEST_MAIN(trd::ui::TstSummaryPanel)
#include "tst_summary_panel.moc"
