// SPDX-FileCopyrightText: 2026 TrancheDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "market/Liquidation.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

#include <deque>

namespace trd::core {
class LiquidationStore;
}

namespace trd::ui {

// The liquidation feed, newest first: every liquidation the market stream brings, traded symbol
// or not. The newest stored ones are read at start (the feed survives a restart); live ones
// arrive in batches on a timer, since a cascade brings dozens a second. The view keeps the newest
// `capacity` rows; the store keeps them all for its retention period.
class LiquidationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        SymbolColumn,
        LiquidatedColumn,
        PriceColumn,
        QuantityColumn,
        VolumeColumn,
        TradedColumn,
        ColumnCount
    };
    // Whether the row's symbol is configured for trading (what the "traded only" filter reads).
    static constexpr int IsTradedRole = Qt::UserRole + 50;

    explicit LiquidationTableModel(QObject *parent = nullptr);

    // Reads the newest stored liquidations (call once the window is up).
    void load(core::LiquidationStore *store);
    void setTradedSymbols(const QStringList &symbols);
    void setCapacity(int rows) { m_capacity = rows; }
    void setUpdateInterval(int ms) { m_flushTimer.setInterval(ms); }
    void append(const core::Liquidation &liquidation);
    // Inserts the pending live rows now (the timer does it otherwise).
    void flush();

    const core::Liquidation &liquidation(int row) const { return m_rows[size_t(row)]; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    void trim();

    std::deque<core::Liquidation> m_rows;
    QList<core::Liquidation> m_pending;
    QSet<QString> m_traded;
    int m_capacity = 5000;
    QTimer m_flushTimer;
};

} // namespace trd::ui
