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
    // With every symbol selected the chart shows the symbol of the tranche the trader is looking
    // at (the table's current row); empty: the first configured symbol.
    void setFocusSymbol(const QString &symbol);
    // The symbol whose price and levels are drawn, and the title says so.
    QString shownSymbol() const { return m_shownSymbol; }
    int levelLineCount() const { return int(m_levels.size()); }
    // The prices of the entry/TP/SL lines drawn, and the vertical axis's range (tests).
    QList<double> levelPrices() const;
    std::pair<double, double> priceRange() const;
    QString title() const;
    int pricePointCount() const;
    void refresh();

private:
    QString symbolToShow() const;
    void rebuildLevels(qint64 from, qint64 to);

    PriceHistory *m_history;
    TrancheTableModel *m_model;
    core::TrancheManager *m_manager;
    QString m_symbol;
    QString m_side;
    QString m_focusSymbol;
    QString m_shownSymbol;
    QChart *m_chart;
    QLineSeries *m_price;
    QScatterSeries *m_isolations;
    QList<QLineSeries *> m_levels;
    QString m_levelsKey;
    bool m_levelsValid = false; // an empty key is a valid state (no open tranche), not "never drawn"
    QHash<QString, QList<QPointF>> m_isolationPoints;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    InteractiveChartView *m_view;
    QTimer m_timer;
};

} // namespace trd::ui
