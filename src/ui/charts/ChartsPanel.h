// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace trd::core {
class TrancheManager;
}

namespace trd::ui {

class PnlChart;
class PriceChart;
class PriceHistory;
class TrancheTableModel;
class UnrealizedChart;

// The three charts in tabs: price with tranche levels, unrealized P&L per tranche, and
// cumulative realized P&L.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    ChartsPanel(
        PriceHistory *history, TrancheTableModel *model, core::TrancheManager *manager, QWidget *parent = nullptr);
    void setSelection(const QString &symbol, const QString &side);
    // The symbol of the tranche the trader selected (the price chart shows it when every symbol is).
    void setFocusSymbol(const QString &symbol);
    QTabWidget *tabs() const { return m_tabs; }
    PriceChart *priceChart() const { return m_price; }
    UnrealizedChart *unrealizedChart() const { return m_unrealized; }
    PnlChart *pnlChart() const { return m_pnl; }

private:
    QTabWidget *m_tabs;
    PriceChart *m_price;
    UnrealizedChart *m_unrealized;
    PnlChart *m_pnl;
};

} // namespace trd::ui
