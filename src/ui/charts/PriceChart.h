// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QTimer>
#include <QWidget>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

class InteractiveChartView;
class PriceHistory;
class TrancheTableModel;

// The selected symbol's mark price, with each open tranche's entry, TP and SL as horizontal
// lines and every isolation of the symbol marked where it happened.
class PriceChart : public QWidget
{
    Q_OBJECT
public:
    PriceChart(
        PriceHistory *history, TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent = nullptr);
    void setSelection(const QString &symbol, const QString &side);
    int levelLineCount() const { return int(m_levels.size()); }
    int pricePointCount() const;
    void refresh();

private:
    QString shownSymbol() const;
    void rebuildLevels(qint64 from, qint64 to);

    PriceHistory *m_history;
    TrancheTableModel *m_model;
    core::TrancheManager *m_manager;
    QString m_symbol;
    QString m_side;
    QString m_shownSymbol;
    QChart *m_chart;
    QLineSeries *m_price;
    QScatterSeries *m_isolations;
    QList<QLineSeries *> m_levels;
    QString m_levelsKey;
    QHash<QString, QList<QPointF>> m_isolationPoints;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    InteractiveChartView *m_view;
    QTimer m_timer;
};

} // namespace trd::ui
